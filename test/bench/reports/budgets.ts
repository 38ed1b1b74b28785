/**
 * The report pipeline's budgets (issue 13, item 4), shared by `npm run bench:reports` and the smoke check in the
 * unit suite: a signed report renders at 15 ms a page or better, so 100 pages in 1.5 s and 1,000 in 15 s, and the
 * 1,000-page render stays under a fixed memory ceiling.
 */
export const REPORT_BUDGETS = {
  /** Lay out, draw and sign, per page of the incident report. */
  msPerPage: 15,
  incident100Ms: 1_500,
  incident1000Ms: 15_000,
  incident100PeakRssMb: 500,
  incident1000PeakRssMb: 1_024,
  /** The smoke check fails only when its scaled budget is missed by this factor, so timing noise never fails it. */
  smokeTolerance: 3,
} as const;
