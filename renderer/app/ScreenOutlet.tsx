/**
 * Shows the screen for the current route, from the capabilities' screen tables. In legal review mode a screen that
 * only changes records (a form) is not shown, so a reviewer never fills in what the write path would refuse.
 */
import { renderScreen, EDITOR_SCREENS } from './capabilities';
import { ReadOnlyScreen } from './ReadOnlyScreen';
import { useRouteStore } from './routeStore';
import { useReadOnly } from './useLegalReview';

export function ScreenOutlet() {
  const route = useRouteStore((state) => state.route);
  const readOnly = useReadOnly();
  if (readOnly && EDITOR_SCREENS.has(route.name)) return <ReadOnlyScreen />;
  return renderScreen(route);
}
