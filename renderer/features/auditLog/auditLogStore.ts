/**
 * The audit log viewer's view state: the filter as typed (dates as the date inputs hold them, in the user's zone)
 * and the entry open in the details pane. `auditFilterOf` turns it into the shared filter (ISO instants).
 */
import { create } from 'zustand';
import type { AuditOperation } from '../../../shared/domain/audit';
import type { AuditLogFilter } from '../../../shared/domain/auditLog/view';

export interface AuditViewFilter {
  readonly text: string;
  readonly actor: string;
  readonly entity: string;
  readonly op: AuditOperation | '';
  /** "2026-11-30" (a date input's value, local), or empty. */
  readonly fromDate: string;
  readonly toDate: string;
}

export const NO_VIEW_FILTER: AuditViewFilter = { text: '', actor: '', entity: '', op: '', fromDate: '', toDate: '' };

interface AuditLogViewState {
  readonly filter: AuditViewFilter;
  readonly selectedSeq: number | null;
  readonly setFilter: (change: Partial<AuditViewFilter>) => void;
  readonly clearFilter: () => void;
  readonly select: (seq: number | null) => void;
}

export const useAuditLogStore = create<AuditLogViewState>()((set) => ({
  filter: NO_VIEW_FILTER,
  selectedSeq: null,
  setFilter: (change) => set((state) => ({ filter: { ...state.filter, ...change } })),
  clearFilter: () => set({ filter: NO_VIEW_FILTER }),
  select: (selectedSeq) => set({ selectedSeq }),
}));

/** The start of a local day, or its last millisecond, as an ISO instant; empty for an empty or invalid date. */
function dayBound(date: string, end: boolean): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return '';
  const local = new Date(`${date}T${end ? '23:59:59.999' : '00:00:00.000'}`);
  return Number.isNaN(local.getTime()) ? '' : local.toISOString();
}

export function auditFilterOf(view: AuditViewFilter): AuditLogFilter {
  return {
    text: view.text,
    actor: view.actor,
    entity: view.entity,
    op: view.op,
    fromAt: dayBound(view.fromDate, false),
    toAt: dayBound(view.toDate, true),
  };
}
