/**
 * Live sync with two browser profiles (two test hosts, two sites) through an express-pouchdb memory server started
 * here on loopback. Both sites set the server up in Settings › Live sync; each finds the other's first revision (its
 * responder's person record) in Quarantine with who it claims to be from, trusts that signer and releases it. Then an
 * incident declared on LON is on BER within 2 s; both change its severity while the server is stopped (both keep
 * working, both say Offline), the server comes back, and the severity is the same conflict on both conflicts screens;
 * a revision written straight into the server with an untrusted key shows in Quarantine on both. Screenshots of
 * Settings › Live sync in light and dark go to /tmp/couchapp/.
 */
import { generateKeyPairSync, sign, createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { childRev, revisionsOf, signedContentOf } from '../../shared/domain/couch/revision';
import { startCouchServer, type CouchServer } from '../renderer/db/couch/couchServer';
import { onboard, openConsole, type Console } from './harness';

const SHOTS = '/tmp/couchapp';
const opened: Console[] = [];
let couch: CouchServer | undefined;

afterEach(async () => {
  for (const app of opened.splice(0)) await app.close();
  await couch?.stop();
  couch = undefined;
});

function nav(page: Page, name: RegExp) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
}

async function openLiveSync(page: Page): Promise<void> {
  await nav(page, /Settings/).click();
  await page.getByRole('link', { name: 'Open Live sync settings' }).click();
  await page.getByRole('heading', { name: 'Live sync', level: 1 }).waitFor();
}

async function connect(page: Page, url: string): Promise<void> {
  await openLiveSync(page);
  await page.getByLabel('Database URL').fill(url);
  await page.getByRole('button', { name: 'Save and connect' }).click();
  await status(page, /Connected/);
}

async function status(page: Page, text: RegExp): Promise<void> {
  await expect
    .poll(async () => (await page.getByRole('status', { name: 'Live sync status' }).textContent()) ?? '', {
      timeout: 60_000,
    })
    .toMatch(text);
}

/** Trusts the signer of the quarantined revision whose label matches, and releases what it signed. */
async function trustFromQuarantine(page: Page, label: RegExp): Promise<void> {
  const item = page.getByRole('listitem', { name: label });
  await item.waitFor({ timeout: 60_000 });
  await item.getByRole('button', { name: 'Trust signer and release' }).click();
  const dialog = page.getByRole('dialog', { name: /^Trust Firebreak at/ });
  await dialog.getByLabel('Why you trust it').fill('Same response team; fingerprint read out on the bridge call.');
  await dialog.getByRole('button', { name: 'Trust and release' }).click();
  await expect.poll(() => item.count(), { timeout: 60_000 }).toBe(0);
}

async function declare(page: Page, title: string): Promise<void> {
  await nav(page, /Declare/).click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Summary').fill(`${title}: seen by monitoring.`);
  await page.getByRole('checkbox', { name: 'Prompt injection' }).check();
  await page.getByRole('radio', { name: /SEV2/ }).check();
  await page.getByRole('button', { name: 'Declare incident' }).click();
  await page.getByRole('heading', { name: title }).waitFor();
}

/** When the incident titled `title` was written on this site: its `createdAt`, stamped in the write's transaction. */
function writtenAt(page: Page, title: string): Promise<number> {
  return page.evaluate(async (wanted) => {
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      if (!db.objectStoreNames.contains('incidents')) {
        db.close();
        continue;
      }
      const rows = await new Promise<{ title: string; createdAt: string }[]>((resolve, reject) => {
        const request = db.transaction('incidents').objectStore('incidents').getAll();
        request.onsuccess = () => resolve(request.result as { title: string; createdAt: string }[]);
        request.onerror = () => reject(request.error);
      });
      db.close();
      const row = rows.find((incident) => incident.title === wanted);
      if (row) return Date.parse(row.createdAt);
    }
    throw new Error(`No incident titled ${wanted}.`);
  }, title);
}

async function setSeverity(page: Page, title: string, severity: 'SEV1' | 'SEV3'): Promise<void> {
  await nav(page, /Incidents/).click();
  await page.getByRole('link', { name: new RegExp(title) }).first().click();
  await page.getByRole('button', { name: 'Edit incident' }).click();
  await page.getByRole('radio', { name: new RegExp(severity) }).check();
  await page.getByRole('button', { name: 'Save changes' }).click();
  if (severity === 'SEV3') {
    const lower = page.getByRole('dialog', { name: /^Lower the severity/ });
    await lower.getByLabel('Why the severity is lowered').fill('BER found only internal test tenants.');
    await lower.getByRole('button', { name: 'Lower severity and save' }).click();
  }
  await page.getByRole('button', { name: 'Edit incident' }).waitFor();
}

/**
 * A forger with server access and a key of their own, claiming site XXX: a child of the incident's revision on the
 * server that renames it, signed with a key nobody trusts, written straight into the server.
 */
async function plantForgery(server: CouchServer, title: string): Promise<void> {
  const listed = (await (await fetch(`${server.databaseUrl}/_all_docs?include_docs=true`)).json()) as {
    rows: { doc: { _id: string; _rev: string; record?: { title?: string }; sync: unknown } }[];
  };
  const genuine = listed.rows.map((row) => row.doc).find((doc) => doc.record?.title === title);
  if (!genuine) throw new Error(`No incident "${title}" on the server.`);
  const forger = generateKeyPairSync('ed25519');
  const raw = forger.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const sync = structuredClone(genuine.sync) as { fields: Record<string, { value: unknown }> };
  sync.fields.title!.value = 'Planted by someone with server access';
  const record = { ...genuine.record, title: 'Planted by someone with server access' };
  const content = signedContentOf(genuine._id, record, sync as never);
  const rev = childRev(genuine._rev, content);
  await server.putAsIs({
    _id: genuine._id,
    _rev: rev,
    _revisions: revisionsOf(rev, genuine._rev),
    record,
    sync,
    signature: {
      installationId: 'forger',
      siteCode: 'XXX',
      fingerprint: createHash('sha256').update(raw).digest('hex'),
      publicKey: raw.toString('base64'),
      signature: sign(null, Buffer.from(content), forger.privateKey).toString('base64'),
    },
  });
}

describe('live sync between two sites through a CouchDB-protocol server', () => {
  it('replicates within 2 s, keeps working offline, shows the same conflict on both, quarantines a forgery', { timeout: 900_000 }, async () => {
    await mkdir(SHOTS, { recursive: true });
    couch = await startCouchServer('firebreak-e2e');
    const lon = await openConsole();
    opened.push(lon);
    const ber = await openConsole();
    opened.push(ber);
    const [a, b] = [lon.page, ber.page];
    await onboard(a, 'Dana Reyes', 'Incident commander', 'LON');
    await onboard(b, 'Jonas Weber', 'Security analyst', 'BER');

    await connect(a, couch.databaseUrl);
    await a.screenshot({ path: `${SHOTS}/live-sync-light.png`, fullPage: true });
    await connect(b, couch.databaseUrl);
    // Each site's first revisions are signed by an installation the other does not trust yet.
    await trustFromQuarantine(b, /Dana Reyes/);
    await trustFromQuarantine(a, /Jonas Weber/);
    await status(a, /Connected/);
    await status(b, /Connected/);
    // The sidebar no longer says the data stays on this machine.
    await a.getByText('Live sync · connected to the LAN server').waitFor();

    // LON declares; BER, on its Incidents screen, shows it within 2 s.
    await nav(b, /Incidents/).click();
    const title = 'Support bot leaks its system prompt';
    // From the write on A (its transaction's stamp) to the link on B's screen: both clocks are this machine's.
    const shownOnB = b
      .getByRole('link', { name: new RegExp(title) })
      .first()
      .waitFor({ timeout: 30_000 })
      .then(() => Date.now());
    await declare(a, title);
    const latency = (await shownOnB) - (await writtenAt(a, title));
    console.log(`LIVE SYNC write-to-display A→B in the e2e: ${latency} ms`);
    expect(latency).toBeLessThan(2_000);

    // The server goes away; both sites keep working and say so.
    await couch.stop();
    await setSeverity(a, title, 'SEV1');
    await setSeverity(b, title, 'SEV3');
    for (const page of [a, b]) {
      await openLiveSync(page);
      await status(page, /Offline/);
      await page.getByText('Live sync offline · changes wait here').waitFor();
    }
    await b.screenshot({ path: `${SHOTS}/live-sync-offline.png`, fullPage: true });
    await couch.start();
    await plantForgery(couch, title);
    for (const page of [a, b]) {
      // The loop retries on its own (backoff ≤ 30 s); Try now only hurries it.
      const tryNow = page.getByRole('button', { name: 'Try now' });
      // It may go between the check and the click (the round it hurries has already begun): that is fine.
      if (await tryNow.isVisible()) await tryNow.click({ timeout: 5_000 }).catch(() => undefined);
      await status(page, /Connected/);
    }

    // The same conflict on both conflicts screens, reached from the status's link.
    for (const page of [a, b]) {
      await page.getByRole('link', { name: /1 conflict to settle/ }).click({ timeout: 60_000 });
      const conflict = page.getByRole('article', { name: /^Severity of / });
      await conflict.waitFor({ timeout: 60_000 });
      const text = (await conflict.textContent()) ?? '';
      expect(text).toMatch(/SEV1/);
      expect(text).toMatch(/SEV3/);
      expect(text).toMatch(/Dana Reyes/);
      expect(text).toMatch(/Jonas Weber/);
    }

    // The forgery is quarantined on both, with who it claims to be from.
    for (const page of [a, b]) {
      await openLiveSync(page);
      const item = page.getByRole('listitem', { name: /Planted by someone with server access/ });
      await item.waitFor({ timeout: 60_000 });
      expect(await item.textContent()).toMatch(/does not trust/);
      expect(await item.textContent()).toMatch(/XXX/);
    }
    await b.screenshot({ path: `${SHOTS}/live-sync-quarantine.png`, fullPage: true });
    await b.emulateMedia({ colorScheme: 'dark' });
    await openLiveSync(b);
    await b.screenshot({ path: `${SHOTS}/live-sync-dark.png`, fullPage: true });
  });
});
