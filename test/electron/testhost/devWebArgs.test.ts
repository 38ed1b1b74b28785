import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDevWebArgs } from '../../../electron/testhost/devWebArgs';

describe('parseDevWebArgs', () => {
  it('defaults to the stable port, ~/Firebreak exports, no demo, and a fresh build', () => {
    expect(parseDevWebArgs([], '/home/ada')).toEqual({
      port: undefined,
      outputDir: path.join('/home/ada', 'Firebreak exports'),
      demo: false,
      build: true,
    });
  });

  it('reads --port, --out, --demo and --no-build', () => {
    expect(parseDevWebArgs(['--demo', '--port', '5000', '--out', '/tmp/out', '--no-build'], '/home/ada')).toEqual({
      port: 5000,
      outputDir: '/tmp/out',
      demo: true,
      build: false,
    });
  });

  it('explains a bad option in words', () => {
    expect(() => parseDevWebArgs(['--port', 'http'])).toThrow('--port needs a whole number from 1 to 65535, not http.');
    expect(() => parseDevWebArgs(['--port'])).toThrow(/--port needs a value/);
    expect(() => parseDevWebArgs(['--out', '--demo'])).toThrow(/--out needs a value/);
    expect(() => parseDevWebArgs(['--verbose'])).toThrow(/Unknown option --verbose\. Usage: npm run dev:web/);
  });
});
