/**
 * The regulatory capability's tables: one regulatory profile per incident (or, later, exercise), found by its
 * subject's id (version 9; version 8 is the register projection's), and (version 17) the due-soon projection of the
 * profiles' open deadlines, written beside each profile, indexed by one key per clock since version 26; and (version
 * 31) each profile's deadlines for the metrics dashboard's filings chart (`chartFacts.ts`).
 */
import type { EntityTable } from 'dexie';
import { filingChartFact } from '../../../shared/domain/regulatory/filingDeadlines';
import type { FilingChartFact } from '../../../shared/domain/regulatory/filingCharts';
import type { RegulatoryProfile } from '../../../shared/domain/regulatory/regulatoryProfile';
import { derivedRows, writeReaction, type StorageCapability } from '../capability';
import { upgradeToV17 } from './migrations/v17-regulatory-due';
import { upgradeToV26 } from './migrations/v26-regulatory-due-keys';
import { upgradeRegulatoryToV31 } from './migrations/v31-filing-chart-facts';
import { FILING_CHART_FACT_STORES } from './chartFacts';
import { REGULATORY_DUE_STORES, REGULATORY_DUE_STORES_V17, rowOfProfile, type RegulatoryDueRow } from './regulatoryDue';
import { loadPublicHolidays } from './publicHolidays';
import { followIncidents } from './regulatoryProfiles';

export interface RegulatoryTables {
  regulatoryProfiles: EntityTable<RegulatoryProfile, 'id'>;
  regulatoryDue: EntityTable<RegulatoryDueRow, 'id'>;
  filingChartFacts: EntityTable<FilingChartFact, 'id'>;
}

export const regulatoryStorage = {
  name: 'regulatory',
  versions: {
    9: { stores: { regulatoryProfiles: '&id, &subject.id' } },
    17: { stores: REGULATORY_DUE_STORES_V17, upgrade: upgradeToV17 },
    26: { stores: REGULATORY_DUE_STORES, upgrade: upgradeToV26 },
    31: { stores: FILING_CHART_FACT_STORES, upgrade: upgradeRegulatoryToV31 },
  },
  derivedRows: [
    derivedRows('regulatoryProfile', 'regulatoryDue', (profile) => rowOfProfile(profile)),
    derivedRows('regulatoryProfile', 'filingChartFacts', filingChartFact),
  ],
  // The profile follows its incident's awareness time (and the due-date history with it).
  reactions: [writeReaction('incident', (writer, incidents) => followIncidents(writer, incidents))],
  // Both compute deadlines, which count public holidays: the package is loaded on demand (see publicHolidays.ts).
  writeReady: loadPublicHolidays,
} as const satisfies StorageCapability;
