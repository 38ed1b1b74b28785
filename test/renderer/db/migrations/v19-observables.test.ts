/**
 * Version 19 adds the observables and incident-link tables, with no data to move. Tested from its predecessor
 * (whichever version this build declares before 19): every existing table is exactly as it was, the new tables are
 * empty, the audit chain still verifies, and the new indexes answer (an observable written after the upgrade is
 * found by its normal form, a link by either end).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import { openDatabase } from '../../../../renderer/db/database';
import { declareIncident } from '../../../../renderer/db/incidents/incidents';
import { linkIncidents } from '../../../../renderer/db/observables/links';
import { addObservable } from '../../../../renderer/db/observables/observables';
import { liveLinksOf, seenElsewhere } from '../../../../renderer/db/observables/queries';
import type { Incident } from '../../../../shared/domain/incidents/incident';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { testActor } from '../../../fixtures/testDatabase';
import { expectOnlyAddsTables } from './onlyAddsTables';

describe('version 19', () => {
  it('adds empty observables and incident-link tables and keeps every existing row', async () => {
    let first: Incident | undefined;
    let second: Incident | undefined;
    await expectOnlyAddsTables(19, ['observables', 'incidentLinks'], {
      seed: async (seeded, incident) => {
        first = incident;
        second = await declareIncident(seeded, testActor, promptInjectionDraft({ title: 'Second incident' }), {
          now: () => Date.parse('2026-11-20T08:30:00.000Z'),
        });
      },
      seededTables: ['incidents', 'incidentList', 'timeline', 'auditLog', 'meta'],
      // The new indexes answer on the upgraded database.
      afterwards: async (name) => {
        const db = openDatabase(name);
        const mine = await addObservable(db, testActor, first!.id, {
          kind: 'ip',
          value: '198.51.100.4',
          tlp: 'GREEN',
          pap: 'GREEN',
          firstSeen: null,
          lastSeen: null,
          evidenceId: null,
        });
        await addObservable(db, testActor, second!.id, { ...mine, value: '198.51.100.4' });
        expect((await seenElsewhere(db, [mine])).get(mine.id)?.map((subject) => subject.ref)).toEqual([second!.ref]);
        await linkIncidents(db, testActor, first!.id, { otherIncidentId: second!.id, choice: 'related' });
        expect((await liveLinksOf(db, second!.id)).map((link) => link.from.ref)).toEqual([first!.ref]);
        expect((await verifyStoredAuditChain(db)).ok).toBe(true);
        db.close();
      },
    });
  });
});
