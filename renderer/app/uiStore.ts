/** App-wide UI state that is not a route: the shortcuts help dialog and requests to focus the register search. */
import { create } from 'zustand';

interface UiState {
  readonly shortcutsOpen: boolean;
  /** Bumped to ask the register's search box to take focus (Ctrl/Cmd+K). */
  readonly searchFocusRequest: number;
  readonly setShortcutsOpen: (open: boolean) => void;
  readonly requestSearchFocus: () => void;
}

export const useUiStore = create<UiState>()((set, get) => ({
  shortcutsOpen: false,
  searchFocusRequest: 0,
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
  requestSearchFocus: () => set({ searchFocusRequest: get().searchFocusRequest + 1 }),
}));
