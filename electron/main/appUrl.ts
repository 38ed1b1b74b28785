/**
 * The console's one origin inside Electron: app://firebreak/. Everything the renderer loads comes from here, and the
 * main process trusts messages only from a frame showing it. Plain functions, no Electron import, so tests run them.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'firebreak';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/`;

/**
 * True for app://firebreak/… only. `URL.origin` is "null" for schemes Node does not know as special, so the scheme
 * and host are compared one by one; credentials or a port never appear on the app origin.
 */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== undefined &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

export function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
