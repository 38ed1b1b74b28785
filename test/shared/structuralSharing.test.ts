import { describe, expect, it } from 'vitest';
import { sameData, sameExcept, shareUnchanged } from '../../shared/domain/structuralSharing';

describe('structural sharing', () => {
  it('compares plain data deeply', () => {
    expect(sameData({ a: [1, { b: 'x' }], c: null }, { a: [1, { b: 'x' }], c: null })).toBe(true);
    expect(sameData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
  });

  it('keeps the last read’s objects for the fields that did not change', () => {
    const before = { id: 'i', rev: 1, phase: 'containment', roles: [{ role: 'lead', primary: 'Ada' }], flags: ['x'] };
    const after = { id: 'i', rev: 2, phase: 'containment', roles: [{ role: 'lead', primary: 'Ada' }], flags: ['y'] };
    const shared = shareUnchanged(before, after);
    expect(shared).toEqual(after);
    expect(shared.roles).toBe(before.roles);
    expect(shared.flags).toBe(after.flags);
    expect(shareUnchanged(before, structuredClone(before))).toBe(before);
    expect(shareUnchanged(null, after)).toBe(after);
  });

  it('says two records are the same but for their stamps', () => {
    const before = { id: 'i', rev: 1, phase: 'containment', roles: [{ role: 'lead' }] };
    const restamped = shareUnchanged(before, { ...structuredClone(before), rev: 2 });
    const moved = shareUnchanged(before, { ...structuredClone(before), rev: 2, phase: 'recovery' });
    const stamps = new Set(['rev']);
    expect(sameExcept(before, restamped, stamps)).toBe(true);
    expect(sameExcept(before, moved, stamps)).toBe(false);
    expect(sameExcept(before, restamped, new Set())).toBe(false);
  });
});
