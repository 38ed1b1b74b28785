/**
 * "Search everywhere" over the real data layer (fake-indexeddb): every kind of record is found, grouped by kind;
 * the index is saved, loaded at the next start instead of rebuilt, and caught up through the audit log with the
 * records written since (edits, deletions, new records).
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { FirebreakDatabase } from '../../../renderer/db/database';
import { commitIntake } from '../../../renderer/db/evidence/evidence';
import { beginIntake, streamIntoChunks } from '../../../renderer/db/evidence/evidenceContent';
import { addTimelineEntry, declareIncident, editIncident } from '../../../renderer/db/incidents/incidents';
import { readPersistedSearchIndex } from '../../../renderer/db/search/searchIndexStore';
import { removePerson, savePerson } from '../../../renderer/db/team/team';
import { SearchIndexer } from '../../../renderer/features/search/searchIndexer';
import { incidentSubject } from '../../../shared/domain/subject';
import { promptInjectionDraft } from '../../fixtures/incidentDrafts';
import { declaredAtFixture, freshDatabase, testActor } from '../../fixtures/testDatabase';

let db: FirebreakDatabase;
afterEach(async () => {
  await db.delete();
});

function titles(answer: Awaited<ReturnType<SearchIndexer['search']>>): Record<string, string[]> {
  return Object.fromEntries(answer.groups.map((group) => [group.kind, group.hits.map((hit) => hit.title)]));
}

async function seed() {
  const incident = await declareIncident(
    db,
    testActor,
    promptInjectionDraft({ title: 'Support bot leaks system prompt', atlasTechniques: ['AML.T0051'] }),
    declaredAtFixture,
  );
  await addTimelineEntry(db, testActor, incident.id, {
    kind: 'decision',
    text: 'Rotate the gateway credentials tonight',
    occurredAt: '2026-11-20T08:40:00.000Z',
  });
  const intakeId = await beginIntake(db, 'gateway.log');
  const staged = await streamIntoChunks(
    db,
    new Blob(['10:02 request from tenant quokka-41 carried IGNORE PREVIOUS INSTRUCTIONS\n']),
    intakeId,
  );
  await commitIntake(db, testActor, {
    subject: incidentSubject(incident),
    name: 'gateway.log',
    mediaType: 'text/plain',
    staged,
    details: {
      acquiredAt: '2026-11-20T08:35:00.000Z',
      acquiredBy: testActor.name,
      source: { system: 'API gateway', location: '/var/log', method: 'copy' },
      description: '',
      tags: ['ingress'],
      aiSystem: '',
    },
  });
  const person = await savePerson(db, testActor, { name: 'Priya Natarajan', role: 'AI safety lead', team: 'Trust' });
  return { incident, person };
}

describe('the search index', () => {
  it('finds incidents, timeline text, evidence names, tags and extracted text, runbooks and people, by kind', async () => {
    db = freshDatabase();
    const { incident } = await seed();
    const indexer = new SearchIndexer(db);
    await indexer.start();
    expect(indexer.getStatus()).toMatchObject({ phase: 'ready', source: 'built' });

    expect(titles(await indexer.search(incident.ref))).toEqual({
      incident: [`${incident.ref} Support bot leaks system prompt`],
    });
    expect(titles(await indexer.search('AML.T0051')).incident).toHaveLength(1);
    expect(titles(await indexer.search('gateway credentials'))).toEqual({
      timeline: ['Rotate the gateway credentials tonight'],
    });
    // Extracted text of a text item, and its tag.
    expect(titles(await indexer.search('quokka'))).toEqual({ evidence: ['gateway.log'] });
    expect(titles(await indexer.search('ingress'))).toEqual({ evidence: ['gateway.log'] });
    // A built-in runbook's step text, and a person by role.
    expect(titles(await indexer.search('kill switch')).runbook?.length).toBeGreaterThan(0);
    expect(titles(await indexer.search('safety lead')).person).toEqual(['Priya Natarajan']);
    // Prefix of the word being typed.
    expect(titles(await indexer.search('Natara')).person).toEqual(['Priya Natarajan']);
  });

  it('is saved, loaded at the next start instead of rebuilt, and caught up with later writes', async () => {
    db = freshDatabase();
    const { incident, person } = await seed();
    await new SearchIndexer(db).start();
    const saved = await readPersistedSearchIndex(db);
    expect(saved?.seq).toBeGreaterThan(0);

    await editIncident(db, testActor, incident.id, promptInjectionDraft({ title: 'Helpdesk bot leaks system prompt' }));
    await removePerson(db, testActor, person.id);
    const second = await declareIncident(db, testActor, promptInjectionDraft({ title: 'Pelican model drifts' }), {
      now: () => Date.parse('2026-11-21T08:30:00.000Z'),
    });

    const next = new SearchIndexer(db);
    await next.start();
    expect(next.getStatus()).toMatchObject({ phase: 'ready', source: 'saved' });
    expect(titles(await next.search('helpdesk')).incident).toEqual([
      `${incident.ref} Helpdesk bot leaks system prompt`,
    ]);
    // The edited incident's document was replaced, not added beside the old one.
    expect(titles(await next.search(incident.ref))).toEqual({
      incident: [`${incident.ref} Helpdesk bot leaks system prompt`],
    });
    expect(titles(await next.search('Natarajan'))).toEqual({});
    expect(titles(await next.search('pelican')).incident).toEqual([`${second.ref} Pelican model drifts`]);

    // A write after start is found by the next query without a restart.
    await addTimelineEntry(db, testActor, second.id, {
      kind: 'note',
      text: 'Drift traced to the marmoset feature store',
      occurredAt: '2026-11-21T08:45:00.000Z',
    });
    expect(titles(await next.search('marmoset'))).toEqual({ timeline: ['Drift traced to the marmoset feature store'] });
  });

  it('rebuilds when the saved index is of another format', async () => {
    db = freshDatabase();
    await seed();
    await new SearchIndexer(db).start();
    await db.searchIndex.toCollection().modify({ format: 0 });
    const next = new SearchIndexer(db);
    await next.start();
    expect(next.getStatus()).toMatchObject({ phase: 'ready', source: 'built' });
    expect(titles(await next.search('quokka'))).toEqual({ evidence: ['gateway.log'] });
  });
});
