/**
 * The virtual list's keys (shared by the register and the audit log): arrows move one row, Page Up/Down a screenful,
 * Home and End to the ends, never past either end; other keys are left to the page.
 */
import { describe, expect, it } from 'vitest';
import { rowAfterKey } from '../../../renderer/ui/VirtualList';

describe('rowAfterKey', () => {
  it('moves one row, a page, or to either end, clamped to the list', () => {
    expect(rowAfterKey('ArrowDown', 4, 100, 10)).toBe(5);
    expect(rowAfterKey('ArrowUp', 4, 100, 10)).toBe(3);
    expect(rowAfterKey('PageDown', 4, 100, 10)).toBe(14);
    expect(rowAfterKey('PageUp', 4, 100, 10)).toBe(0);
    expect(rowAfterKey('Home', 57, 100, 10)).toBe(0);
    expect(rowAfterKey('End', 3, 100, 10)).toBe(99);
    expect(rowAfterKey('ArrowDown', 99, 100, 10)).toBe(99);
    expect(rowAfterKey('PageDown', 95, 100, 10)).toBe(99);
    expect(rowAfterKey('ArrowUp', 0, 100, 10)).toBe(0);
  });

  it('ignores other keys', () => {
    expect(rowAfterKey('Enter', 4, 100, 10)).toBeUndefined();
    expect(rowAfterKey('a', 4, 100, 10)).toBeUndefined();
  });
});
