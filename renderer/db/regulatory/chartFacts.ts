/**
 * The regulatory capability's chart facts (table `filingChartFacts`, version 31): one slim row per live profile of a
 * real incident with its deadlines (`filingChartFact`: each clock's due time and submission, computed by the clock
 * engine), so the metrics worker charts filings on time vs late from them instead of reading 30,000 profiles and
 * running the clock engine on each (issue 12). A cache kept beside every write (`derivedRows` in `storage.ts`), filled
 * by the version 31 upgrade and made again by `rebuildFilingChartFacts`.
 */
import { filingChartFact } from '../../../shared/domain/regulatory/filingDeadlines';
import type { FilingChartFact } from '../../../shared/domain/regulatory/filingCharts';
import type { RegulatoryProfile } from '../../../shared/domain/regulatory/regulatoryProfile';
import type { FirebreakDatabase } from '../database';
import { rebuildRows } from '../rebuildRows';

export const FILING_CHART_FACT_STORES = { filingChartFacts: '&id' } as const;

/** Makes the table again from the stored profiles (the public-holiday calendar must be loaded); resolves to the rows. */
export function rebuildFilingChartFacts(
  db: Pick<FirebreakDatabase, 'table'>,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  return rebuildRows(
    db.table<RegulatoryProfile, string>('regulatoryProfiles'),
    db.table<FilingChartFact, string>('filingChartFacts'),
    filingChartFact,
    onProgress,
  );
}
