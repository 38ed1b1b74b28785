/**
 * The frame around every screen once a responder is known: skip link, sidebar, the main region, toasts and the
 * app-wide dialogs. On each navigation, focus moves to the new screen's heading so screen readers announce it.
 */
import { useEffect, useRef } from 'react';
import { Toaster } from '../ui/Toaster';
import { LeaveGuardDialog } from './LeaveGuardDialog';
import { routeHref } from './routes';
import { useRouteStore } from './routeStore';
import { ScreenOutlet } from './ScreenOutlet';
import { ShortcutsDialog } from './ShortcutsDialog';
import { Sidebar } from './Sidebar';
import { useGlobalShortcuts } from './useGlobalShortcuts';

export function AppShell() {
  const mainRef = useRef<HTMLElement>(null);
  const href = useRouteStore((state) => routeHref(state.route));
  const firstRender = useRef(true);
  useGlobalShortcuts();

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const main = mainRef.current;
    if (!main) return;
    main.scrollTop = 0;
    // The search box takes focus itself when it was asked for (Ctrl/Cmd+K).
    if (main.contains(document.activeElement) && document.activeElement !== main) return;
    const heading = main.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  }, [href]);

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Skip to content
      </a>
      <div className="shell">
        <Sidebar />
        <main id="main" className="main" ref={mainRef} tabIndex={-1}>
          <ScreenOutlet />
        </main>
      </div>
      <Toaster />
      <ShortcutsDialog />
      <LeaveGuardDialog />
    </>
  );
}
