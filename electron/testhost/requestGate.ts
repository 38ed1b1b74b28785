/**
 * Who the loopback test host answers: only requests addressed to itself (`Host` is `127.0.0.1:<port>` or
 * `localhost:<port>`, which shuts out DNS rebinding: a page on attacker.example that resolves to 127.0.0.1 still
 * sends `Host: attacker.example`) and carrying the per-run token. A page is opened once with `?token=`; that answer
 * sets the token as an HttpOnly, SameSite=Strict cookie named after the port, so the page's own scripts, styles,
 * fonts and workers load without the token in their URLs. IPC does not accept the cookie: it needs the bearer token,
 * so a cross-site form or link can never call the host.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export interface HostGate {
  readonly token: string;
  readonly port: number;
}

/** The Host values this host answers to. */
export function ownHosts(port: number): readonly string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** The origins a browser may send from a page this host served. */
export function ownOrigins(port: number): readonly string[] {
  return ownHosts(port).map((host) => `http://${host}`);
}

export function isOwnHost(headers: IncomingHttpHeaders, port: number): boolean {
  return ownHosts(port).includes((headers.host ?? '').toLowerCase());
}

/** Cookie names are not scoped by port, so two hosts on one machine must not overwrite each other's. */
export function tokenCookieName(port: number): string {
  return `firebreak-token-${port}`;
}

export function tokenCookie(gate: HostGate): string {
  return `${tokenCookieName(gate.port)}=${encodeURIComponent(gate.token)}; HttpOnly; SameSite=Strict; Path=/`;
}

export function sameSecret(presented: string, expected: string): boolean {
  const a = Buffer.from(presented, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  for (const part of (headers.cookie ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) {
      try {
        return decodeURIComponent(part.slice(separator + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export type PageVerdict =
  | { readonly allowed: true; /** Set the cookie: the token came in the URL. */ readonly setCookie: boolean }
  | { readonly allowed: false; readonly status: 401 | 403; readonly message: string };

/** The gate for everything but IPC: the page, its assets and any route the single-page app owns. */
export function judgePageRequest(headers: IncomingHttpHeaders, url: URL, gate: HostGate): PageVerdict {
  if (!isOwnHost(headers, gate.port)) {
    return {
      allowed: false,
      status: 403,
      message: `Forbidden: this test host answers only to 127.0.0.1:${gate.port} or localhost:${gate.port}.`,
    };
  }
  const queryToken = url.searchParams.get('token');
  if (queryToken !== null && sameSecret(queryToken, gate.token)) return { allowed: true, setCookie: true };
  const cookieToken = cookieValue(headers, tokenCookieName(gate.port));
  if (cookieToken !== undefined && sameSecret(cookieToken, gate.token)) return { allowed: true, setCookie: false };
  return {
    allowed: false,
    status: 401,
    message: 'This test host answers only with its per-run token: open the address it printed, token included.',
  };
}
