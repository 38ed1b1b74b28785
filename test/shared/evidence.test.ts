/** Evidence rules that refuse a change (legal hold, deleted items, storage) and the custody chain on its own. */
import { describe, expect, it } from 'vitest';
import { chainCustodyEvent, EMPTY_CUSTODY_HEAD, verifyCustodyChain } from '../../shared/domain/evidence/custody';
import type { CustodyEvent } from '../../shared/domain/evidence/custody';
import { evidenceChangeRefusal, storageRefusal, STORAGE_MARGIN_BYTES } from '../../shared/domain/evidence/evidence';
import type { EvidenceItem } from '../../shared/domain/evidence/evidence';

const hold = { placedAt: '2026-11-20T09:00:00.000Z', placedBy: 'Dana Reyes', reason: 'Regulator inquiry' };
const base = { name: 'gateway.log', hold: null, deletedAt: null } as const;

describe('evidenceChangeRefusal', () => {
  it('refuses deleting or editing held items, holding twice, lifting no hold, and any change to a deleted item', () => {
    const free = base as unknown as EvidenceItem;
    const held = { ...base, hold } as unknown as EvidenceItem;
    const deleted = { ...base, deletedAt: '2026-11-20T10:00:00.000Z' } as unknown as EvidenceItem;
    const verdicts = (item: EvidenceItem) =>
      (['edit', 'delete', 'place-hold', 'lift-hold'] as const).map(
        (change) => evidenceChangeRefusal(item, change) !== null,
      );
    expect({ free: verdicts(free), held: verdicts(held), deleted: verdicts(deleted) }).toEqual({
      free: [false, false, false, true],
      held: [true, true, true, false],
      deleted: [true, true, true, true],
    });
  });
});

describe('storageRefusal', () => {
  it('refuses a file that would not fit with the margin, says so in words, and allows when the quota is unknown', () => {
    const quota = 1_000 * 1024 * 1024;
    expect(storageRefusal(100, { quota, usage: 0 })).toBeNull();
    expect(storageRefusal(quota - STORAGE_MARGIN_BYTES + 1, { quota, usage: 0 })).toMatch(
      /^There is not enough storage for this file: it needs .* nothing was stored\.$/,
    );
    expect(storageRefusal(2 ** 40, {})).toBeNull();
  });
});

describe('verifyCustodyChain', () => {
  const content = (action: CustodyEvent['action']) => ({
    at: '2026-11-20T09:00:00.000Z',
    actor: 'Dana Reyes',
    action,
    reason: '',
    detail: '',
    itemHash: 'a'.repeat(64),
  });
  const chain = (): CustodyEvent[] => {
    const events: CustodyEvent[] = [];
    let head = EMPTY_CUSTODY_HEAD;
    for (const action of ['acquired', 'viewed', 'verified'] as const) {
      const event = chainCustodyEvent('item-1', head, content(action));
      events.push(event);
      head = { seq: event.seq, hash: event.hash };
    }
    return events;
  };

  it('accepts the chain as written and reports each kind of tampering at the right event', () => {
    const events = chain();
    const anchor = { seq: 3, hash: events[2]!.hash };
    const [first, second, third] = events as [CustodyEvent, CustodyEvent, CustodyEvent];
    expect({
      intact: verifyCustodyChain('item-1', events, anchor),
      altered: verifyCustodyChain('item-1', [first, { ...second, itemHash: 'b'.repeat(64) }, third], anchor),
      removed: verifyCustodyChain('item-1', [first, third], anchor),
      reordered: verifyCustodyChain('item-1', [second, first, third], anchor),
      truncated: verifyCustodyChain('item-1', [first, second], anchor),
      otherItem: verifyCustodyChain('item-2', events, anchor),
    }).toEqual({
      intact: { ok: true, count: 3 },
      altered: { ok: false, seq: 2, problem: 'Custody event 2 was altered after it was written.' },
      removed: { ok: false, seq: 2, problem: 'Custody event 2 is missing.' },
      reordered: { ok: false, seq: 1, problem: 'Custody event 1 is missing.' },
      truncated: { ok: false, seq: 3, problem: 'Custody event 3 is missing.' },
      otherItem: { ok: false, seq: 1, problem: 'Custody event 1 belongs to another item.' },
    });
  });
});
