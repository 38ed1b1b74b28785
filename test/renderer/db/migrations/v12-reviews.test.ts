/**
 * Version 12 (post-incident reviews and their action items) only adds tables: tested from the version before it, every
 * existing table is exactly as it was, the new tables are there and empty, and the audit chain still verifies.
 */

import 'fake-indexeddb/auto';
import { describe, it } from 'vitest';
import { expectOnlyAddsTables } from './onlyAddsTables';

describe('version 12', () => {
  it('adds reviews and action items and changes nothing else', async () => {
    await expectOnlyAddsTables(12, ['reviews', 'actionItems']);
  });
});
