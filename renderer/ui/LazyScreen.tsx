/**
 * A screen loaded on first visit (React.lazy) with a named loading state, so the console's first paint carries only
 * what the register shows. `lazyScreen(() => import('./X'), 'X')` returns the component. A part of a screen that
 * can arrive a moment later (a banner, a toolbar's import/export) passes `fallback` (null: nothing until it loads).
 */
import { createElement, lazy, Suspense, type ComponentType, type ReactNode } from 'react';

export function lazyScreen<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
  fallback: ReactNode = <p className="muted">Loading…</p>,
): ComponentType<P> {
  const Screen = lazy(async (): Promise<{ default: ComponentType<P> }> => ({ default: (await load())[name] }));
  function LazyScreen(props: P): ReactNode {
    return <Suspense fallback={fallback}>{createElement(Screen, props)}</Suspense>;
  }
  return LazyScreen;
}
