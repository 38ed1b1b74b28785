/**
 * The Content-Security-Policy and companion headers every renderer page is served with, by the app:// protocol in
 * Electron and by the loopback test host. No directive names a remote origin: the console loads only what it ships.
 */

/** Each directive and its sources; `'self'` is the app origin (app://firebreak, or the test host's own origin). */
export const CONTENT_SECURITY_POLICY: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  // Evidence intake hashes with hash-wasm (SHA-256 compiled to WebAssembly), which is bundled with the app.
  // 'wasm-unsafe-eval' permits compiling WebAssembly only; JavaScript eval stays refused.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // React style props go through the CSSOM, which CSP does not govern; the stylesheet is a bundled file.
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  // The test host's renderer reaches its /ipc endpoint on its own origin; Electron's uses IPC and needs none.
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
  // PDF evidence is previewed by the browser's own viewer from a blob: URL the page made; nothing else embeds.
  'object-src': ['blob:'],
};

export function buildContentSecurityPolicy(
  directives: Readonly<Record<string, readonly string[]>> = CONTENT_SECURITY_POLICY,
): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** Headers for every page and asset the console serves. */
export function securityHeaders(): Readonly<Record<string, string>> {
  return {
    'Content-Security-Policy': buildContentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}
