/**
 * Version 31 adds the chart facts the metrics worker charts from: one row per live review, action item and regulatory
 * profile of a real incident. Tested from its predecessor with records this build's write path made: the rows are
 * the ones the write path keeps (a deleted item and a practice incident's profile get none), every other table is
 * exactly as it was, the audit chain verifies with the version's own entries, and the splash screen hears progress.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../renderer/db/database';
import { declareIncident } from '../../../../renderer/db/incidents/incidents';
import { addRegime } from '../../../../renderer/db/regulatory/regulatoryProfiles';
import { addActionItem, saveReview, startReview } from '../../../../renderer/db/reviews/reviews';
import { savePerson } from '../../../../renderer/db/team/team';
import {
  subscribeUpgradeProgress,
  upgradeProgress,
  type UpgradeProgress,
} from '../../../../renderer/db/upgradeProgress';
import { writeTransaction } from '../../../../renderer/db/write';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { testActor } from '../../../fixtures/testDatabase';
import { expectKeptWithOwnEntry, upgradeFromPredecessor } from './upgradeFromPredecessor';

const FACT_TABLES = ['reviewChartFacts', 'actionItemChartFacts', 'filingChartFacts'] as const;

describe('version 31', () => {
  it('fills the chart facts of reviews, action items and regulatory profiles as the write path keeps them', async () => {
    const name = `firebreak-migration-v31-${Math.random().toString(36).slice(2)}`;
    const seeded = openDatabase(`${name}-seed`);
    const now = { now: () => Date.parse('2026-11-20T08:30:00.000Z') };
    const incident = await declareIncident(seeded, testActor, promptInjectionDraft(), now);
    const practice = await declareIncident(seeded, testActor, promptInjectionDraft(), {
      ...now,
      exercise: { exerciseId: '0190a000-0000-7000-8000-0000000e0e01', ref: 'EX-2026-0001' },
    });
    const review = await startReview(seeded, testActor, incident.id);
    const cause = (category: 'data' | 'system') => ({ text: 'A cause.', category, avid: [], atlas: [] });
    await saveReview(seeded, testActor, review.id, {
      rootCause: { primary: cause('system'), contributing: [cause('data')], trigger: cause('system') },
    });
    const owner = await savePerson(seeded, testActor, { name: 'Sam Okafor' });
    const draft = { type: 'prevent', ownerId: owner.id, priority: 'P1', status: 'open' } as const;
    await addActionItem(seeded, testActor, review.id, { ...draft, title: 'Kept', dueDate: '2026-12-01' });
    const removed = await addActionItem(seeded, testActor, review.id, {
      ...draft,
      title: 'Gone',
      dueDate: '2026-12-02',
    });
    await writeTransaction(seeded, testActor, async (writer) => {
      writer.softDelete('actionItem', (await seeded.actionItems.get(removed.id))!);
    });
    const where = { timeZone: 'Europe/Brussels', country: 'BE' } as const;
    await addRegime(seeded, testActor, incident.id, { regime: 'gdpr-art33', reason: 'Names exposed.', ...where });
    await addRegime(seeded, testActor, practice.id, { regime: 'gdpr-art33', reason: 'Practice.', ...where });
    const kept = Object.fromEntries(
      await Promise.all(FACT_TABLES.map(async (table) => [table, await seeded.table(table).toArray()] as const)),
    );
    expect(FACT_TABLES.map((table) => kept[table]?.length)).toEqual([1, 1, 1]);

    const reports: (UpgradeProgress | undefined)[] = [];
    const stop = subscribeUpgradeProgress(() => reports.push(upgradeProgress()));
    const upgrade = await upgradeFromPredecessor(name, 31, seeded, {
      copied: ['incidents', 'timeline', 'auditLog', 'meta', 'people', 'reviews', 'actionItems', 'regulatoryProfiles'],
      absent: [...FACT_TABLES],
    });
    stop();
    await expectKeptWithOwnEntry(upgrade);
    const { upgraded } = upgrade;
    for (const table of FACT_TABLES) expect(await upgraded.table(table).toArray(), table).toEqual(kept[table]);
    const migrations = (await upgraded.auditLog.toArray()).filter((entry) => entry.entityId === 'version-31');
    expect(migrations.map((entry) => entry.op)).toEqual(['migrate', 'migrate']);
    expect(reports).toContainEqual({ version: 31, task: 'Preparing action item charts', done: 2, total: 2 });
    expect(reports).toContainEqual({ version: 31, task: 'Preparing regulatory filing charts', done: 2, total: 2 });
    expect(reports.at(-1)).toBeUndefined();
    await upgraded.delete();
  });
});
