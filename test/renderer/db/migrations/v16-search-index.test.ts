/**
 * Version 16 (search: the persisted full-text index) only adds a table. Tested from its predecessor (the highest
 * version declared below it): every existing table is exactly as it was, `searchIndex` is there and empty, and the
 * audit chain still verifies.
 */

import 'fake-indexeddb/auto';
import { describe, it } from 'vitest';
import { expectOnlyAddsTables } from './onlyAddsTables';

describe('version 16', () => {
  it('adds the search index table and changes nothing else', async () => {
    await expectOnlyAddsTables(16, ['searchIndex']);
  });
});
