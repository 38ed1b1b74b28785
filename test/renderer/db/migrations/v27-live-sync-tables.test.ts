/**
 * Version 27 (live sync: documents known on the server, checkpoints, quarantined revisions) only adds tables. Tested
 * from the newest version before it: every existing table exactly as it was, the new tables there and empty, the
 * audit chain still verifying.
 */

import 'fake-indexeddb/auto';
import { describe, it } from 'vitest';
import { expectOnlyAddsTables } from './onlyAddsTables';

describe('version 27', () => {
  it('adds the live sync tables and changes nothing else', async () => {
    await expectOnlyAddsTables(27, ['couchDocs', 'couchCheckpoints', 'couchQuarantine'], {
      seededTables: ['incidents', 'timeline', 'auditLog', 'meta', 'syncStates'],
    });
  });
});
