/**
 * Live sync's UI state: the loop's status as the window running it publishes it (every window of the installation
 * hears it over a BroadcastChannel, since only one runs the loop), whether this window runs it, and a counter the
 * settings form bumps when the server settings change so the loop restarts with them.
 */
import { create } from 'zustand';
import type { LiveSyncStatus } from '../../db/couch/loop';

interface LiveSyncState {
  readonly status: LiveSyncStatus | null;
  readonly configured: boolean | null;
  readonly settingsVersion: number;
  /** Set by the window that runs the loop: pause, resume or try now. */
  readonly wake: (() => void) | null;
  setStatus(status: LiveSyncStatus | null): void;
  setConfigured(configured: boolean): void;
  setWake(wake: (() => void) | null): void;
  settingsChanged(): void;
}

export const useLiveSyncStore = create<LiveSyncState>((set) => ({
  status: null,
  configured: null,
  settingsVersion: 0,
  wake: null,
  setStatus: (status) => set({ status }),
  setConfigured: (configured) => set({ configured }),
  setWake: (wake) => set({ wake }),
  settingsChanged: () => set((state) => ({ settingsVersion: state.settingsVersion + 1 })),
}));
