import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { FirebreakDatabase } from '../../../../renderer/db/database';
import { importPublicIncidents } from '../../../../renderer/db/reviews/publicImport';
import { DEFAULT_EXPORT_OPTIONS } from '../../../../shared/domain/reviews/exports/exportSource';
import { toAvidReport } from '../../../../shared/domain/reviews/exports/toAvid';
import { ExplainedError } from '../../../../shared/errors';
import { reportIncident } from '../../../fixtures/reportSources';
import { completedReview } from '../../../fixtures/reviews';
import { freshDatabase, testActor } from '../../../fixtures/testDatabase';

let db: FirebreakDatabase;
afterEach(async () => {
  await db?.delete();
});

const incident = reportIncident();
const avid = toAvidReport(
  { incident, review: completedReview(incident), evidence: [] },
  DEFAULT_EXPORT_OPTIONS,
  '2026-11-22',
);

describe('importing AIID and AVID files', () => {
  it('declares each public incident with a note on where it came from', async () => {
    db = freshDatabase();
    expect(
      await importPublicIncidents(
        db,
        testActor,
        JSON.stringify([avid, { ...avid, metadata: { report_id: 'AVID-2026-R0001' } }]),
      ),
    ).toBe(2);
    const incidents = await db.incidents.toArray();
    expect(incidents.map((row) => [row.title, row.severity, row.phase, row.detectedAt])).toEqual([
      [incident.title, 'SEV4', 'detection-analysis', '2026-11-22T00:00:00.000Z'],
      [incident.title, 'SEV4', 'detection-analysis', '2026-11-22T00:00:00.000Z'],
    ]);
    const notes = (await db.timeline.toArray()).filter((entry) => entry.kind === 'note').map((entry) => entry.text);
    // Both notes share one time and their ids one millisecond, so their order is not defined: find the one.
    expect(notes).toHaveLength(2);
    expect(notes.find((note) => note.includes('AVID-2026-R0001'))).toMatch(
      /^Imported from an AVID report AVID-2026-R0001 \(effects: S0403: Adversarial Example;/,
    );
  });

  it('writes nothing when any report in the file is refused', async () => {
    db = freshDatabase();
    const bad = { ...avid, reported_date: 'yesterday' };
    await expect(importPublicIncidents(db, testActor, JSON.stringify([avid, bad]))).rejects.toThrow(ExplainedError);
    await expect(importPublicIncidents(db, testActor, JSON.stringify([avid, bad]))).rejects.toThrow(
      /^AVID report 2 does not match the published shape\. reported_date: /,
    );
    expect(await db.incidents.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });
});
