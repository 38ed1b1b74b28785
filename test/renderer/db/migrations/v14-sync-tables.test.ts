/**
 * Version 14 (bundles: sync states, partner high-water marks, the bundle log) only adds tables. Tested from the
 * newest version before it: every existing table exactly as it was, the new tables there and empty, the audit chain
 * still verifying.
 */

import 'fake-indexeddb/auto';
import { describe, it } from 'vitest';
import { expectOnlyAddsTables } from './onlyAddsTables';

describe('version 14', () => {
  it('adds the sync tables and changes nothing else', async () => {
    await expectOnlyAddsTables(14, ['syncStates', 'syncPartners', 'bundleLog']);
  });
});
