/**
 * What the page was opened with: the test host's bearer token and the demo flag. They are read from the URL once,
 * kept in sessionStorage (so a reload of this window keeps them, and nothing else sees them), and removed from the
 * address bar at once so the token does not linger in history or screenshots.
 */
const TOKEN_KEY = 'firebreak.hostToken';
const DEMO_KEY = 'firebreak.demo';
const LAUNCH_PARAMS = ['token', 'demo'] as const;

export interface LaunchOptions {
  readonly token: string | undefined;
  readonly demo: boolean;
}

let cached: LaunchOptions | undefined;

function readSession(key: string): string | undefined {
  try {
    return sessionStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function writeSession(key: string, value: string): void {
  try {
    sessionStorage.setItem(key, value);
  } catch {
    // Storage can be unavailable (privacy settings); the value then lives only for this page load.
  }
}

export function launchOptions(): LaunchOptions {
  if (cached) return cached;
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token') ?? undefined;
  const demoParam = url.searchParams.get('demo');
  if (token !== undefined) writeSession(TOKEN_KEY, token);
  if (demoParam !== null) writeSession(DEMO_KEY, demoParam === '1' || demoParam === 'true' ? '1' : '0');
  if (LAUNCH_PARAMS.some((param) => url.searchParams.has(param))) {
    for (const param of LAUNCH_PARAMS) url.searchParams.delete(param);
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  }
  cached = { token: token ?? readSession(TOKEN_KEY), demo: (readSession(DEMO_KEY) ?? '0') === '1' };
  return cached;
}
