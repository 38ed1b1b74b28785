/** `npm run -s clocks -- FILE.json` as a person runs it: JSON on stdout, or one line on stderr and a non-zero exit. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'firebreak-clocks-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function runClocks(contents: string | undefined, ...extra: string[]) {
  const args: string[] = [];
  if (contents !== undefined) {
    const path = join(folder, `input-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(path, contents);
    args.push(path);
  }
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', '-s', 'clocks', '--', ...args, ...extra], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run -s clocks', () => {
  it('prints every clock of the input as {"clocks":[…]}', () => {
    // GDPR: aware Friday 20 March 2026 09:15 CET = 08:15Z, + 72 h = Monday 23 March 08:15Z. NIS2's final report has no
    // notification submitted yet.
    const { status, stdout, stderr } = runClocks(
      JSON.stringify({
        regimes: ['gdpr-art33', 'nis2-art23'],
        timeZone: 'Europe/Brussels',
        country: 'BE',
        holidays: [],
        anchors: { awareAt: '2026-03-20T09:15:00+01:00' },
        facts: {},
      }),
    );
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    const output = JSON.parse(stdout) as { clocks: { regime: string; stage: string; dueAt: string | null }[] };
    expect(Object.keys(output)).toEqual(['clocks']);
    expect(output.clocks.map(({ regime, stage, dueAt }) => ({ regime, stage, dueAt }))).toEqual([
      { regime: 'gdpr-art33', stage: 'authority', dueAt: '2026-03-23T08:15:00.000Z' },
      { regime: 'nis2-art23', stage: 'early-warning', dueAt: '2026-03-21T08:15:00.000Z' },
      { regime: 'nis2-art23', stage: 'notification', dueAt: '2026-03-23T08:15:00.000Z' },
      { regime: 'nis2-art23', stage: 'final', dueAt: null },
    ]);
    expect(output.clocks[0]).toMatchObject({ basis: expect.stringContaining('GDPR) Art. 33(1)') });
  });

  it.each([
    ['not JSON', '{"regimes": [', /^.+input-\w+\.json: not valid JSON \(.+\)\.$/],
    ['not an object', '[1, 2]', /: give one JSON object with regimes, timeZone, country and anchors\.$/],
    [
      'a misspelt anchor',
      '{"regimes":["gdpr-art33"],"timeZone":"Europe/Brussels","country":"BE","anchors":{"awareat":"2026-03-20T09:15:00Z"}}',
      /: anchors: Unknown field "awareat"\.$/,
    ],
    [
      'an unknown regime and zone',
      '{"regimes":["gdpr"],"timeZone":"Europe/Bruxelles","country":"BE"}',
      /: regimes\.0: Use regime ids from: .+; timeZone: This is not an IANA time zone name/,
    ],
  ])('refuses %s with one line and exit code 1', (_name, contents, message) => {
    const { status, stdout, stderr } = runClocks(contents);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(message);
  });

  it('refuses a missing file with one line', () => {
    const { status, stderr } = runClocks(undefined, join(folder, 'absent.json'));
    expect(status).toBe(1);
    expect(stderr).toBe(`${join(folder, 'absent.json')}: no such file.\n`);
  });

  it('says how to use it when no file is given', () => {
    const { status, stderr } = runClocks(undefined);
    expect(status).toBe(64);
    expect(stderr).toMatch(/^Give exactly one input file\. Usage: npm run -s clocks -- FILE\.json/);
  });
});
