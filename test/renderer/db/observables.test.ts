import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../renderer/db/auditTrail';
import type { FirebreakDatabase } from '../../../renderer/db/database';
import { commitIntake } from '../../../renderer/db/evidence/evidence';
import { beginIntake, streamIntoChunks } from '../../../renderer/db/evidence/evidenceContent';
import { declareIncident } from '../../../renderer/db/incidents/incidents';
import { linkIncidents, unlinkIncidents } from '../../../renderer/db/observables/links';
import { addObservable, changeObservable, removeObservable } from '../../../renderer/db/observables/observables';
import { liveLinksOf, liveObservablesOf, seenElsewhere } from '../../../renderer/db/observables/queries';
import { writeTransaction } from '../../../renderer/db/write';
import { sha256Hex } from '../../../shared/domain/hash';
import { linkSeenFrom } from '../../../shared/domain/observables/incidentLink';
import type { ObservableDraftInput } from '../../../shared/domain/observables/observable';
import { incidentSubject } from '../../../shared/domain/subject';
import { ExplainedError } from '../../../shared/errors';
import { promptInjectionDraft } from '../../fixtures/incidentDrafts';
import { declaredAtFixture, freshDatabase, testActor } from '../../fixtures/testDatabase';

let db: FirebreakDatabase;
afterEach(async () => {
  await db?.delete();
});

const draft = (overrides: Partial<ObservableDraftInput> = {}): ObservableDraftInput => ({
  kind: 'domain',
  value: 'exfil.example.net',
  tlp: 'AMBER',
  pap: 'GREEN',
  firstSeen: '2026-11-20T07:50:00.000Z',
  lastSeen: '2026-11-20T08:20:00.000Z',
  evidenceId: null,
  ...overrides,
});

async function snapshot(database: FirebreakDatabase) {
  return {
    observables: await database.observables.toArray(),
    links: await database.incidentLinks.toArray(),
    timeline: await database.timeline.count(),
    audit: await database.auditLog.count(),
  };
}

const declare = (title: string) => declareIncident(db, testActor, promptInjectionDraft({ title }), declaredAtFixture);

describe('observables', () => {
  it('adds, changes and removes observables, audited, with a token stored only as its hash', async () => {
    db = freshDatabase();
    const incident = await declare('Gateway jailbreak');
    const token = 'sk-live-51HcQ2eZvKYlo2C0aBcDeFgHiJkLmNoP';
    const added = await addObservable(
      db,
      testActor,
      incident.id,
      draft({ kind: 'api-token', value: token, tlp: 'RED' }),
    );
    expect(added).toMatchObject({
      kind: 'api-token',
      value: 'sk-l…mNoP (40 characters)',
      normalized: sha256Hex(token),
      subject: incidentSubject(incident),
    });
    const everything = JSON.stringify([await db.observables.toArray(), await db.auditLog.toArray()]);
    expect(everything).not.toContain(token);

    const changed = await changeObservable(db, testActor, added.id, {
      tlp: 'AMBER+STRICT',
      pap: 'RED',
      firstSeen: null,
      lastSeen: null,
      evidenceId: null,
      note: 'Rotated at 09:10.',
    });
    expect(changed).toMatchObject({ tlp: 'AMBER+STRICT', pap: 'RED', note: 'Rotated at 09:10.', rev: 2 });
    await removeObservable(db, testActor, added.id);
    expect(await liveObservablesOf(db, incident.id)).toEqual([]);
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true });
    const entries = (await db.auditLog.toArray()).filter((entry) => entry.entity === 'observable');
    expect(entries.map((entry) => entry.op)).toEqual(['create', 'update', 'delete']);
  });

  it('refuses bad values, duplicates and evidence of another incident, changing nothing', async () => {
    db = freshDatabase();
    const incident = await declare('Gateway jailbreak');
    const other = await declare('Other');
    const intakeId = await beginIntake(db, 'gateway.log');
    const staged = await streamIntoChunks(db, new Blob(['log lines']), intakeId, { chunkBytes: 1000 });
    const foreign = await commitIntake(db, testActor, {
      subject: incidentSubject(other),
      name: 'gateway.log',
      mediaType: 'text/plain',
      staged,
      details: {
        acquiredAt: '2026-11-20T09:00:00.000Z',
        acquiredBy: 'Dana Reyes',
        source: { system: '', location: '', method: '' },
        description: '',
        tags: [],
        aiSystem: '',
      },
    });
    await addObservable(db, testActor, incident.id, draft());
    const before = await snapshot(db);
    const refusals = await Promise.all(
      [
        draft({ kind: 'ip', value: '10.0.0.300' }),
        draft({ value: 'EXFIL.example.net.' }),
        draft({ kind: 'ip', value: '10.0.0.3', evidenceId: foreign.id }),
      ].map((input) =>
        addObservable(db, testActor, incident.id, input).then(
          () => 'accepted',
          (error: unknown) => (error instanceof ExplainedError ? error.message : String(error)),
        ),
      ),
    );
    expect(refusals).toEqual([
      expect.stringContaining('Enter an IPv4 address such as 203.0.113.7'),
      'This incident already records this domain (exfil.example.net).',
      'Link only evidence held for this incident.',
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('finds the same observable in other incidents by its normal form, each incident once, not deleted ones', async () => {
    db = freshDatabase();
    const [first, second, third] = [
      await declare('First one'),
      await declare('Second one'),
      await declare('Third one'),
    ];
    const token = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';
    const mine = [
      await addObservable(db, testActor, first.id, draft({ value: 'Exfil.Example.NET' })),
      await addObservable(db, testActor, first.id, draft({ kind: 'api-token', value: token })),
      await addObservable(db, testActor, first.id, draft({ kind: 'ip', value: '198.51.100.4' })),
    ];
    await addObservable(db, testActor, second.id, draft({ value: 'exfil.example.net.' }));
    await addObservable(db, testActor, second.id, draft({ kind: 'api-token', value: token }));
    const gone = await addObservable(db, testActor, third.id, draft({ kind: 'ip', value: '198.51.100.4' }));
    await removeObservable(db, testActor, gone.id);
    // Same text, other kind: not the same observable.
    await addObservable(db, testActor, third.id, draft({ kind: 'tenant-id', value: 'exfil.example.net' }));

    const seen = await seenElsewhere(db, mine);
    expect(mine.map((observable) => seen.get(observable.id)?.map((subject) => subject.ref))).toEqual([
      [second.ref],
      [second.ref],
      [],
    ]);
  });
});

describe('links between incidents', () => {
  it('links two incidents, shows the inverse label on the other, writes both timelines, and unlinks', async () => {
    db = freshDatabase();
    const original = await declare('Original');
    const copy = await declare('Copy');
    const link = await linkIncidents(db, testActor, original.id, { otherIncidentId: copy.id, choice: 'has-duplicate' });
    expect(link).toMatchObject({ kind: 'duplicate-of', from: incidentSubject(copy), to: incidentSubject(original) });
    const seenFrom = async (incidentId: string) =>
      (await liveLinksOf(db, incidentId)).map((item) => {
        const { label, other } = linkSeenFrom(item, incidentId);
        return `${label} ${other.ref}`;
      });
    expect(await seenFrom(original.id)).toEqual([`Has duplicate ${copy.ref}`]);
    expect(await seenFrom(copy.id)).toEqual([`Duplicate of ${original.ref}`]);

    const linkEntries = async () =>
      (await db.timeline.toArray())
        .filter((entry) => entry.kind === 'link')
        .sort((a, b) => a.subject.ref.localeCompare(b.subject.ref) || a.createdAt.localeCompare(b.createdAt))
        .map((entry) => [entry.subject.ref, entry.text]);
    expect(await linkEntries()).toEqual([
      [original.ref, `Linked: has duplicate ${copy.ref}.`],
      [copy.ref, `Linked: duplicate of ${original.ref}.`],
    ]);

    const before = await snapshot(db);
    await expect(
      linkIncidents(db, testActor, copy.id, { otherIncidentId: original.id, choice: 'related' }),
    ).rejects.toThrow(
      `These incidents are already linked (duplicate of ${original.ref}). Remove that link first to change it.`,
    );
    await expect(
      linkIncidents(db, testActor, copy.id, { otherIncidentId: copy.id, choice: 'related' }),
    ).rejects.toThrow('An incident cannot be linked to itself');
    expect(await snapshot(db)).toEqual(before);

    await unlinkIncidents(db, testActor, link.id);
    expect(await seenFrom(original.id)).toEqual([]);
    expect(await seenFrom(copy.id)).toEqual([]);
    expect(await linkEntries()).toEqual([
      [original.ref, `Linked: has duplicate ${copy.ref}.`],
      [original.ref, `Link removed: has duplicate ${copy.ref}.`],
      [copy.ref, `Linked: duplicate of ${original.ref}.`],
      [copy.ref, `Link removed: duplicate of ${original.ref}.`],
    ]);
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true });
    await expect(unlinkIncidents(db, testActor, link.id)).rejects.toThrow('This link was already removed.');
  });

  it('refuses a link to a deleted incident', async () => {
    db = freshDatabase();
    const kept = await declare('Kept');
    const deleted = await declare('Deleted');
    await writeTransaction(db, testActor, async (writer) => {
      writer.softDelete('incident', deleted);
    });
    await expect(
      linkIncidents(db, testActor, kept.id, { otherIncidentId: deleted.id, choice: 'related' }),
    ).rejects.toThrow('That incident no longer exists.');
  });
});
