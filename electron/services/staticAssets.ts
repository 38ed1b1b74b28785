/**
 * Maps a URL path to a file of the built renderer (dist/renderer) and its media type, for the app:// protocol and the
 * loopback test host alike. It refuses anything that would leave the renderer folder (`..`, encoded separators, NUL,
 * symlinks pointing out), answers unknown routes with index.html so the single-page app can route them, and answers
 * missing assets (a path with a file extension) with not-found rather than HTML.
 */
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { securityHeaders } from './securityHeaders';

export type StaticAsset =
  | { readonly kind: 'file'; readonly filePath: string; readonly mediaType: string; readonly isIndex: boolean }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'forbidden'; readonly reason: string };

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export const INDEX_FILE = 'index.html';

export function mediaTypeFor(filePath: string): string {
  return MEDIA_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export async function resolveStaticAsset(rootDir: string, urlPathname: string): Promise<StaticAsset> {
  const relative = toRelativePath(urlPathname);
  if (typeof relative !== 'string') {
    return relative;
  }
  const root = await realRoot(rootDir);
  if (root === undefined) {
    return { kind: 'not-found' };
  }
  const candidate = path.resolve(root, relative.length === 0 ? INDEX_FILE : relative);
  if (!isInside(root, candidate)) {
    return forbidden('the path leaves the application folder');
  }

  const found = await existingFile(candidate);
  if (found === 'missing') {
    // A route such as /incidents/42 belongs to the single-page app; a missing /assets/app.js is a real 404.
    return path.extname(relative).length === 0 ? indexAsset(root) : { kind: 'not-found' };
  }
  const real = await realpath(candidate);
  if (!isInside(root, real)) {
    return forbidden('the path leads outside the application folder');
  }
  if (found === 'directory') {
    return indexAsset(root);
  }
  return { kind: 'file', filePath: real, mediaType: mediaTypeFor(real), isIndex: real === path.join(root, INDEX_FILE) };
}

/** Headers for a served asset: the security headers, its type, and no caching of index.html. */
export function staticAssetHeaders(asset: Extract<StaticAsset, { kind: 'file' }>): Record<string, string> {
  return {
    ...securityHeaders(),
    'Content-Type': asset.mediaType,
    'Cache-Control': asset.isIndex ? 'no-store' : 'no-cache',
  };
}

function toRelativePath(urlPathname: string): string | Extract<StaticAsset, { kind: 'forbidden' }> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return forbidden('the path is not valid percent-encoding');
  }
  if (decoded.includes('\0') || decoded.includes('\\')) {
    return forbidden('the path contains a NUL or a backslash');
  }
  const segments = decoded.split('/').filter((segment) => segment.length > 0);
  if (segments.some((segment) => segment === '..' || segment === '.' || /^[a-zA-Z]:$/.test(segment))) {
    return forbidden('the path contains a relative or drive segment');
  }
  return segments.join('/');
}

async function realRoot(rootDir: string): Promise<string | undefined> {
  try {
    return await realpath(path.resolve(rootDir));
  } catch {
    return undefined;
  }
}

async function indexAsset(root: string): Promise<StaticAsset> {
  const indexPath = path.join(root, INDEX_FILE);
  return (await existingFile(indexPath)) === 'file'
    ? { kind: 'file', filePath: indexPath, mediaType: mediaTypeFor(indexPath), isIndex: true }
    : { kind: 'not-found' };
}

async function existingFile(filePath: string): Promise<'file' | 'directory' | 'missing'> {
  try {
    const info = await stat(filePath);
    if (info.isFile()) {
      return 'file';
    }
    return info.isDirectory() ? 'directory' : 'missing';
  } catch {
    return 'missing';
  }
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  const leaves = relative === '..' || relative.startsWith(`..${path.sep}`);
  return !leaves && !path.isAbsolute(relative);
}

function forbidden(reason: string): Extract<StaticAsset, { kind: 'forbidden' }> {
  return { kind: 'forbidden', reason };
}
