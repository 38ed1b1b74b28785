import { incidentSubject } from '../../../shared/domain/subject';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { FirebreakDatabase } from '../../../renderer/db/database';
import { commitIntake, deleteEvidence } from '../../../renderer/db/evidence/evidence';
import { beginIntake, streamIntoChunks } from '../../../renderer/db/evidence/evidenceContent';
import { isLiveEvidenceOfSubject, liveEvidenceOfSubject } from '../../../renderer/db/evidence/queries';
import { addTimelineEntry, changePhase, declareIncident } from '../../../renderer/db/incidents/incidents';
import { liveIncident } from '../../../renderer/db/incidents/queries';
import { applyRunbook } from '../../../renderer/db/runbooks/checklists';
import { assignRole, markEscalationEngaged } from '../../../renderer/db/team/team';
import { writeTransaction } from '../../../renderer/db/write';
import { BUILT_IN_RUNBOOKS } from '../../../shared/domain/runbooks/builtInRunbooks';
import { DEFAULT_ESCALATION_RULES } from '../../../shared/domain/team/team';
import { promptInjectionDraft } from '../../fixtures/incidentDrafts';
import { declaredAtFixture, freshDatabase, testActor } from '../../fixtures/testDatabase';

let db: FirebreakDatabase;
afterEach(async () => {
  await db.delete();
});

async function attach(incidentId: string, name: string, acquiredAt: string) {
  const incident = await db.incidents.get(incidentId);
  const intakeId = await beginIntake(db, name);
  const staged = await streamIntoChunks(db, new Blob([`bytes of ${name}`]), intakeId, { chunkBytes: 1000 });
  return commitIntake(db, testActor, {
    subject: incidentSubject(incident!),
    name,
    mediaType: 'text/plain',
    staged,
    details: {
      acquiredAt,
      acquiredBy: 'Dana Reyes',
      source: { system: '', location: '', method: '' },
      description: '',
      tags: [],
      aiSystem: '',
    },
  });
}

describe('queries', () => {
  it('gives an incident its live evidence, oldest first, and nothing of another incident', async () => {
    db = freshDatabase();
    const incident = await declareIncident(db, testActor, promptInjectionDraft(), declaredAtFixture);
    const other = await declareIncident(db, testActor, promptInjectionDraft(), declaredAtFixture);
    await attach(incident.id, 'later.txt', '2026-11-20T09:10:00.000Z');
    const earlier = await attach(incident.id, 'earlier.txt', '2026-11-20T09:00:00.000Z');
    const gone = await attach(incident.id, 'gone.txt', '2026-11-20T09:05:00.000Z');
    const elsewhere = await attach(other.id, 'elsewhere.txt', '2026-11-20T09:00:00.000Z');
    await deleteEvidence(db, testActor, gone.id, 'Attached by mistake.');

    expect({
      names: (await liveEvidenceOfSubject(db, incident.id)).map((item) => item.name),
      citable: await Promise.all(
        [earlier, gone, elsewhere].map((item) => isLiveEvidenceOfSubject(db, item.id, incident.id)),
      ),
    }).toEqual({ names: ['earlier.txt', 'later.txt'], citable: [true, false, false] });
  });

  it('treats a deleted incident as gone for every screen and every write', async () => {
    db = freshDatabase();
    const incident = await declareIncident(db, testActor, promptInjectionDraft(), declaredAtFixture);
    await writeTransaction(db, testActor, async (writer) => {
      writer.softDelete('incident', incident);
    });

    const refusal = (write: Promise<unknown>) =>
      write.then(
        () => 'written',
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
    const gone = 'That incident no longer exists.';
    expect({
      read: await liveIncident(db, incident.id),
      timeline: await refusal(
        addTimelineEntry(db, testActor, incident.id, {
          kind: 'note',
          occurredAt: '2026-11-20T09:00:00.000Z',
          text: 'Still there?',
        }),
      ),
      phase: await refusal(
        changePhase(db, testActor, incident.id, { to: 'containment', occurredAt: '2026-11-20T09:00:00.000Z' }),
      ),
      role: await refusal(
        assignRole(db, testActor, incident.id, { role: 'ai-safety-lead', primary: 'Sam Lee', backup: '' }),
      ),
      escalation: await refusal(markEscalationEngaged(db, testActor, incident.id, DEFAULT_ESCALATION_RULES[0]!)),
      checklist: await refusal(applyRunbook(db, testActor, incident.id, BUILT_IN_RUNBOOKS[0]!.id)),
    }).toEqual({ read: undefined, timeline: gone, phase: gone, role: gone, escalation: gone, checklist: gone });
  });
});
