import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { mediaTypeFor, resolveStaticAsset } from '../../../electron/services/staticAssets';
import { temporaryFolder } from '../helpers';

let root: string;
let outside: string;

beforeEach(async () => {
  const base = await temporaryFolder();
  root = path.join(base, 'renderer');
  outside = path.join(base, 'secret.txt');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Firebreak</title>');
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(outside, 'not for the renderer');
  await symlink(outside, path.join(root, 'assets', 'leak.txt'));
});

describe('resolveStaticAsset', () => {
  it('serves files with their media type, and index.html for / and for app routes', async () => {
    expect(await resolveStaticAsset(root, '/assets/index-abc.js')).toEqual({
      kind: 'file',
      filePath: path.join(root, 'assets', 'index-abc.js'),
      mediaType: 'text/javascript; charset=utf-8',
      isIndex: false,
    });
    const index = {
      kind: 'file',
      filePath: path.join(root, 'index.html'),
      mediaType: 'text/html; charset=utf-8',
      isIndex: true,
    };
    expect(await resolveStaticAsset(root, '/')).toEqual(index);
    expect(await resolveStaticAsset(root, '/incidents/INC-2026-0042')).toEqual(index);
    expect(await resolveStaticAsset(root, '/assets')).toEqual(index);
  });

  it('answers a missing asset with not-found rather than HTML', async () => {
    expect(await resolveStaticAsset(root, '/assets/missing.js')).toEqual({ kind: 'not-found' });
    expect(await resolveStaticAsset(path.join(root, 'nowhere'), '/')).toEqual({ kind: 'not-found' });
  });

  it('refuses every way out of the folder', async () => {
    for (const attempt of [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/assets/%00.js',
      '/C:/Windows/win.ini',
      '/%E0%A4%A',
      '/assets/leak.txt',
    ]) {
      expect((await resolveStaticAsset(root, attempt)).kind, attempt).toBe('forbidden');
    }
  });

  it('knows the media types the renderer ships', () => {
    expect(['a.css', 'a.svg', 'a.woff2', 'a.wasm', 'a.unknown'].map(mediaTypeFor)).toEqual([
      'text/css; charset=utf-8',
      'image/svg+xml',
      'font/woff2',
      'application/wasm',
      'application/octet-stream',
    ]);
  });
});
