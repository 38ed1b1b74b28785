/**
 * Runs inside Chromium on the app's origin: loads synthetic incidents through the app's write path (as the register
 * benchmark does), then records milestones on them through the same path (`writer.update`, so the metrics
 * projection is kept by the writer, not by this page): impact start for 80 %, first response for 90 %, contained
 * and recovered for incidents that reached those phases. Deterministic for a given count.
 */
import { openDatabase } from '../../../renderer/db/database';
import { seedIncidents } from '../../../renderer/db/incidents/incidents';
import { actorOf, saveProfile } from '../../../renderer/db/profile';
import { writeTransaction, type Actor } from '../../../renderer/db/write';
import type { Incident } from '../../../shared/domain/incidents/incident';
import type { Milestones } from '../../../shared/domain/incidents/milestones';
import { syntheticIncidentSeeds } from '../../fixtures/syntheticIncidents';

const BATCH = 2_000;
const MINUTE = 60_000;

function milestonesOf(incident: Incident, n: number, actor: Actor): Milestones {
  const detected = Date.parse(incident.detectedAt);
  const fact = (at: number) => {
    const iso = new Date(at).toISOString();
    return {
      at: iso,
      recordedBy: actor.name,
      recordedById: actor.personId,
      recordedAt: iso,
      evidenceIds: [],
      note: '',
    };
  };
  const spread = (k: number, max: number) => (((n * k) % 997) / 997) * max;
  const milestones: Milestones = {};
  if (n % 5 !== 0) milestones.impactStarted = fact(detected - (30 + spread(31, 72 * 60)) * MINUTE);
  const declared = Date.parse(incident.declaredAt);
  if (n % 10 !== 0) milestones.acknowledged = fact(Math.min(declared, detected + (5 + spread(17, 8 * 60)) * MINUTE));
  const eradication = incident.phaseEnteredAt.eradication;
  if (eradication !== undefined) milestones.contained = fact(Date.parse(eradication));
  const review = incident.phaseEnteredAt['post-incident-review'];
  if (review !== undefined) milestones.recovered = fact(Date.parse(review));
  return milestones;
}

async function storedIncidents(): Promise<number> {
  const db = openDatabase();
  const count = await db.incidents.count();
  db.close();
  return count;
}

async function bulkLoad(count: number): Promise<{ seedMs: number; milestoneMs: number; facts: number }> {
  const db = openDatabase();
  await db.open();
  const profile = await saveProfile(db, { name: 'Bench Runner', role: 'Benchmark', siteCode: 'BEN' });
  const actor = actorOf(profile);
  const start = performance.now();
  await seedIncidents(db, actor, syntheticIncidentSeeds(count, { seed: 7 }), {
    batchSize: BATCH,
    onProgress: ({ done, total }) => {
      if (done % 20_000 === 0 || done === total) console.log(`seeded ${done} of ${total}`);
    },
  });
  const seedMs = performance.now() - start;
  const milestoneStart = performance.now();
  let last: string | undefined;
  let n = 0;
  for (;;) {
    const page =
      last === undefined
        ? await db.incidents.orderBy(':id').limit(BATCH).toArray()
        : await db.incidents.where(':id').above(last).limit(BATCH).toArray();
    if (page.length === 0) break;
    last = page.at(-1)?.id;
    await writeTransaction(db, actor, async (writer) => {
      for (const incident of page)
        writer.update('incident', incident, { milestones: milestonesOf(incident, n++, actor) });
    });
    if (n % 20_000 === 0) console.log(`milestones recorded on ${n}`);
  }
  const milestoneMs = performance.now() - milestoneStart;
  const facts = await db.metricsFacts.count();
  db.close();
  return { seedMs, milestoneMs, facts };
}

declare global {
  interface Window {
    firebreakMetricsBench?: { bulkLoad: typeof bulkLoad; storedIncidents: typeof storedIncidents };
  }
}

window.firebreakMetricsBench = { bulkLoad, storedIncidents };
