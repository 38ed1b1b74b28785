/** The dashboard's view state: the filter, the metric its trend and severity charts show, the breakdown grouping. */
import { create } from 'zustand';
import type { IncidentType, Severity } from '../../../shared/domain/incidents/taxonomy';
import type { Grouping } from '../../../shared/domain/metrics/aggregate';
import type { MetricId } from '../../../shared/domain/metrics/definitions';
import { ALL_INCIDENTS, type MetricsFilter, type Period } from '../../../shared/domain/metrics/filter';

interface MetricsState {
  readonly filter: MetricsFilter;
  readonly metric: MetricId;
  readonly grouping: Grouping;
  readonly setPeriod: (period: Period) => void;
  readonly toggleSeverity: (severity: Severity) => void;
  readonly toggleType: (type: IncidentType) => void;
  readonly clearFilter: () => void;
  readonly setMetric: (metric: MetricId) => void;
  readonly setGrouping: (grouping: Grouping) => void;
}

function toggle<T>(items: readonly T[], item: T): T[] {
  return items.includes(item) ? items.filter((existing) => existing !== item) : [...items, item];
}

export const useMetricsStore = create<MetricsState>()((set) => ({
  filter: ALL_INCIDENTS,
  metric: 'close',
  grouping: 'severity',
  setPeriod: (period) => set((state) => ({ filter: { ...state.filter, period } })),
  toggleSeverity: (severity) =>
    set((state) => ({ filter: { ...state.filter, severities: toggle(state.filter.severities, severity) } })),
  toggleType: (type) => set((state) => ({ filter: { ...state.filter, types: toggle(state.filter.types, type) } })),
  clearFilter: () => set({ filter: ALL_INCIDENTS }),
  setMetric: (metric) => set({ metric }),
  setGrouping: (grouping) => set({ grouping }),
}));
