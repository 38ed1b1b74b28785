/**
 * Version 10 (the scenario library) only adds the `scenarios` table. Tested from version 9: every existing table is
 * exactly as it was, the new table is there and empty, and the audit chain still verifies; then a scenario written
 * through the write path at version 10 is found by its lineage and status indexes.
 */

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import { openDatabase } from '../../../../renderer/db/database';
import { duplicateScenario } from '../../../../renderer/db/scenarios/scenarios';
import { builtInScenarioVersions } from '../../../../shared/domain/scenarios/library';
import { testActor } from '../../../fixtures/testDatabase';
import { expectOnlyAddsTables } from './onlyAddsTables';

describe('version 10: the scenario library', () => {
  it('adds the scenarios table and changes nothing else', async () => {
    await expectOnlyAddsTables(10, ['scenarios'], {
      afterwards: async (name) => {
        const latest = openDatabase(name);
        const source = builtInScenarioVersions()[0];
        if (!source) throw new Error('No built-in scenario.');
        const copy = await duplicateScenario(latest, testActor, source.id);
        expect(await latest.scenarios.where('lineageId').equals(copy.lineageId).primaryKeys()).toEqual([copy.id]);
        expect(await latest.scenarios.where('status').equals('draft').primaryKeys()).toEqual([copy.id]);
        expect((await verifyStoredAuditChain(latest)).ok).toBe(true);
        latest.close();
      },
    });
  });
});
