/** Sets the window title for the current screen: "<screen> — Firebreak". */
import { useEffect } from 'react';

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title === '' ? 'Firebreak' : `${title} — Firebreak`;
  }, [title]);
}
