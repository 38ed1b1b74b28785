/**
 * Runs inside Chromium on the app's origin: loads synthetic incidents through the app's write path (as the register
 * benchmark does), then records milestones on them through the same path (`writer.update`, so the metrics
 * projection is kept by the writer, not by this page): impact start for 80 %, first response for 90 %, contained
 * and recovered for incidents that reached those phases. Then the records the dashboard's other chart sources read,
 * in issue 12's proportions (20,000 reviews, 60,000 action items, 30,000 regulatory profiles at 100,000 incidents),
 * each through its capability's own write function: a review with its root causes on every fifth incident, three
 * action items on each review (open, overdue or done), a GDPR regime on three incidents in ten, half of them filed.
 * A kept profile without them gets them on the next run. Deterministic for a given count.
 */
import { openDatabase } from '../../../renderer/db/database';
import { addRegime, recordSubmission } from '../../../renderer/db/regulatory/regulatoryProfiles';
import { addActionItem, saveReview, startReview } from '../../../renderer/db/reviews/reviews';
import { savePerson } from '../../../renderer/db/team/team';
import type { CauseCategory } from '../../../shared/domain/reviews/review';
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

const CATEGORIES: readonly CauseCategory[] = ['data', 'model', 'interaction', 'system', 'external'];
const cause = (text: string, category: CauseCategory) => ({ text, category, avid: [], atlas: [] });

/** How many reviews, action items and regulatory profiles are stored. */
async function storedLearning(): Promise<{ reviews: number; actionItems: number; profiles: number }> {
  const db = openDatabase();
  const [reviews, actionItems, profiles] = await Promise.all([
    db.reviews.count(),
    db.actionItems.count(),
    db.regulatoryProfiles.count(),
  ]);
  db.close();
  return { reviews, actionItems, profiles };
}

/** Reviews, action items and regulatory profiles on the stored incidents (see the header), through the write path. */
async function loadLearning(): Promise<{ ms: number; reviews: number; actionItems: number; profiles: number }> {
  const db = openDatabase();
  await db.open();
  const profile = await saveProfile(db, { name: 'Bench Runner', role: 'Benchmark', siteCode: 'BEN' });
  const actor = actorOf(profile);
  const owner = await savePerson(db, actor, { name: 'Sam Okafor' });
  const start = performance.now();
  let last: string | undefined;
  let n = 0;
  for (;;) {
    const page =
      last === undefined
        ? await db.incidents.orderBy(':id').limit(BATCH).toArray()
        : await db.incidents.where(':id').above(last).limit(BATCH).toArray();
    if (page.length === 0) break;
    last = page.at(-1)?.id;
    for (const incident of page) {
      const k = n++;
      if (k % 5 === 0) {
        const review = await startReview(db, actor, incident.id);
        await saveReview(db, actor, review.id, {
          rootCause: {
            primary: cause('The output filter let key-like strings through.', CATEGORIES[k % 5] ?? 'system'),
            contributing: [cause('An indexed article held the strings.', CATEGORIES[(k / 5) % 5] ?? 'data')],
            trigger: cause('A crafted prompt.', 'interaction'),
          },
        });
        for (let i = 0; i < 3; i++) {
          await addActionItem(db, actor, review.id, {
            type: (['prevent', 'detect', 'mitigate'] as const)[i] ?? 'prevent',
            ownerId: owner.id,
            priority: 'P2',
            title: `Action ${i + 1} of the review`,
            dueDate: new Date(Date.parse(incident.declaredAt) + (i + 1) * 7 * 86_400_000).toISOString().slice(0, 10),
            status: (['open', 'done', 'in-progress'] as const)[(k + i) % 3] ?? 'open',
          });
        }
      }
      if (k % 10 < 3) {
        await addRegime(db, actor, incident.id, {
          regime: 'gdpr-art33',
          reason: 'Personal data of customers exposed.',
          timeZone: 'Europe/Brussels',
          country: 'BE',
        });
        if (k % 2 === 0) {
          await recordSubmission(db, actor, incident.id, {
            regime: 'gdpr-art33',
            stage: 'authority',
            submittedAt: new Date(Date.parse(incident.awareAt) + ((k % 7) * 20 + 6) * 3_600_000).toISOString(),
          });
        }
      }
    }
    if (n % 10_000 === 0) console.log(`reviews, action items and filings on ${n} incidents`);
  }
  const ms = performance.now() - start;
  db.close();
  return { ms, ...(await storedLearning()) };
}

declare global {
  interface Window {
    firebreakMetricsBench?: {
      bulkLoad: typeof bulkLoad;
      storedIncidents: typeof storedIncidents;
      storedLearning: typeof storedLearning;
      loadLearning: typeof loadLearning;
    };
  }
}

window.firebreakMetricsBench = { bulkLoad, storedIncidents, storedLearning, loadLearning };
