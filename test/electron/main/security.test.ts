/**
 * Reads the real security configuration — the BrowserWindow options main.ts uses, the CSP every page is served with,
 * the decision functions and the glue that registers them — and checks it does what the brief promises.
 */
import { describe, expect, it } from 'vitest';
import {
  buildContentSecurityPolicy,
  decideNavigation,
  hardenSession,
  hardenWebContents,
  isPermissionGranted,
  permissionCheckHandler,
  permissionRequestHandler,
  shouldCancelRequest,
  windowOpenHandler,
} from '../../../electron/main/security';
import type { HardenableSession, HardenableWebContents, PreventableNavigation } from '../../../electron/main/security';
import { mainWindowOptions } from '../../../electron/main/windowOptions';
import { buildMenuTemplate } from '../../../electron/main/menu';
import { securityHeaders } from '../../../electron/services/securityHeaders';

function parseCsp(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('BrowserWindow options', () => {
  it('isolate, sandbox and strip Node from the renderer', () => {
    const options = mainWindowOptions({ preloadPath: '/app/dist/electron/preload.cjs', devTools: false });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
    expect(options.show).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  const policy = buildContentSecurityPolicy();
  const directives = parseCsp(policy);

  it('is the strict policy, word for word', () => {
    expect(policy).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; worker-src 'self' blob:; manifest-src 'self'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'; object-src blob:",
    );
  });

  it('names no remote origin and allows no inline or eval script', () => {
    const sources = [...directives.values()].flat();
    expect(sources.filter((source) => /^(https?:|wss?:|\*)|\*/.test(source))).toEqual([]);
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(sources).not.toContain("'unsafe-eval'");
    expect(directives.get('default-src')).toEqual(["'none'"]);
    // Only the PDF viewer over a blob: URL the page itself made; never a plugin from a file or another origin.
    expect(directives.get('object-src')).toEqual(['blob:']);
  });

  it('is sent with the companion headers', () => {
    expect(securityHeaders()).toEqual({
      'Content-Security-Policy': policy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
  });
});

describe('navigation, requests, windows and permissions', () => {
  it('lets a page navigate only within app://firebreak', () => {
    expect(decideNavigation('app://firebreak/incidents/42')).toBe('allow');
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:4180/',
      'file:///etc/passwd',
      'app://other/',
      'app://user@firebreak/',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(decideNavigation(url), url).toBe('deny');
    }
  });

  it('cancels every request that is not the app’s own', () => {
    const verdicts = Object.fromEntries(
      [
        'app://firebreak/assets/index.js',
        'data:image/png;base64,AAAA',
        'blob:app://firebreak/2b5d0c4e',
        'blob:https://example.com/2b5d0c4e',
        'https://fonts.googleapis.com/css',
        'http://localhost:5173/',
        'ws://127.0.0.1:1/',
        'file:///etc/hosts',
        'devtools://devtools/bundled/inspector.html',
      ].map((url) => [url, shouldCancelRequest(url)]),
    );
    expect(verdicts).toEqual({
      'app://firebreak/assets/index.js': false,
      'data:image/png;base64,AAAA': false,
      'blob:app://firebreak/2b5d0c4e': false,
      'blob:https://example.com/2b5d0c4e': true,
      'https://fonts.googleapis.com/css': true,
      'http://localhost:5173/': true,
      'ws://127.0.0.1:1/': true,
      'file:///etc/hosts': true,
      'devtools://devtools/bundled/inspector.html': true,
    });
  });

  it('denies every new window', () => {
    expect(windowOpenHandler()).toEqual({ action: 'deny' });
  });

  it('denies permissions except sanitized clipboard writes from the app', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://firebreak/')).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'hid',
      'usb',
      'openExternal',
    ]) {
      expect(isPermissionGranted(permission, 'app://firebreak/'), permission).toBe(false);
    }
    const answers: boolean[] = [];
    permissionRequestHandler(null, 'media', (granted) => answers.push(granted), { requestingUrl: 'app://firebreak/' });
    expect(answers).toEqual([false]);
    expect(permissionCheckHandler(null, 'geolocation', 'app://firebreak')).toBe(false);
    expect(permissionCheckHandler(null, 'clipboard-sanitized-write', 'app://firebreak')).toBe(true);
  });
});

describe('hardening glue', () => {
  it('registers the window-open handler and refuses foreign navigation, redirects and webviews', () => {
    const listeners = new Map<string, (event: PreventableNavigation) => void>();
    let openHandler: (() => { action: 'deny' }) | undefined;
    const contents: HardenableWebContents = {
      setWindowOpenHandler: (handler) => {
        openHandler = handler;
      },
      on: (event: string, listener: (event: PreventableNavigation) => void) => {
        listeners.set(event, listener);
        return contents;
      },
    };
    hardenWebContents(contents);

    expect(openHandler?.()).toEqual({ action: 'deny' });
    expect([...listeners.keys()].sort()).toEqual([
      'will-attach-webview',
      'will-frame-navigate',
      'will-navigate',
      'will-redirect',
    ]);
    const attempt = (event: string, url: string): boolean => {
      let prevented = false;
      listeners.get(event)?.({ url, preventDefault: () => (prevented = true) });
      return prevented;
    };
    expect(attempt('will-navigate', 'https://example.com/')).toBe(true);
    expect(attempt('will-navigate', 'app://firebreak/incidents')).toBe(false);
    expect(attempt('will-frame-navigate', 'https://example.com/frame')).toBe(true);
    expect(attempt('will-redirect', 'http://127.0.0.1/')).toBe(true);
    expect(attempt('will-attach-webview', 'app://firebreak/')).toBe(true);
  });

  it('registers permission handlers and the request filter on the session', () => {
    const registered: Partial<Record<string, unknown>> = {};
    let filter: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | undefined;
    const session: HardenableSession = {
      setPermissionRequestHandler: (handler) => (registered.request = handler),
      setPermissionCheckHandler: (handler) => (registered.check = handler),
      webRequest: { onBeforeRequest: (listener) => (filter = listener) },
    };
    hardenSession(session);

    expect(registered).toEqual({ request: permissionRequestHandler, check: permissionCheckHandler });
    const cancelled = (url: string): boolean | undefined => {
      let answer: boolean | undefined;
      filter?.({ url }, (response) => (answer = response.cancel));
      return answer;
    };
    expect(cancelled('https://example.com/telemetry')).toBe(true);
    expect(cancelled('app://firebreak/index.html')).toBe(false);
  });
});

describe('application menu', () => {
  const accelerators = (template: ReturnType<typeof buildMenuTemplate>): string[] =>
    template.flatMap((item) => [
      ...(typeof item.accelerator === 'string' ? [item.accelerator] : []),
      ...(Array.isArray(item.submenu) ? accelerators(item.submenu) : []),
    ]);
  const roles = (template: ReturnType<typeof buildMenuTemplate>): string[] =>
    template.flatMap((item) => [
      ...(item.role === undefined ? [] : [item.role]),
      ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
    ]);

  it('uses standard roles, leaves Ctrl/Cmd+N to the renderer, and reloads only in development', () => {
    const production = buildMenuTemplate({ isMac: false, isDev: false });
    expect(roles(production)).toEqual([
      'fileMenu',
      'editMenu',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
      'windowMenu',
    ]);
    expect(accelerators(production).filter((key) => /\+N$/i.test(key))).toEqual([]);
    expect(roles(buildMenuTemplate({ isMac: true, isDev: true }))).toEqual([
      'appMenu',
      'fileMenu',
      'editMenu',
      'reload',
      'forceReload',
      'toggleDevTools',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
      'windowMenu',
    ]);
  });
});
