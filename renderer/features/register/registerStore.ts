/** The register's view state: search text, filters and sort. Records stay in the index; only the query lives here. */
import { create } from 'zustand';
import type { IncidentType, Phase, Severity } from '../../../shared/domain/incidents/taxonomy';
import type { IncidentSort } from './incidentIndex';

interface RegisterState {
  readonly text: string;
  readonly phases: readonly Phase[];
  readonly severities: readonly Severity[];
  readonly types: readonly IncidentType[];
  readonly sort: IncidentSort;
  readonly setText: (text: string) => void;
  readonly togglePhase: (phase: Phase) => void;
  readonly toggleSeverity: (severity: Severity) => void;
  readonly toggleType: (type: IncidentType) => void;
  readonly setSort: (sort: IncidentSort) => void;
  /** Clears search text and filters. */
  readonly clearFilters: () => void;
  /** Clears the filters only, keeping the search text. */
  readonly resetFilters: () => void;
}

function toggle<T>(items: readonly T[], item: T): readonly T[] {
  return items.includes(item) ? items.filter((existing) => existing !== item) : [...items, item];
}

export const useRegisterStore = create<RegisterState>()((set) => ({
  text: '',
  phases: [],
  severities: [],
  types: [],
  sort: 'declared-desc',
  setText: (text) => set({ text }),
  togglePhase: (phase) => set((state) => ({ phases: toggle(state.phases, phase) })),
  toggleSeverity: (severity) => set((state) => ({ severities: toggle(state.severities, severity) })),
  toggleType: (type) => set((state) => ({ types: toggle(state.types, type) })),
  setSort: (sort) => set({ sort }),
  clearFilters: () => set({ text: '', phases: [], severities: [], types: [] }),
  resetFilters: () => set({ phases: [], severities: [], types: [] }),
}));

export function hasActiveFilters(state: Pick<RegisterState, 'text' | 'phases' | 'severities' | 'types'>): boolean {
  return state.text.trim() !== '' || state.phases.length > 0 || state.severities.length > 0 || state.types.length > 0;
}
