/** Whether the search-everywhere palette is open (Ctrl/Cmd+K, or the sidebar's Search button). */
import { create } from 'zustand';

interface PaletteState {
  readonly open: boolean;
  readonly setOpen: (open: boolean) => void;
}

export const usePaletteStore = create<PaletteState>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));
