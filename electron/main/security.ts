/**
 * Electron hardening, as plain decision functions plus thin glue that registers them. The decisions (may this page
 * navigate there? may this request leave? may a window open?) are exported and tested on their own; the glue takes
 * structural slices of Electron's WebContents and Session so a test can check it registers every one of them.
 */
import { isAppUrl } from './appUrl';

export { buildContentSecurityPolicy } from '../services/securityHeaders';

export type NavigationVerdict = 'allow' | 'deny';

/** A page may only ever show the app itself; every other destination is refused. */
export function decideNavigation(url: string): NavigationVerdict {
  return isAppUrl(url) ? 'allow' : 'deny';
}

/**
 * Cancels every request that is not for the app origin. data: and blob: URLs are the page's own in-memory bytes
 * (previews of evidence, generated PDFs), never network traffic, so they pass when a blob belongs to the app.
 */
export function shouldCancelRequest(url: string): boolean {
  if (isAppUrl(url) || url.startsWith('data:')) {
    return false;
  }
  if (url.startsWith('blob:')) {
    return !isAppUrl(url.slice('blob:'.length));
  }
  return true;
}

export function windowOpenHandler(): { action: 'deny' } {
  return { action: 'deny' };
}

/**
 * Permissions the console may use: only writing sanitized text to the clipboard (copying a hash or a reference), and
 * only from the app origin. Camera, microphone, geolocation, notifications, USB, HID and the rest are refused.
 */
const PERMITTED = new Set(['clipboard-sanitized-write']);

export function isPermissionGranted(permission: string, requestingUrl: string): boolean {
  return PERMITTED.has(permission) && isAppUrl(requestingUrl);
}

export function permissionRequestHandler(
  _contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { readonly requestingUrl?: string },
): void {
  callback(isPermissionGranted(permission, details.requestingUrl ?? ''));
}

export function permissionCheckHandler(_contents: unknown, permission: string, requestingOrigin: string): boolean {
  // A check carries an origin ("app://firebreak"), not a URL; make it one so isAppUrl judges it the same way.
  return isPermissionGranted(permission, `${requestingOrigin.replace(/\/$/, '')}/`);
}

export interface PreventableNavigation {
  readonly url: string;
  preventDefault(): void;
}

/** The slice of Electron's WebContents that the hardening touches. */
export interface HardenableWebContents {
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
  on(
    event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect',
    listener: (event: PreventableNavigation) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
}

/** The slice of Electron's Session that the hardening touches. */
export interface HardenableSession {
  setPermissionRequestHandler(handler: typeof permissionRequestHandler): void;
  setPermissionCheckHandler(handler: typeof permissionCheckHandler): void;
  readonly webRequest: {
    onBeforeRequest(
      listener: (details: { readonly url: string }, callback: (response: { cancel: boolean }) => void) => void,
    ): void;
  };
}

/** Registered for every WebContents the app creates (app 'web-contents-created'), not just the main window. */
export function hardenWebContents(contents: HardenableWebContents): void {
  contents.setWindowOpenHandler(windowOpenHandler);
  const refuseForeign = (event: PreventableNavigation): void => {
    if (decideNavigation(event.url) === 'deny') {
      event.preventDefault();
    }
  };
  contents.on('will-navigate', refuseForeign);
  // Subframes too: CSP and the request filter already stop them, this refuses them before any request is made.
  contents.on('will-frame-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler(permissionRequestHandler);
  session.setPermissionCheckHandler(permissionCheckHandler);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: shouldCancelRequest(details.url) }));
}
