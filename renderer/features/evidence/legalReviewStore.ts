/**
 * Legal review mode: a read-only switch for legal and compliance reviewers, kept in localStorage. While it is on,
 * the write path itself refuses every change (`setWriteGuard` in db/write.ts), not only the buttons; viewing and
 * verifying evidence are still recorded in the chain of custody, so every view is logged.
 */
import { create } from 'zustand';
import { setWriteGuard } from '../../db/write';

const STORAGE_KEY = 'firebreak.legalReview';
export const LEGAL_REVIEW_REFUSAL =
  'Legal review mode is on, so nothing can be changed. Turn it off in the sidebar to make changes.';

function readStored(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

interface LegalReviewState {
  readonly on: boolean;
  readonly setOn: (on: boolean) => void;
}

export const useLegalReviewStore = create<LegalReviewState>()((set) => ({
  on: readStored(),
  setOn: (on) => {
    try {
      if (on) localStorage.setItem(STORAGE_KEY, 'on');
      else localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Without storage the mode lasts for this session only.
    }
    set({ on });
  },
}));

/** Makes the write path consult the switch. Called once at start, before anything can write. */
export function installLegalReviewGuard(): void {
  setWriteGuard(() => (useLegalReviewStore.getState().on ? LEGAL_REVIEW_REFUSAL : null));
}
