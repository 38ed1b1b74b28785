/**
 * Versions 7 (trust: checkpoint copies and trusted signers) and 9 (regulatory profiles) only add tables. Each is
 * tested from its predecessor: every existing table is exactly as it was, the new tables are there and empty, and
 * the audit chain still verifies.
 */

import 'fake-indexeddb/auto';
import { describe, it } from 'vitest';
import { expectOnlyAddsTables } from './onlyAddsTables';

describe('versions that only add tables', () => {
  it('version 7 adds the trust tables and changes nothing else', async () => {
    await expectOnlyAddsTables(7, ['checkpoints', 'trustedSigners']);
  });

  it('version 9 adds regulatory profiles and changes nothing else', async () => {
    await expectOnlyAddsTables(9, ['regulatoryProfiles']);
  });
});
