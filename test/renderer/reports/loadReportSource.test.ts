import { incidentSubject } from '../../../shared/domain/subject';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { applyRunbook, updateChecklistStep } from '../../../renderer/db/runbooks/checklists';
import type { FirebreakDatabase } from '../../../renderer/db/database';
import { commitIntake, recordVerification } from '../../../renderer/db/evidence/evidence';
import { beginIntake, streamIntoChunks } from '../../../renderer/db/evidence/evidenceContent';
import { declareIncident } from '../../../renderer/db/incidents/incidents';
import { loadReportSource } from '../../../renderer/features/reports/loadReportSource';
import { BUILT_IN_RUNBOOKS } from '../../../shared/domain/runbooks/builtInRunbooks';
import { sha256Hex } from '../../../shared/domain/hash';
import { buildReport } from '../../../shared/reports/reportTypes';
import { promptInjectionDraft } from '../../fixtures/incidentDrafts';
import { declaredAtFixture, freshDatabase, testActor } from '../../fixtures/testDatabase';

let db: FirebreakDatabase;
afterEach(async () => {
  await db.delete();
});

const bytes = new TextEncoder().encode('2026-11-20T08:01Z gateway: ignore previous instructions\n');
const context = { generatedBy: 'Dana Reyes (Incident commander)', signerFingerprint: '' };

async function incidentWithEvidenceAndChecklist() {
  db = freshDatabase();
  const incident = await declareIncident(db, testActor, promptInjectionDraft(), declaredAtFixture);
  const intakeId = await beginIntake(db, 'gateway.log');
  const staged = await streamIntoChunks(db, new Blob([bytes]), intakeId, { chunkBytes: 1000 });
  const item = await commitIntake(db, testActor, {
    subject: incidentSubject(incident),
    name: 'gateway.log',
    mediaType: 'text/plain',
    staged,
    details: {
      acquiredAt: '2026-11-20T09:00:00.000Z',
      acquiredBy: 'Dana Reyes',
      source: { system: 'gateway', location: '', method: '' },
      description: '',
      tags: [],
      aiSystem: '',
    },
  });
  await recordVerification(db, testActor, item.id, item.sha256);
  const steps = await applyRunbook(db, testActor, incident.id, BUILT_IN_RUNBOOKS[0]!.id);
  const preserve = steps.find((step) => step.step.id === 'pi-preserve-evidence')!;
  await updateChecklistStep(db, testActor, preserve.id, {
    state: 'done',
    evidence: [{ kind: 'text', text: 'gateway.log in the locker' }],
  });
  return { incident, item, steps, preserve };
}

describe('loadReportSource', () => {
  it('reads the incident’s evidence with its custody log and its checklist steps into the report inputs', async () => {
    const { incident, item, steps, preserve } = await incidentWithEvidenceAndChecklist();
    const source = await loadReportSource(db, incidentSubject(incident), context);

    expect(source.evidence).toEqual([
      {
        id: item.id,
        name: 'gateway.log',
        mediaType: 'text/plain',
        size: bytes.length,
        sha256: sha256Hex(bytes),
        acquiredAt: '2026-11-20T09:00:00.000Z',
        acquiredBy: 'Dana Reyes',
        custodySummary: '2 events; last: Verified by Dana Reyes',
        custodyLog: [
          { at: item.createdAt, actor: 'Dana Reyes', action: 'Acquired', note: expect.any(String) },
          { at: expect.any(String), actor: 'Dana Reyes', action: 'Verified', note: 'intact' },
        ],
        verifications: [{ at: expect.any(String), by: 'Dana Reyes', ok: true, detail: 'intact' }],
        legalHold: null,
      },
    ]);
    expect(source.checklist).toHaveLength(steps.length);
    const done = source.checklist!.find((entry) => entry.title === preserve.step.title)!;
    expect([done.status, done.completedBy, done.completedAt !== '']).toEqual(['done', 'Dana Reyes', true]);
    expect(source.checklist!.filter((entry) => entry.status === 'open')).toHaveLength(steps.length - 1);
  });

  it('gives the incident report an evidence table with SHA-256 and custody, checklist status, and a manifest citing the hash', async () => {
    const { incident, item } = await incidentWithEvidenceAndChecklist();
    const report = buildReport('incident-report', await loadReportSource(db, incidentSubject(incident), context));

    const headings = report.blocks.filter((block) => block.kind === 'heading').map((block) => block.text);
    expect(headings).toEqual(expect.arrayContaining(['Checklist status by phase', 'Evidence']));
    const evidenceTable = report.blocks.find(
      (block) => block.kind === 'table' && block.columns.some((column) => column.header === 'SHA-256'),
    );
    expect(evidenceTable?.kind === 'table' ? evidenceTable.rows[0] : undefined).toEqual([
      'gateway.log',
      expect.stringContaining('text/plain'),
      expect.stringContaining('Dana Reyes'),
      item.sha256,
      '2 events; last: Verified by Dana Reyes',
    ]);
    expect(report.manifest.evidence).toEqual([{ id: item.id, name: 'gateway.log', sha256: item.sha256 }]);
  });

  it('limits the chain-of-custody report to the chosen items', async () => {
    const { incident } = await incidentWithEvidenceAndChecklist();
    const report = buildReport(
      'custody-report',
      await loadReportSource(db, incidentSubject(incident), { ...context, evidenceIds: [] }),
    );
    expect(report.manifest.evidence).toEqual([]);
  });
});
