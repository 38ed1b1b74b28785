/**
 * `npm run bench:bundles`: one evidence file (1 GiB of random bytes by default; FIREBREAK_BENCH_BUNDLE_MB sets it, and
 * 4300 takes the entry past ZIP's 4 GiB limits, checked by `unzip -t` like every size)
 * through the host's bundle format — write, verify, age-encrypt, age-decrypt — beside `sha256sum` and the `age` CLI on
 * the same bytes, with the host's RSS growth sampled throughout. Prints readable figures and one `BENCH {...}` line.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { decryptFile, encryptFile } from '../../electron/services/bundles/age';
import { formatAgeRecipient, generateAgeIdentity } from '../../electron/services/bundles/ageKeys';
import { verifyBundle } from '../../electron/services/bundles/bundleVerifier';
import { fileSource, writeBundle } from '../../electron/services/bundles/bundleWriter';
import { ensureInstallationKey } from '../../electron/services/trust/installationKey';
import { evidenceEntryName } from '../../shared/domain/bundles/entryNames';
import { uuidv7 } from '../../shared/domain/ids';

const megabytes = Number(process.env.FIREBREAK_BENCH_BUNDLE_MB ?? 1024);
const bytes = megabytes * 1024 * 1024;
const folder = await mkdtemp(path.join(os.tmpdir(), 'firebreak-bench-bundles-'));
const rssBefore = process.memoryUsage().rss;
let rssPeak = rssBefore;
const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 50);

function shell(command: string): string {
  const result = spawnSync('sh', ['-c', command], { cwd: folder, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return result.stdout;
}

async function timed(what: () => unknown): Promise<number> {
  const started = performance.now();
  await what();
  return Math.round(bytes / 1e6 / ((performance.now() - started) / 1000));
}

try {
  shell(`head -c ${bytes} /dev/urandom > evidence.bin`);
  let sha256 = '';
  const sha256sumMBps = await timed(() => (sha256 = shell('sha256sum evidence.bin').slice(0, 64)));
  let secret: string | undefined;
  const key = await ensureInstallationKey({
    location: ':memory:',
    protection: () => ({ kind: 'host' }),
    read: () => Promise.resolve(secret),
    write: (value) => Promise.resolve(void (secret = value)),
  });
  const bundlePath = path.join(folder, 'b.fbundle');
  const writeMBps = await timed(() =>
    writeBundle(bundlePath, key, {
      bundleId: uuidv7(),
      createdAt: new Date().toISOString(),
      sender: { installationId: uuidv7(), siteCode: 'LON' },
      counts: {},
      hlcRange: null,
      entries: [fileSource(evidenceEntryName(sha256), path.join(folder, 'evidence.bin'), bytes, sha256)],
    }),
  );
  const verifyMBps = await timed(() => verifyBundle(bundlePath));
  // The standard tool agrees (past 4 GiB with FIREBREAK_BENCH_BUNDLE_MB=4300, where sizes and offsets need ZIP64).
  shell('unzip -tq b.fbundle');
  const identity = generateAgeIdentity();
  const encryptMBps = await timed(() => encryptFile(bundlePath, `${bundlePath}.age`, [identity.publicKey]));
  const decryptMBps = await timed(() =>
    decryptFile(`${bundlePath}.age`, path.join(folder, 'opened.fbundle'), identity),
  );
  const ageCliEncryptMBps = await timed(() =>
    shell(`age -r ${formatAgeRecipient(identity.publicKey)} -o cli.age b.fbundle`),
  );
  const figures = {
    name: 'bundles',
    megabytes,
    sha256sumMBps,
    writeMBps,
    verifyMBps,
    encryptMBps,
    decryptMBps,
    ageCliEncryptMBps,
    rssGrowthMB: Math.round((rssPeak - rssBefore) / 1e6),
  };
  console.log(
    `${megabytes} MiB evidence: sha256sum ${sha256sumMBps} MB/s; bundle write ${writeMBps} MB/s, verify ${verifyMBps} ` +
      `MB/s; age encrypt ${encryptMBps} MB/s (age CLI ${ageCliEncryptMBps} MB/s), decrypt ${decryptMBps} MB/s; ` +
      `host RSS growth ${figures.rssGrowthMB} MB`,
  );
  console.log(`BENCH ${JSON.stringify(figures)}`);
} finally {
  clearInterval(sampler);
  await rm(folder, { recursive: true, force: true });
}
