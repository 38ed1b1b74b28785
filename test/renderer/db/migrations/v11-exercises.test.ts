/**
 * Version 11 (exercises) only adds tables: from its predecessor (whichever version the build declares just before
 * it), every existing table is exactly as it was, the exercise tables are there and empty, and the audit chain still
 * verifies.
 */

import 'fake-indexeddb/auto';
import { describe, it } from 'vitest';
import { expectOnlyAddsTables } from './onlyAddsTables';

describe('version 11', () => {
  it('adds the exercise tables and changes nothing else', async () => {
    await expectOnlyAddsTables(11, [
      'exercises',
      'exerciseEvents',
      'exerciseEvaluations',
      'exerciseFeedback',
      'improvementItems',
      'exerciseProgramme',
    ]);
  });
});
