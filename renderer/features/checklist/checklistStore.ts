/** The checklist's view state: the step whose state change needs a reason or evidence, while its dialog is open. */
import { create } from 'zustand';
import type { StepState } from '../../../shared/domain/checklist';

export interface PendingStepChange {
  readonly stepId: string;
  readonly state: StepState;
}

interface ChecklistViewState {
  readonly pending: PendingStepChange | null;
  readonly ask: (change: PendingStepChange) => void;
  readonly close: () => void;
}

export const useChecklistStore = create<ChecklistViewState>()((set) => ({
  pending: null,
  ask: (pending) => set({ pending }),
  close: () => set({ pending: null }),
}));
