/** The benchmark's incident: about 2,000 timeline entries and 200 evidence items, about 100 pages. */
export const BENCH_CONTENT = { entries: 2_000, evidence: 200 } as const;
