/** Shows the screen for the current route, from the capabilities' screen tables. */
import { renderScreen } from './capabilities';
import { useRouteStore } from './routeStore';

export function ScreenOutlet() {
  const route = useRouteStore((state) => state.route);
  return renderScreen(route);
}
