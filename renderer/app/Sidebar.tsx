/**
 * The left navigation: the product, each capability's entries (less those that change records in legal review mode),
 * the legal review switch, who is signed in here, theme and shortcuts.
 */
import type { MouseEvent } from 'react';
import { Icon } from '../ui/Icon';
import { useLiveSyncStore } from '../features/couch/liveSyncStore';
import { usePaletteStore } from '../features/search/paletteStore';
import { NAVIGATION } from './capabilities';
import { LegalReviewSwitch } from './LegalReviewSwitch';
import { useSession } from './ProfileContext';
import { navigate, useRouteStore } from './routeStore';
import { routeHref, type Route } from './routes';
import { effectiveTheme, useThemeStore } from './themeStore';
import { MOD_LABEL } from './shortcuts';
import { useUiStore } from './uiStore';
import { useReadOnly } from './useLegalReview';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

function follow(event: MouseEvent<HTMLAnchorElement>, route: Route): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(route);
}

export function Sidebar() {
  const current = useRouteStore((state) => state.route.name);
  const { profile } = useSession();
  const preference = useThemeStore((state) => state.preference);
  const setPreference = useThemeStore((state) => state.setPreference);
  const openShortcuts = useUiStore((state) => state.setShortcutsOpen);
  const openPalette = usePaletteStore((state) => state.setOpen);
  const readOnly = useReadOnly();
  const theme = effectiveTheme(preference);
  const nextTheme = theme === 'dark' ? 'light' : 'dark';

  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          <Icon name="shield" size={18} />
        </span>
        <span className="brand-text">
          <span className="brand-name">Firebreak</span>
          <span className="brand-tagline">AI incident console</span>
        </span>
      </div>
      <ul className="nav-list">
        {NAVIGATION.filter((item) => !(readOnly && item.changes)).map((item) => {
          const active = item.matches.includes(current);
          return (
            <li key={item.label}>
              <a
                className={active ? 'nav-link is-active' : 'nav-link'}
                href={routeHref(item.route)}
                aria-current={active ? 'page' : undefined}
                aria-keyshortcuts={item.shortcut ? item.shortcut.replace(' ', '+').replace('⌘', 'Meta') : undefined}
                onClick={(event) => follow(event, item.route)}
              >
                <Icon name={item.icon} />
                <span className="nav-label">{item.label}</span>
                {item.Badge ? <item.Badge /> : null}
                {item.shortcut ? (
                  <kbd className="nav-kbd" aria-hidden="true">
                    {item.shortcut}
                  </kbd>
                ) : null}
              </a>
            </li>
          );
        })}
      </ul>
      <div className="sidebar-footer">
        <LegalReviewSwitch />
        <SyncNote />
        <div className="sidebar-tools">
          <button
            type="button"
            className="sidebar-tool"
            onClick={() => openPalette(true)}
            aria-label="Search everywhere"
            aria-keyshortcuts={MOD_LABEL === 'Ctrl' ? 'Control+K' : 'Meta+K'}
            title={`Search everywhere (${MOD_LABEL}+K)`}
          >
            <Icon name="search" />
          </button>
          <button
            type="button"
            className="sidebar-tool"
            onClick={() => setPreference(nextTheme)}
            aria-label={`Switch to ${nextTheme} theme`}
            title={`Switch to ${nextTheme} theme`}
          >
            <Icon name={theme === 'dark' ? 'sun' : 'moon'} />
          </button>
          <button
            type="button"
            className="sidebar-tool"
            onClick={() => openShortcuts(true)}
            aria-label="Keyboard shortcuts"
            title="Keyboard shortcuts (?)"
          >
            <Icon name="keyboard" />
          </button>
        </div>
        <div className="responder">
          <span className="avatar" aria-hidden="true">
            {initials(profile.name)}
          </span>
          <span className="responder-text">
            <span className="responder-name">{profile.name}</span>
            <span className="responder-role">{profile.role}</span>
          </span>
        </div>
      </div>
    </nav>
  );
}

/** Where this machine's data goes: nowhere, or to the LAN's live sync server (and whether that is reached now). */
function SyncNote() {
  const phase = useLiveSyncStore((state) => (state.configured ? (state.status?.phase ?? 'starting') : null));
  const words =
    phase === null
      ? 'Offline · data stays on this machine'
      : phase === 'connected'
        ? 'Live sync · connected to the LAN server'
        : phase === 'paused'
          ? 'Live sync paused · data stays here'
          : phase === 'offline' || phase === 'failed'
            ? 'Live sync offline · changes wait here'
            : 'Live sync · connecting';
  return (
    <p className="offline-note">
      <span
        className={`offline-dot${phase === 'offline' || phase === 'failed' ? ' offline-dot-waiting' : ''}`}
        aria-hidden="true"
      />
      {words}
    </p>
  );
}
