/**
 * Whether an element is on screen or within a quarter of a screen's height of it, followed with an IntersectionObserver. The
 * dashboard draws a chart only while it is near the viewport (the others keep their place, title and data table), so
 * a filter change redraws the charts the user can see instead of every chart on the page.
 */
import { useEffect, useState, type RefObject } from 'react';

export function useNearViewport(ref: RefObject<Element | null>): boolean {
  // Drawn until told otherwise: where IntersectionObserver is missing (tests without layout) every chart is drawn.
  const [near, setNear] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return undefined;
    // The main pane scrolls, not the document: measure against it, so the margin reaches below its visible part.
    const root = element.closest('.main');
    const observer = new IntersectionObserver((entries) => setNear(entries.some((entry) => entry.isIntersecting)), {
      root,
      rootMargin: '25% 0px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return near;
}
