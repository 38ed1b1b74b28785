/**
 * Loading the demo data set: one load at a time, its progress for the register and settings screens, and the
 * outcome in words. The data module is imported on demand so that its size never weighs on a normal start.
 */
import { create } from 'zustand';
import type { FirebreakDatabase } from '../db/database';
import type { Actor } from '../db/write';
import { describeError } from '../ui/errorMessage';
import { showToast } from '../ui/toastStore';

export type DemoLoadState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly done: number; readonly total: number }
  | { readonly status: 'done'; readonly count: number }
  | { readonly status: 'failed'; readonly message: string };

export const useDemoLoadStore = create<DemoLoadState>()(() => ({ status: 'idle' }));

export async function loadDemoDataInto(db: FirebreakDatabase, actor: Actor): Promise<void> {
  if (useDemoLoadStore.getState().status === 'loading') return;
  useDemoLoadStore.setState({ status: 'loading', done: 0, total: 0 }, true);
  try {
    const { loadDemoData } = await import('../features/demo/loadDemoData');
    const count = await loadDemoData(db, actor, {
      onProgress: ({ done, total }) => useDemoLoadStore.setState({ status: 'loading', done, total }, true),
    });
    useDemoLoadStore.setState({ status: 'done', count }, true);
    showToast('success', `Loaded ${count.toLocaleString('en-GB')} demo incidents.`);
  } catch (error) {
    const message = describeError(error);
    useDemoLoadStore.setState({ status: 'failed', message }, true);
    showToast('error', `Demo data was not loaded. ${message}`);
  }
}
