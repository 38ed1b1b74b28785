/**
 * Evidence intake per file: each file is taken with its own provenance unless "same for all" is chosen, nothing
 * carries from one file to the next, and an empty file is refused until confirmed.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_DETAILS, prepareBatch, type PendingFile } from '../../../renderer/features/evidence/intakeBatch';

const at = '2026-11-20T09:00:00.000Z';
const file = (
  key: number,
  name: string,
  size: number,
  details = EMPTY_DETAILS,
  emptyConfirmed = false,
): PendingFile => ({
  key,
  file: { name, size },
  details,
  emptyConfirmed,
});

describe('prepareBatch', () => {
  it('keeps each file’s own details apart', () => {
    const outcome = prepareBatch(
      [
        file(1, 'gateway.log', 10, { ...EMPTY_DETAILS, system: 'inference gateway', description: 'Gateway log lines' }),
        file(2, 'screenshot.png', 20, { ...EMPTY_DETAILS, tags: 'ui, screenshot' }),
      ],
      false,
      EMPTY_DETAILS,
      at,
      'Dana Reyes',
    );
    if (!outcome.ok) throw new Error('expected the batch to be ready');
    expect(outcome.items.map(({ details }) => [details.source.system, details.description, details.tags])).toEqual([
      ['inference gateway', 'Gateway log lines', []],
      ['', '', ['ui', 'screenshot']],
    ]);
  });

  it('applies the shared details to every file when "same for all" is chosen', () => {
    const outcome = prepareBatch(
      [file(1, 'a.log', 1), file(2, 'b.log', 1)],
      true,
      { ...EMPTY_DETAILS, method: 'exported from gateway logs' },
      at,
      'Dana Reyes',
    );
    if (!outcome.ok) throw new Error('expected the batch to be ready');
    expect(outcome.items.map(({ details }) => details.source.method)).toEqual([
      'exported from gateway logs',
      'exported from gateway logs',
    ]);
  });

  it('refuses an unconfirmed empty file and bad details, naming the file', () => {
    const outcome = prepareBatch(
      [file(1, 'empty.txt', 0), file(2, 'b.log', 3, { ...EMPTY_DETAILS, tags: `ok, ${'t'.repeat(61)}` })],
      false,
      EMPTY_DETAILS,
      at,
      'Dana Reyes',
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect([outcome.unconfirmedEmpty, Object.fromEntries(outcome.details)]).toEqual([
      [1],
      { 2: { tags: 'Keep each tag under 60 characters.' } },
    ]);
    expect(prepareBatch([file(1, 'empty.txt', 0, EMPTY_DETAILS, true)], false, EMPTY_DETAILS, at, 'D').ok).toBe(true);
  });
});
