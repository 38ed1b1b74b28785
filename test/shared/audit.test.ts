import { describe, expect, it } from 'vitest';
import {
  chainAuditEntry,
  EMPTY_AUDIT_HEAD,
  verifyAuditChain,
  type AuditEntry,
  type AuditHead,
} from '../../shared/domain/audit';
import { hashValue } from '../../shared/domain/hash';

function buildChain(length: number): { entries: AuditEntry[]; head: AuditHead } {
  const entries: AuditEntry[] = [];
  let head = EMPTY_AUDIT_HEAD;
  for (let i = 0; i < length; i++) {
    const entry = chainAuditEntry(head, {
      at: `2026-11-22T10:0${i}:00.000Z`,
      actor: 'Dana Reyes',
      entity: 'incident',
      entityId: `incident-${i}`,
      op: i === 0 ? 'create' : 'update',
      valueHash: hashValue({ i }),
    });
    entries.push(entry);
    head = { seq: entry.seq, hash: entry.hash };
  }
  return { entries, head };
}

describe('verifyAuditChain', () => {
  it('accepts an intact chain and reports its head', () => {
    const { entries, head } = buildChain(5);
    expect(verifyAuditChain(entries, head)).toEqual({ ok: true, count: 5, head });
  });

  it('accepts an empty log with an empty head', () => {
    expect(verifyAuditChain([], EMPTY_AUDIT_HEAD)).toEqual({ ok: true, count: 0, head: EMPTY_AUDIT_HEAD });
  });

  it('detects an edited entry', () => {
    const { entries, head } = buildChain(5);
    entries[2] = { ...entries[2]!, actor: 'Mallory' };
    expect(verifyAuditChain(entries, head)).toEqual({
      ok: false,
      seq: 3,
      problem: 'Entry 3 was altered after it was written.',
    });
  });

  it('detects an edited entry whose own hash was recomputed, at the next link', () => {
    const { entries, head } = buildChain(5);
    const forged = { ...entries[1]!, valueHash: hashValue({ forged: true }) };
    const { hash: _old, ...unsigned } = forged;
    entries[1] = chainAuditEntry({ seq: 1, hash: unsigned.prevHash }, unsigned);
    expect(verifyAuditChain(entries, head)).toEqual({
      ok: false,
      seq: 3,
      problem: 'Entry 3 does not link to entry 2.',
    });
  });

  it('detects a deleted entry in the middle', () => {
    const { entries, head } = buildChain(5);
    entries.splice(2, 1);
    expect(verifyAuditChain(entries, head)).toEqual({ ok: false, seq: 3, problem: 'Entry 3 is missing.' });
  });

  it('detects a deleted last entry against the anchored head', () => {
    const { entries, head } = buildChain(5);
    entries.pop();
    expect(verifyAuditChain(entries, head)).toEqual({ ok: false, seq: 5, problem: 'Entry 5 is missing.' });
  });

  it('detects reordered entries', () => {
    const { entries, head } = buildChain(5);
    [entries[1], entries[2]] = [entries[2]!, entries[1]!];
    expect(verifyAuditChain(entries, head)).toEqual({ ok: false, seq: 2, problem: 'Entry 2 is missing.' });
  });

  it('detects entries appended without moving the anchored head', () => {
    const { entries } = buildChain(5);
    const anchor = { seq: entries[3]!.seq, hash: entries[3]!.hash };
    expect(verifyAuditChain(entries, anchor)).toEqual({
      ok: false,
      seq: 5,
      problem: 'Entry 5 does not match the recorded head of the log.',
    });
  });

  it('reports a malformed entry', () => {
    const { entries, head } = buildChain(3);
    const broken: unknown[] = [...entries];
    broken[1] = { seq: 2, note: 'not an audit entry' };
    expect(verifyAuditChain(broken, head)).toEqual({ ok: false, seq: 2, problem: 'Entry 2 is malformed.' });
  });
});
