/** The evidence screen's filters and sort, as UI state. */
import { create } from 'zustand';
import { NO_EVIDENCE_FILTER, type EvidenceFilter } from './filterEvidence';

interface EvidenceFilterState {
  readonly filter: EvidenceFilter;
  readonly setFilter: (change: Partial<EvidenceFilter>) => void;
}

export const useEvidenceFilterStore = create<EvidenceFilterState>()((set, get) => ({
  filter: NO_EVIDENCE_FILTER,
  setFilter: (change) => set({ filter: { ...get().filter, ...change } }),
}));
