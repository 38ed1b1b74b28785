/**
 * Version 18 (regulatory filings and messages per audience) only adds tables: tested from the version before it,
 * every existing table is exactly as it was, the new tables are there and empty, and the audit chain still verifies.
 */

import 'fake-indexeddb/auto';
import { it } from 'vitest';
import { addRegime } from '../../../../renderer/db/regulatory/regulatoryProfiles';
import { testActor } from '../../../fixtures/testDatabase';
import { expectOnlyAddsTables } from './onlyAddsTables';

it('version 18 adds filings and audience messages and changes nothing else', async () => {
  await expectOnlyAddsTables(18, ['filings', 'audienceMessages'], {
    seed: (db, incident) =>
      addRegime(db, testActor, incident.id, {
        regime: 'gdpr-art33',
        reason: 'Customer e-mail addresses were exposed.',
        timeZone: 'Europe/Brussels',
        country: 'BE',
      }),
    seededTables: ['incidents', 'timeline', 'auditLog', 'meta', 'regulatoryProfiles', 'regulatoryDue'],
  });
});
