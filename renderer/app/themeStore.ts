/** The colour theme: follows the system unless the responder picked light or dark (kept in localStorage). */
import { create } from 'zustand';

export type ThemePreference = 'system' | 'light' | 'dark';
const STORAGE_KEY = 'firebreak.theme';

function readPreference(): ThemePreference {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

function apply(preference: ThemePreference): void {
  const root = document.documentElement;
  if (preference === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = preference;
}

const systemDark = (): boolean => window.matchMedia('(prefers-color-scheme: dark)').matches;

interface ThemeState {
  readonly preference: ThemePreference;
  readonly setPreference: (preference: ThemePreference) => void;
}

export const useThemeStore = create<ThemeState>()((set) => ({
  preference: readPreference(),
  setPreference: (preference) => {
    try {
      if (preference === 'system') localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, preference);
    } catch {
      // Without storage the choice lasts for this session only.
    }
    apply(preference);
    set({ preference });
  },
}));

/** Applies the stored preference before the first paint. */
export function applyStoredTheme(): void {
  apply(useThemeStore.getState().preference);
}

/** The theme in effect now, resolving 'system'. */
export function effectiveTheme(preference: ThemePreference): 'light' | 'dark' {
  if (preference !== 'system') return preference;
  return systemDark() ? 'dark' : 'light';
}
