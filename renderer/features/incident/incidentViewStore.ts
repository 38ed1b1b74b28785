/** The incident page's view state: timeline order and which phase dialog is open. */
import { create } from 'zustand';

export type TimelineOrder = 'newest' | 'oldest';
export type PhaseDialogMode = 'change' | 'reopen';

interface IncidentViewState {
  readonly timelineOrder: TimelineOrder;
  readonly phaseDialog: PhaseDialogMode | null;
  readonly setTimelineOrder: (order: TimelineOrder) => void;
  readonly openPhaseDialog: (mode: PhaseDialogMode) => void;
  readonly closePhaseDialog: () => void;
}

export const useIncidentViewStore = create<IncidentViewState>()((set) => ({
  timelineOrder: 'newest',
  phaseDialog: null,
  setTimelineOrder: (timelineOrder) => set({ timelineOrder }),
  openPhaseDialog: (phaseDialog) => set({ phaseDialog }),
  closePhaseDialog: () => set({ phaseDialog: null }),
}));
