/** While `dirty`, navigating away asks first (see routeStore); the guard is lifted when the form goes away. */
import { useEffect } from 'react';
import { useRouteStore } from './routeStore';

export function useUnsavedChangesGuard(dirty: boolean): void {
  const setGuarded = useRouteStore((state) => state.setGuarded);
  useEffect(() => {
    setGuarded(dirty);
  }, [dirty, setGuarded]);
  useEffect(() => () => setGuarded(false), [setGuarded]);
}
