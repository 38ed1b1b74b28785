/**
 * The current screen, kept in step with the address hash, and the unsaved-changes guard: while a form is dirty, a
 * navigation (link, shortcut, back button) is held as `pending` until the responder confirms or cancels it.
 */
import { create } from 'zustand';
import { parseRoute, routeHref, sameRoute, type Route } from './routes';

interface RouteState {
  readonly route: Route;
  /** A navigation waiting for the responder to discard unsaved changes. */
  readonly pending: Route | undefined;
  /** Set while a form has unsaved changes. */
  readonly guarded: boolean;
  readonly navigate: (route: Route) => void;
  readonly setGuarded: (guarded: boolean) => void;
  readonly confirmLeave: () => void;
  readonly cancelLeave: () => void;
}

function go(route: Route): void {
  const href = routeHref(route);
  if (window.location.hash !== href) window.location.hash = href;
}

export const useRouteStore = create<RouteState>()((set, get) => ({
  route: parseRoute(window.location.hash),
  pending: undefined,
  guarded: false,
  navigate: (route) => {
    const { route: current, guarded } = get();
    if (sameRoute(route, current)) return;
    if (guarded) {
      set({ pending: route });
      return;
    }
    set({ route });
    go(route);
  },
  setGuarded: (guarded) => set({ guarded }),
  confirmLeave: () => {
    const { pending } = get();
    set({ guarded: false, pending: undefined });
    if (pending) {
      set({ route: pending });
      go(pending);
    }
  },
  cancelLeave: () => set({ pending: undefined }),
}));

/** Follows the address bar (links, back and forward); returns the listener's remover. */
export function followLocationHash(): () => void {
  const onHashChange = (): void => {
    const next = parseRoute(window.location.hash);
    const { route, guarded } = useRouteStore.getState();
    if (sameRoute(next, route)) return;
    if (guarded) {
      // Put the address back while the responder decides; replaceState fires no hashchange.
      window.history.replaceState(window.history.state, '', routeHref(route));
      useRouteStore.setState({ pending: next });
      return;
    }
    useRouteStore.setState({ route: next });
  };
  window.addEventListener('hashchange', onHashChange);
  return () => window.removeEventListener('hashchange', onHashChange);
}

export function navigate(route: Route): void {
  useRouteStore.getState().navigate(route);
}
