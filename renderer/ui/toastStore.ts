/** Toasts waiting to be shown: short confirmations ("Declared INC-2026-0042") and errors, in a zustand store. */
import { create } from 'zustand';

export type ToastTone = 'success' | 'error' | 'info';

export interface Toast {
  readonly id: number;
  readonly tone: ToastTone;
  readonly message: string;
}

interface ToastState {
  readonly toasts: readonly Toast[];
  readonly show: (tone: ToastTone, message: string) => void;
  readonly dismiss: (id: number) => void;
}

let nextId = 1;
const VISIBLE_MS = { success: 5_000, info: 5_000, error: 12_000 } as const;

export const useToastStore = create<ToastState>()((set, get) => ({
  toasts: [],
  show: (tone, message) => {
    const id = nextId++;
    set({ toasts: [...get().toasts.slice(-2), { id, tone, message }] });
    setTimeout(() => get().dismiss(id), VISIBLE_MS[tone]);
  },
  dismiss: (id) => set({ toasts: get().toasts.filter((toast) => toast.id !== id) }),
}));

export function showToast(tone: ToastTone, message: string): void {
  useToastStore.getState().show(tone, message);
}
