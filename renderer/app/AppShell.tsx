/**
 * The frame around every screen once a responder is known: skip link, sidebar, the main region, toasts and the
 * app-wide dialogs. On each navigation, focus moves to the new screen's heading so screen readers announce it.
 */
import { useEffect, useRef } from 'react';
import { Toaster } from '../ui/Toaster';
import { LeaveGuardDialog } from './LeaveGuardDialog';
import { LegalReviewBanner } from './LegalReviewBanner';
import { BARE_SCREENS } from './capabilities';
import { routeHref } from './routes';
import { useRouteStore } from './routeStore';
import { ScreenOutlet } from './ScreenOutlet';
import { ShortcutsDialog } from './ShortcutsDialog';
import { Sidebar } from './Sidebar';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { CommandPalette } from '../features/search/CommandPalette';
import { startSearchAfterFirstPaint } from '../features/search/searchClient';
import { useCheckpointSchedule } from '../features/trust/useCheckpointSchedule';
import { useLiveSync } from '../features/couch/useLiveSync';
import { useDatabase } from './DatabaseContext';

/** A bare screen (the participant screen on a projector) fills the window: no navigation, no host calls. */
export function AppShell() {
  const bare = useRouteStore((state) => BARE_SCREENS.has(state.route.name));
  return bare ? (
    <main id="main" className="main main-bare">
      <ScreenOutlet />
    </main>
  ) : (
    <ConsoleShell />
  );
}

function ConsoleShell() {
  const mainRef = useRef<HTMLElement>(null);
  const href = useRouteStore((state) => routeHref(state.route));
  const firstRender = useRef(true);
  const db = useDatabase();
  useGlobalShortcuts();
  useCheckpointSchedule();
  useLiveSync();
  // The search index loads in its worker once the first screen is up, never before.
  useEffect(() => startSearchAfterFirstPaint(db), [db]);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const main = mainRef.current;
    if (!main) return undefined;
    main.scrollTop = 0;
    // The search box takes focus itself when it was asked for (Ctrl/Cmd+K).
    if (main.contains(document.activeElement) && document.activeElement !== main) return undefined;
    // Focusing lays the page out at once, so it waits for the next frame, which lays it out anyway; meanwhile the
    // rest of the screen can arrive without being laid out twice.
    let frame = 0;
    const focusHeading = (): boolean => {
      const heading = main.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      frame = requestAnimationFrame(() => {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      });
      return true;
    };
    // Screens that read their record first show the heading a moment later.
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    if (!focusHeading()) observer.observe(main, { childList: true, subtree: true });
    const giveUp = setTimeout(() => observer.disconnect(), 5_000);
    return () => {
      observer.disconnect();
      clearTimeout(giveUp);
      cancelAnimationFrame(frame);
    };
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
          <LegalReviewBanner />
          <ScreenOutlet />
        </main>
      </div>
      <Toaster />
      <ShortcutsDialog />
      <CommandPalette />
      <LeaveGuardDialog />
    </>
  );
}
