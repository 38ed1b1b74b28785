/**
 * Ctrl/Cmd+N declares (not in legal review mode), Ctrl/Cmd+K searches everywhere (the palette), / searches the
 * register, ? shows the shortcuts.
 */
import { useEffect } from 'react';
import { usePaletteStore } from '../features/search/paletteStore';
import { navigate } from './routeStore';
import { hasModifier, isTypingTarget } from './shortcuts';
import { useUiStore } from './uiStore';
import { useReadOnly } from './useLegalReview';

export function useGlobalShortcuts(): void {
  const readOnly = useReadOnly();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      const key = event.key.toLowerCase();
      if (hasModifier(event) && !event.altKey && !event.shiftKey && (key === 'n' || key === 'k')) {
        event.preventDefault();
        if (key === 'n') {
          if (!readOnly) navigate({ name: 'declare' });
        } else {
          usePaletteStore.getState().setOpen(true);
        }
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      if (event.key === '?') {
        event.preventDefault();
        useUiStore.getState().setShortcutsOpen(true);
      } else if (event.key === '/') {
        event.preventDefault();
        navigate({ name: 'register' });
        useUiStore.getState().requestSearchFocus();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [readOnly]);
}
