import { incidentSubject } from '../../../shared/domain/subject';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { applyRunbook, updateChecklistStep } from '../../../renderer/db/runbooks/checklists';
import { liveChecklistOfIncident } from '../../../renderer/db/runbooks/queries';
import type { FirebreakDatabase } from '../../../renderer/db/database';
import { commitIntake } from '../../../renderer/db/evidence/evidence';
import { beginIntake, streamIntoChunks } from '../../../renderer/db/evidence/evidenceContent';
import { declareIncident } from '../../../renderer/db/incidents/incidents';
import { BUILT_IN_RUNBOOKS } from '../../../shared/domain/runbooks/builtInRunbooks';
import { promptInjectionDraft } from '../../fixtures/incidentDrafts';
import { declaredAtFixture, freshDatabase, testActor } from '../../fixtures/testDatabase';

let db: FirebreakDatabase;
afterEach(async () => {
  await db.delete();
});

async function incidentWithItem(name: string) {
  const incident = await declareIncident(db, testActor, promptInjectionDraft(), declaredAtFixture);
  const intakeId = await beginIntake(db, name);
  const staged = await streamIntoChunks(db, new Blob([`bytes of ${name}`]), intakeId, { chunkBytes: 1000 });
  const item = await commitIntake(db, testActor, {
    subject: incidentSubject(incident),
    name,
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
  return { incident, item };
}

describe('checklist steps linked to evidence items', () => {
  it('completes an evidence step with an item of its own incident and refuses another incident’s item', async () => {
    db = freshDatabase();
    const { incident, item } = await incidentWithItem('gateway.log');
    const other = await incidentWithItem('other.log');
    const steps = await applyRunbook(db, testActor, incident.id, BUILT_IN_RUNBOOKS[0]!.id);
    const preserve = steps.find((step) => step.step.id === 'pi-preserve-evidence')!;

    await expect(
      updateChecklistStep(db, testActor, preserve.id, {
        state: 'done',
        evidence: [{ kind: 'evidence', evidenceId: other.item.id }],
      }),
    ).rejects.toThrow('not held for this incident');

    await updateChecklistStep(db, testActor, preserve.id, {
      state: 'done',
      evidence: [
        { kind: 'evidence', evidenceId: item.id },
        { kind: 'text', text: 'Copy on the case share' },
      ],
    });
    const stored = (await liveChecklistOfIncident(db, incident.id)).find((step) => step.id === preserve.id)!;
    expect([stored.state, stored.evidence]).toEqual([
      'done',
      [
        { kind: 'evidence', evidenceId: item.id },
        { kind: 'text', text: 'Copy on the case share' },
      ],
    ]);
  });
});
