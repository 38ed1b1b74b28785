/**
 * Runs inside Chromium on the app's origin: loads synthetic incidents through the app's write path (as the register
 * benchmark does), then records milestones on them through the same path (`writer.update`, so the metrics
 * projection is kept by the writer, not by this page): impact start for 80 %, first response for 90 %, contained
 * and recovered for incidents that reached those phases. Then the records the dashboard's other chart sources read,
 * in issue 12's proportions (20,000 reviews, 60,000 action items, 30,000 regulatory profiles at 100,000 incidents),
 * through the write path a page of incidents at a time (see `loadLearning`): a review with its root causes on every
 * fifth incident, three action items on each review (open, overdue or done), a GDPR regime on three incidents in
 * ten, half of them filed.
 * A kept profile without them gets them on the next run. Deterministic for a given count.
 */
import { openDatabase } from '../../../renderer/db/database';
import { stageSubmission } from '../../../renderer/db/regulatory/regulatoryProfiles';
import { savePerson } from '../../../renderer/db/team/team';
import { dueHistoryAfter } from '../../../shared/domain/regulatory/regulatoryProfile';
import { actionItemDraftSchema } from '../../../shared/domain/reviews/actionItem';
import { reviewRefOf, reviewSubject, type CauseCategory } from '../../../shared/domain/reviews/review';
import { incidentSubject } from '../../../shared/domain/subject';
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

/** The GDPR regime's reason and the authority's place, as the bench's profiles hold them. */
const GDPR_REASON = 'Personal data of customers exposed.';

/**
 * Reviews, action items and regulatory profiles on the stored incidents (see the header), written as a fixture: one
 * write transaction per page of 2,000 incidents, through the same `RecordWriter` the capabilities' own functions use
 * (each record stamped, validated by its shared zod schema and audited), with the bodies those functions make —
 * a review with its root causes (`saveReview`), three action items with their owner's name (`addActionItem`), a
 * profile with the GDPR regime and its due-date history (`addRegime`) and, for half, the authority submission
 * (`stageSubmission`, the function `recordSubmission` runs). One transaction per record, as the user-facing functions
 * do, took longer than a session at 100,000 incidents. Of the timeline notes those functions add to the incident,
 * only the submission's is written (`stageSubmission` writes it): no chart reads them. A submission time not yet
 * passed is left unrecorded, as `recordSubmission` refuses one in the future.
 */
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
    await writeTransaction(db, actor, async (writer) => {
      for (const incident of page) {
        const k = n++;
        if (incident.exercise !== null || incident.deletedAt !== null) continue;
        if (k % 5 === 0) {
          const { impactStarted, recovered } = incident.milestones;
          const review = writer.create('review', {
            subject: incidentSubject(incident),
            ref: reviewRefOf(incident.ref),
            status: 'draft',
            impact: {
              who: '',
              what: '',
              customerImpactStart: impactStarted?.at ?? null,
              customerImpactEnd: recovered?.at ?? null,
            },
            rootCause: {
              primary: cause('The output filter let key-like strings through.', CATEGORIES[k % 5] ?? 'system'),
              contributing: [cause('An indexed article held the strings.', CATEGORIES[(k / 5) % 5] ?? 'data')],
              trigger: cause('A crafted prompt.', 'interaction'),
            },
          });
          for (let i = 0; i < 3; i++) {
            const draft = actionItemDraftSchema.parse({
              type: (['prevent', 'detect', 'mitigate'] as const)[i] ?? 'prevent',
              ownerId: owner.id,
              priority: 'P2',
              title: `Action ${i + 1} of the review`,
              dueDate: new Date(Date.parse(incident.declaredAt) + (i + 1) * 7 * 86_400_000).toISOString().slice(0, 10),
              status: (['open', 'done', 'in-progress'] as const)[(k + i) % 3] ?? 'open',
            });
            writer.create('actionItem', {
              subject: reviewSubject(review),
              incidentId: incident.id,
              incidentRef: incident.ref,
              ...draft,
              owner: owner.name,
              doneAt: draft.status === 'done' ? writer.now : null,
            });
          }
        }
        if (k % 10 < 3) {
          const fresh = {
            holidays: null,
            facts: {},
            anchors: {},
            submissions: [],
            dueHistory: [],
            regimes: [{ regime: 'gdpr-art33' as const, reason: GDPR_REASON }],
            regimeChanges: [
              {
                regime: 'gdpr-art33' as const,
                change: 'added' as const,
                reason: GDPR_REASON,
                recordedBy: writer.actor.name,
                recordedById: writer.actor.personId,
                recordedAt: writer.now,
              },
            ],
            timeZone: 'Europe/Brussels',
            country: 'BE',
          };
          const created = writer.create('regulatoryProfile', {
            subject: incidentSubject(incident),
            ...fresh,
            incident: { ref: incident.ref, awareAt: incident.awareAt, exercise: false },
            dueHistory: dueHistoryAfter(fresh, incident.awareAt, writer.now, `GDPR added: ${GDPR_REASON}`),
          });
          const submittedAt = Date.parse(incident.awareAt) + ((k % 7) * 20 + 6) * 3_600_000;
          if (k % 2 === 0 && submittedAt <= Date.parse(writer.now)) {
            stageSubmission(writer, incident, created, {
              regime: 'gdpr-art33',
              stage: 'authority',
              submittedAt: new Date(submittedAt).toISOString(),
            });
          }
        }
      }
    });
    if (n % 20_000 === 0) console.log(`reviews, action items and filings on ${n} incidents`);
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
