/**
 * `npm run bench:clocks`: the regulatory clocks at scale, in Node over fake-indexeddb (the data layer's own code,
 * no browser).
 *
 * 1. "Due in the next 24 hours across all incidents" with N incidents (default 100,000; FIREBREAK_BENCH_CLOCKS_N):
 *    the due-soon projection (`regulatoryDueBetween`, one range over the multi-entry `*dueTimes` index) beside the
 *    alternative without it — read every profile and compute its clocks, the same run. Budget: p95 < 100 ms.
 * 2. One clock computation (`computeRegulatoryClocks`, GDPR + AI Act + NIS2 in Brussels) beside its floor, the same
 *    instants added with plain Date arithmetic. Budget: p95 < 1 ms (1,000 µs). The first runs pay for JIT compilation
 *    and the first `Intl.DateTimeFormat` and holiday-calendar constructions, so the budgeted p95 is measured after 500
 *    untimed warm-up runs; the cold p95 of the first 200 runs is printed beside it, without a budget, to show what the
 *    warm-up hides.
 * Each figure prints a `BENCH {...}` line (`test/bench/report.ts`); a miss exits non-zero.
 */
import 'fake-indexeddb/auto';
import { openDatabase } from '../../renderer/db/database';
import { regulatoryDueBetween } from '../../renderer/db/regulatory/queries';
import { rowOfProfile } from '../../renderer/db/regulatory/regulatoryDue';
import { computeRegulatoryClocks } from '../../shared/domain/regulatory/clockEngine';
import '../../shared/domain/regulatory/holidaysPackage';
import type { ClockInput } from '../../shared/domain/regulatory/clockInput';
import { clocksOf, type RegulatoryProfile } from '../../shared/domain/regulatory/regulatoryProfile';
import { finish, meetsBudget, percentile, report, type BenchFigure } from './report';

const N = Number(process.env.FIREBREAK_BENCH_CLOCKS_N ?? 100_000);
const NOW = Date.parse('2026-11-30T08:00:00.000Z');
const HOUR = 3_600_000;

function p95(samples: number[]): number {
  return percentile(samples, 95);
}

function bench(figure: BenchFigure): boolean {
  report(figure);
  return meetsBudget(figure);
}

function uuid(index: number): string {
  const hex = index.toString(16).padStart(12, '0');
  return `0190a000-0000-7000-8000-${hex}`;
}

const REGIME_SETS: RegulatoryProfile['regimes'][] = [
  [{ regime: 'gdpr-art33', reason: 'Personal data.' }],
  [
    { regime: 'gdpr-art33', reason: 'Personal data.' },
    { regime: 'eu-ai-act-art73', reason: 'High-risk system.' },
  ],
  [{ regime: 'nis2-art23', reason: 'Essential entity.' }],
];

function profileOf(index: number): RegulatoryProfile {
  // Awareness spread over the 60 days before now, so a few hundred incidents have something due in the window.
  const awareAt = new Date(NOW - ((index * 7919) % (60 * 24)) * HOUR).toISOString();
  const at = awareAt;
  return {
    id: uuid(index),
    createdAt: at,
    updatedAt: at,
    createdBy: 'Bench',
    createdById: uuid(0),
    updatedBy: 'Bench',
    updatedById: uuid(0),
    rev: 1,
    hlc: `${at}-0000-bench`,
    deletedAt: null,
    subject: { kind: 'incident', id: uuid(1_000_000 + index), ref: `INC-2026-BEN-${index}` },
    regimes: REGIME_SETS[index % REGIME_SETS.length] ?? [],
    regimeChanges: [],
    timeZone: 'Europe/Brussels',
    country: 'BE',
    holidays: null,
    facts: {},
    anchors: {},
    submissions: [],
    applicability: {},
    dueHistory: [],
    delayReasons: [],
    incident: { ref: `INC-2026-BEN-${index}`, awareAt, exercise: false },
  };
}

async function dueSoon(): Promise<boolean> {
  const db = openDatabase(`firebreak-bench-clocks-${process.pid}`);
  await db.open();
  const started = performance.now();
  for (let start = 0; start < N; start += 10_000) {
    const profiles = Array.from({ length: Math.min(10_000, N - start) }, (_, offset) => profileOf(start + offset));
    await db.transaction('rw', ['regulatoryProfiles', 'regulatoryDue'], async () => {
      await db.regulatoryProfiles.bulkPut(profiles);
      await db.regulatoryDue.bulkPut(profiles.flatMap((profile) => rowOfProfile(profile) ?? []));
    });
  }
  console.log(
    `Loaded ${N} profiles and their projection rows in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  const from = new Date(NOW).toISOString();
  const to = new Date(NOW + 24 * HOUR).toISOString();

  const projection: number[] = [];
  await regulatoryDueBetween(db, from, to);
  let found = 0;
  for (let run = 0; run < 30; run++) {
    const t0 = performance.now();
    found = (await regulatoryDueBetween(db, from, to)).length;
    projection.push(performance.now() - t0);
  }
  const scan: number[] = [];
  let scanned = 0;
  console.log(`Projection: p95 ${p95(projection).toFixed(1)} ms over ${projection.length} runs (${found} deadlines).`);
  for (let run = 0; run < 2; run++) {
    const t0 = performance.now();
    const profiles = await db.regulatoryProfiles.toArray();
    scanned = profiles
      .flatMap((profile) => clocksOf(profile, profile.incident?.awareAt ?? from))
      .filter((clock) => clock.dueAt !== null && clock.dueAt >= from && clock.dueAt < to).length;
    scan.push(performance.now() - t0);
  }
  console.log(`Due in the next 24 hours: ${found} deadlines (the scan finds ${scanned}).`);
  await db.delete();
  if (found !== scanned) {
    console.error('The projection and the scan disagree.');
    return false;
  }
  return bench({ name: 'clocks.dueIn24h.p95', value: p95(projection), unit: 'ms', baseline: p95(scan), budget: 100 });
}

function oneClock(): boolean {
  const input: ClockInput = {
    regimes: ['gdpr-art33', 'eu-ai-act-art73', 'nis2-art23'],
    timeZone: 'Europe/Brussels',
    country: 'BE',
    anchors: { awareAt: '2026-03-20T09:15:00+01:00' },
    facts: { death: true },
  };
  const run = (index: number) => {
    const t0 = performance.now();
    computeRegulatoryClocks({ ...input, anchors: { awareAt: new Date(NOW - index * HOUR).toISOString() } });
    const engineMs = performance.now() - t0;
    const t1 = performance.now();
    const aware = NOW - index * HOUR;
    [24, 72, 72, 240, 360].map((hours) => new Date(aware + hours * HOUR).toISOString());
    return { engineMs, floorMs: performance.now() - t1 };
  };
  const cold = Array.from({ length: 200 }, (_, index) => run(index));
  for (let index = 200; index < 500; index++) run(index);
  const warm = Array.from({ length: 2_000 }, (_, index) => run(500 + index));
  const engine = warm.map((sample) => sample.engineMs * 1000);
  const floor = warm.map((sample) => sample.floorMs * 1000);
  const median = [...engine].sort((a, b) => a - b)[engine.length >> 1] ?? NaN;
  console.log(
    `One clock computation: median ${median.toFixed(1)} µs over ${engine.length} runs after 500 warm-up runs.`,
  );
  report({
    name: 'clocks.computeOne.cold.p95',
    value: p95(cold.map((sample) => sample.engineMs * 1000)),
    unit: 'µs',
    baseline: p95(cold.map((sample) => sample.floorMs * 1000)),
  });
  return bench({ name: 'clocks.computeOne.p95', value: p95(engine), unit: 'µs', baseline: p95(floor), budget: 1000 });
}

const ok = [oneClock(), await dueSoon()].every(Boolean);
if (!ok) console.error('A clocks benchmark missed its budget.');
finish(!ok);
