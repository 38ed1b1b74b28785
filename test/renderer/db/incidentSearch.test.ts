/**
 * The register's persisted search index (incidentSearch) is a cache of the incident records, kept in the write
 * transaction; and a cold start's answer read from it and the projection's indexes is exactly the in-memory index's
 * answer to the same query.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { changePhase, declareIncident, editIncident, seedIncidents } from '../../../renderer/db/incidents/incidents';
import type { IncidentListItem } from '../../../renderer/db/incidents/incidentList';
import {
  fillIncidentSearchFromProjection,
  hasWordStartingWith,
  rebuildIncidentSearch,
  searchWordsOf,
  toSearchRow,
} from '../../../renderer/db/incidents/incidentSearch';
import { requireLiveIncident } from '../../../renderer/db/incidents/queries';
import { storedRegisterAnswer } from '../../../renderer/db/incidents/storedRegisterAnswer';
import { writeTransaction } from '../../../renderer/db/write';
import { IncidentIndex, type IncidentQuery } from '../../../renderer/features/register/incidentIndex';
import { promptInjectionDraft } from '../../fixtures/incidentDrafts';
import { syntheticIncidentSeeds } from '../../fixtures/syntheticIncidents';
import { declaredAtFixture, freshDatabase, testActor } from '../../fixtures/testDatabase';

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('search words', () => {
  it('are the runs of letters and digits, lower case, each once; a query word matches the start of one', () => {
    expect(searchWordsOf('INC-2026-LON-0042 Über-bot: naïve  prompt, prompt')).toEqual([
      'inc',
      '2026',
      'lon',
      '0042',
      'über',
      'bot',
      'naïve',
      'prompt',
    ]);
    const text = 'inc-2026-lon-0042 über-bot naïve 𝐀gent prompt';
    expect(['0042', 'bot', 'über', 'na', 'prom', 'inc'].map((term) => hasWordStartingWith(text, term))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    // Inside a word (also after an astral letter, one code point of two UTF-16 units) is not a start.
    expect(['042', 'ot', 'ïve', 'gent', 'rompt'].map((term) => hasWordStartingWith(text, term))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('the persisted search index (incidentSearch)', () => {
  it('follows every incident write in its transaction and equals a rebuild from the records', async () => {
    const db = freshDatabase();
    const declared = [];
    for (const title of ['Support bot leaks prompts', 'Claims model drifts', 'Gateway jailbreak', 'Retired one']) {
      declared.push(await declareIncident(db, testActor, promptInjectionDraft({ title }), declaredAtFixture));
    }
    const [first, second, , gone] = declared;
    if (!first || !second || !gone) throw new Error('Four incidents were declared.');
    await editIncident(
      db,
      testActor,
      first.id,
      promptInjectionDraft({ title: 'Chatbot exfiltration', severity: 'SEV1' }),
    );
    await changePhase(db, testActor, second.id, { to: 'containment', occurredAt: '2026-11-20T09:00:00.000Z' });
    await writeTransaction(db, testActor, async (writer) => {
      writer.softDelete('incident', await requireLiveIncident(db, gone.id));
    });

    const maintained = (await db.incidentSearch.toArray()).sort(byId);
    expect(maintained.map((row) => row.id)).not.toContain(gone.id);
    expect(maintained.find((row) => row.id === first.id)?.words).toEqual(
      expect.arrayContaining(['chatbot', 'exfiltration']),
    );
    expect(maintained.find((row) => row.id === first.id)?.words).not.toContain('leaks');
    const records = (await db.incidents.toArray()).filter((incident) => incident.deletedAt === null);
    expect(maintained).toEqual(records.map((incident) => toSearchRow(incident)!).sort(byId));

    await expect(rebuildIncidentSearch(db)).resolves.toBe(3);
    expect((await db.incidentSearch.toArray()).sort(byId)).toEqual(maintained);
    await db.delete();
  });

  it('made from the projection (the version 30 fill), over more than one page, equals a rebuild from the records', async () => {
    const db = freshDatabase();
    await seedIncidents(db, testActor, syntheticIncidentSeeds(250, { seed: 5 }));
    const gone = (await db.incidents.limit(1).toArray())[0]!;
    await writeTransaction(db, testActor, async (writer) => {
      writer.softDelete('incident', gone);
    });
    await expect(rebuildIncidentSearch(db)).resolves.toBe(249);
    const fromRecords = (await db.incidentSearch.toArray()).sort(byId);
    const progress: [number, number][] = [];
    const fill = fillIncidentSearchFromProjection(db, (done, total) => progress.push([done, total]), 100);
    await expect(fill).resolves.toBe(249);
    expect((await db.incidentSearch.toArray()).sort(byId)).toEqual(fromRecords);
    expect(progress).toEqual([
      [0, 249],
      [100, 249],
      [200, 249],
      [249, 249],
    ]);
    await db.delete();
  });

  it('answers every query exactly as the in-memory index does', async () => {
    const db = freshDatabase();
    await seedIncidents(db, testActor, syntheticIncidentSeeds(600, { seed: 11 }));
    const rows: IncidentListItem[] = await db.incidentList.toArray();
    const index = new IncidentIndex();
    index.upsert(rows);
    index.compact();

    const queries: IncidentQuery[] = [
      { text: 'prompt', phases: [], severities: [], types: [], sort: 'declared-desc' },
      { text: 'p', phases: [], severities: [], types: [], sort: 'declared-desc' },
      { text: 'MODEL drift', phases: [], severities: [], types: [], sort: 'declared-asc' },
      { text: 'inj', phases: ['containment', 'recovery'], severities: [], types: [], sort: 'severity' },
      { text: '', phases: [], severities: ['SEV1'], types: [], sort: 'declared-desc' },
      { text: '', phases: [], severities: ['SEV2', 'SEV4'], types: ['jailbreak', 'model-drift'], sort: 'severity' },
      { text: rows[17]!.ref, phases: [], severities: [], types: [], sort: 'declared-desc' },
      { text: 'odel', phases: [], severities: [], types: [], sort: 'declared-desc' },
      { text: 'no-such-word-anywhere', phases: [], severities: [], types: [], sort: 'declared-desc' },
      { text: 'the', phases: ['closed'], severities: ['SEV3'], types: ['privacy-leak'], sort: 'declared-asc' },
    ];
    const sizes: number[] = [];
    for (const query of queries) {
      const inMemory = index.query(query);
      const stored = await storedRegisterAnswer(db, query, 60);
      expect(stored.ids).toEqual(inMemory.ids());
      expect(stored.firstRows).toEqual(inMemory.toArray().slice(0, 60));
      sizes.push(stored.ids.length);
      // A large answer (here: any) is placed by walking the declaration index for its first screenful only: the
      // same first rows and the same incidents, the rest in id order (by severity: all in order).
      const walked = await storedRegisterAnswer(db, query, 60, 0);
      expect(walked.firstRows).toEqual(inMemory.toArray().slice(0, 60));
      if (query.sort === 'severity') expect(walked.ids).toEqual(inMemory.ids());
      expect(walked.ids.slice(0, 60)).toEqual(inMemory.ids().slice(0, 60));
      expect([...walked.ids].sort()).toEqual(inMemory.ids().sort());
    }
    // The fixture exercises empty, small and large answers.
    expect(sizes).toContain(0);
    expect(sizes.some((size) => size > 0 && size < 50)).toBe(true);
    expect(sizes.some((size) => size > 300)).toBe(true);
    await db.delete();
  });
});
