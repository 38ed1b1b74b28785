/** Every regime's every stage has a filing with required items, each citing its provision; ids are unique per kind. */
import { describe, expect, it } from 'vitest';
import { REGIME_IDS, REGIME_STAGES } from '../../../shared/domain/regulatory/clockInput';
import { filingKindOf, missingItems } from '../../../shared/domain/filings/requirements';

describe('filing requirements', () => {
  it('covers every regime and stage with cited items', () => {
    for (const regime of REGIME_IDS) {
      for (const stage of REGIME_STAGES[regime]) {
        const kind = filingKindOf(regime, stage);
        expect(kind, `${regime}:${stage}`).toBeDefined();
        expect(kind!.items.some((item) => item.required === true)).toBe(true);
        expect(new Set(kind!.items.map((item) => item.id)).size).toBe(kind!.items.length);
        for (const item of kind!.items) expect(item.cite).not.toBe('');
      }
    }
  });

  it('lists blank required items, and the reasons for delay only when late', () => {
    const kind = filingKindOf('gdpr-art33', 'authority')!;
    const full = Object.fromEntries(kind.items.map((item) => [item.id, 'x']));
    expect(missingItems(kind, { ...full, delay: '' }, false)).toEqual([]);
    expect(missingItems(kind, { ...full, delay: '', nature: '  ' }, true).map((item) => item.id)).toEqual([
      'nature',
      'delay',
    ]);
    expect(filingKindOf('circia-proposed', 'report')!.note).toMatch(/proposed and not in force/);
  });
});
