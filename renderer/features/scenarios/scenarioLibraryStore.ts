/** The scenario library's view state: the search text and the capability filter (records stay in the database). */
import { create } from 'zustand';
import type { ExerciseCapability } from '../../../shared/domain/exercises/scenario';

interface ScenarioLibraryState {
  readonly text: string;
  readonly capability: ExerciseCapability | '';
  readonly setText: (text: string) => void;
  readonly setCapability: (capability: ExerciseCapability | '') => void;
  readonly clear: () => void;
}

export const useScenarioLibraryStore = create<ScenarioLibraryState>()((set) => ({
  text: '',
  capability: '',
  setText: (text) => set({ text }),
  setCapability: (capability) => set({ capability }),
  clear: () => set({ text: '', capability: '' }),
}));
