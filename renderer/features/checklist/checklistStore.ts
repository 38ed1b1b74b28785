/** The checklist's view state: the step whose state change needs a reason or evidence, or whose owner is being chosen. */
import { create } from 'zustand';
import type { StepState } from '../../../shared/domain/runbooks/checklist';

export interface PendingStepChange {
  readonly stepId: string;
  readonly state: StepState;
}

interface ChecklistViewState {
  readonly pending: PendingStepChange | null;
  /** The step whose owner is being chosen. */
  readonly assigning: string | null;
  readonly ask: (change: PendingStepChange) => void;
  readonly assign: (stepId: string) => void;
  readonly close: () => void;
}

export const useChecklistStore = create<ChecklistViewState>()((set) => ({
  pending: null,
  assigning: null,
  ask: (pending) => set({ pending }),
  assign: (assigning) => set({ assigning }),
  close: () => set({ pending: null, assigning: null }),
}));
