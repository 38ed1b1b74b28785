/**
 * A bundle past ZIP's 4 GiB limits (an evidence entry of 4.2 GiB, so its size and the central directory's offset
 * need ZIP64), checked by `unzip -t` and by the verifier, with the host's memory growth sampled meanwhile. It writes
 * and reads about 13 GB, so it runs only with FIREBREAK_BUNDLE_LARGE=1; every other test takes the same ZIP64 path
 * with small entries.
 */
import { open, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyBundle } from '../../../electron/services/bundles/bundleVerifier';
import { describeFile, writeBundle } from '../../../electron/services/bundles/bundleWriter';
import { evidenceEntryName } from '../../../shared/domain/bundles/entryNames';
import { uuidv7 } from '../../../shared/domain/ids';
import { temporaryFolder } from '../helpers';
import { newInstallationKey, run } from './keys';

const SIZE = 4.2 * 1024 ** 3 - ((4.2 * 1024 ** 3) % 4096);

describe.runIf(process.env.FIREBREAK_BUNDLE_LARGE === '1')('ZIP64 beyond 4 GiB', () => {
  it('writes, tests and verifies a bundle with a 4.2 GiB evidence entry in bounded memory', async () => {
    const folder = await temporaryFolder('firebreak-zip64-');
    const evidencePath = path.join(folder, 'evidence.bin');
    const handle = await open(evidencePath, 'w');
    await handle.write(Buffer.from('start of a large capture'), 0, undefined, 0);
    await handle.truncate(SIZE);
    await handle.write(Buffer.from('end of a large capture'), 0, undefined, SIZE - 100);
    await handle.close();
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 50);
    try {
      const source = await describeFile('pending', evidencePath);
      const evidence = { ...source, name: evidenceEntryName(source.sha256) };
      const bundlePath = path.join(folder, 'large.fbundle');
      const started = Date.now();
      await writeBundle(bundlePath, await newInstallationKey(), {
        bundleId: uuidv7(),
        createdAt: new Date().toISOString(),
        sender: { installationId: uuidv7(), siteCode: 'LON' },
        counts: {},
        hlcRange: null,
        entries: [evidence],
      });
      const written = Date.now();
      const verified = await verifyBundle(bundlePath);
      const checked = Date.now();
      expect(verified.entries.map((entry) => entry.size)).toEqual([SIZE]);
      const tested = await run('unzip', ['-t', bundlePath]);
      expect(tested.code, tested.output).toBe(0);
      console.log(
        `BENCH ${JSON.stringify({
          name: 'bundle-zip64',
          bytes: SIZE,
          writeMBps: Math.round(SIZE / 1e6 / ((written - started) / 1000)),
          verifyMBps: Math.round(SIZE / 1e6 / ((checked - written) / 1000)),
          rssGrowthMB: Math.round((rssPeak - rssBefore) / 1e6),
        })}`,
      );
      expect(rssPeak - rssBefore).toBeLessThan(300e6);
    } finally {
      clearInterval(sampler);
      await rm(folder, { recursive: true, force: true });
    }
  }, 600_000);
});
