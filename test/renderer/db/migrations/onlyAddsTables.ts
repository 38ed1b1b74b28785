/**
 * The check every schema version that only adds tables shares: rows this build's write path makes (an incident
 * declared, and whatever `seed` adds) are copied into a database at the version's predecessor (the highest version
 * declared below it); after the upgrade every existing table is exactly as it was, the added tables are there and
 * empty, and the audit chain still verifies.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { expect } from 'vitest';
import { verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import { openDatabase, type FirebreakDatabase } from '../../../../renderer/db/database';
import { declareIncident } from '../../../../renderer/db/incidents/incidents';
import type { Incident } from '../../../../shared/domain/incidents/incident';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { testActor } from '../../../fixtures/testDatabase';
import { upgradeFromPredecessor, wholeTables } from './upgradeFromPredecessor';

export interface OnlyAddsTablesOptions {
  /** More rows written through the write path after the incident is declared. */
  readonly seed?: (db: FirebreakDatabase, incident: Incident) => Promise<unknown>;
  /** The tables whose seeded rows are copied into the old database (default: incidents, timeline, audit log, meta). */
  readonly seededTables?: readonly string[];
  /** Runs on the upgraded database's name after the check, before it is deleted. */
  readonly afterwards?: (name: string) => Promise<void>;
}

export async function expectOnlyAddsTables(
  to: number,
  added: readonly string[],
  options: OnlyAddsTablesOptions = {},
): Promise<void> {
  const name = `firebreak-migration-v${to}-${Math.random().toString(36).slice(2)}`;
  const seeded = openDatabase(`${name}-seed`);
  const incident = await declareIncident(seeded, testActor, promptInjectionDraft(), {
    now: () => Date.parse('2026-11-20T08:30:00.000Z'),
  });
  await options.seed?.(seeded, incident);
  const { upgraded, before, tables } = await upgradeFromPredecessor(name, to, seeded, {
    copied: options.seededTables ?? ['incidents', 'timeline', 'auditLog', 'meta'],
    absent: added,
  });
  expect(await wholeTables(upgraded, tables)).toEqual(before);
  expect(await wholeTables(upgraded, added)).toEqual(Object.fromEntries(added.map((table) => [table, []])));
  expect((await verifyStoredAuditChain(upgraded)).ok).toBe(true);
  upgraded.close();
  await options.afterwards?.(name);
  await Dexie.delete(name);
}
