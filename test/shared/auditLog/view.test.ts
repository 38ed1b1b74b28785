import { describe, expect, it } from 'vitest';
import {
  chainAuditEntry,
  EMPTY_AUDIT_HEAD,
  type AuditEntry,
  type AuditEntryContent,
} from '../../../shared/domain/audit';
import {
  auditLogCsv,
  auditLogRows,
  describeAuditFilter,
  filterAuditLog,
  NO_AUDIT_FILTER,
} from '../../../shared/domain/auditLog/view';
import { buildAuditLogReport, chainCheckWords } from '../../../shared/reports/auditLogReport';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);
const INCIDENT = '01937a4e-0000-7000-8000-000000000001';
const STEP = '01937a4e-0000-7000-8000-000000000002';

function chain(contents: readonly AuditEntryContent[]): AuditEntry[] {
  let head = EMPTY_AUDIT_HEAD;
  return contents.map((content) => {
    const entry = chainAuditEntry(head, content);
    head = { seq: entry.seq, hash: entry.hash };
    return entry;
  });
}

const entries = chain([
  {
    at: '2026-11-20T08:00:00.000Z',
    actor: 'Dana Reyes',
    entity: 'incident',
    entityId: INCIDENT,
    op: 'create',
    valueHash: A,
  },
  {
    at: '2026-11-21T09:00:00.000Z',
    actor: '=Mallory',
    entity: 'checklistItem',
    entityId: STEP,
    op: 'create',
    valueHash: C,
  },
  {
    at: '2026-11-22T10:00:00.000Z',
    actor: 'Dana Reyes',
    entity: 'incident',
    entityId: INCIDENT,
    op: 'update',
    valueHash: B,
  },
]);
const rows = auditLogRows(entries, new Map());

describe('the audit log as people read it', () => {
  it('pairs each entry with the record’s value hash before it', () => {
    expect(rows.map((row) => row.beforeHash)).toEqual([null, null, A]);
  });

  it('filters by actor, subject kind, action, period and text (words, entry number, hash prefix)', () => {
    const seqs = (filter: Partial<typeof NO_AUDIT_FILTER>) =>
      filterAuditLog(rows, { ...NO_AUDIT_FILTER, ...filter }).map((row) => row.entry.seq);
    expect(seqs({})).toEqual([1, 2, 3]);
    expect(seqs({ actor: 'Dana Reyes' })).toEqual([1, 3]);
    expect(seqs({ entity: 'checklistItem' })).toEqual([2]);
    expect(seqs({ op: 'update' })).toEqual([3]);
    expect(seqs({ fromAt: '2026-11-21T00:00:00.000Z', toAt: '2026-11-21T23:59:59.999Z' })).toEqual([2]);
    expect(seqs({ text: 'checklist item' })).toEqual([2]);
    expect(seqs({ text: 'dana updated' })).toEqual([3]);
    expect(seqs({ text: 'bbbbbbbb' })).toEqual([3]);
    expect(seqs({ text: INCIDENT })).toEqual([1, 3]);
    expect(seqs({ text: 'nobody' })).toEqual([]);
  });

  it('says the filter in words', () => {
    expect(describeAuditFilter(NO_AUDIT_FILTER, (iso) => iso)).toBe('Every entry (no filter)');
    expect(
      describeAuditFilter(
        { ...NO_AUDIT_FILTER, actor: 'Dana Reyes', entity: 'checklistItem', op: 'delete', fromAt: 'X', text: ' hash ' },
        (iso) => `<${iso}>`,
      ),
    ).toBe('by Dana Reyes · subject kind: checklist item · action: deleted · from <X> · matching “hash”');
  });

  it('writes the view as CSV with full hashes and formulae escaped', () => {
    const lines = auditLogCsv(rows).split('\r\n');
    expect(lines[0]).toBe(
      'seq,at,actor,actor_id,action,subject_kind,subject_id,before_hash,after_hash,prev_entry_hash,entry_hash',
    );
    expect(lines[2]).toBe(
      `2,2026-11-21T09:00:00.000Z,'=Mallory,,create,checklistItem,${STEP},,${C},${entries[0]!.hash},${entries[1]!.hash}`,
    );
    expect(lines[3]).toContain(`,${A},${B},`);
    expect(lines).toHaveLength(5);
  });
});

describe('the audit-log report', () => {
  const base = {
    subject: { kind: 'audit' as const, id: '01937a4e-0000-7000-8000-0000000000aa', ref: 'AUDIT-2026-11-30' },
    totalEntries: 3,
    auditHead: { seq: 3, hash: entries[2]!.hash },
    generatedAt: '2026-11-30T10:00:00.000Z',
    generatedBy: 'Dana Reyes',
    signerFingerprint: '',
  };

  it('prints the filter, the chain verification and the entries, and names the audit-chain head in its manifest', () => {
    const chainCheck = {
      report: { ok: true as const, count: 3, head: base.auditHead },
      checkedAt: '2026-11-30T09:59:00.000Z',
    };
    const document = buildAuditLogReport({ ...base, rows, filterWords: 'by Dana Reyes', chain: chainCheck });
    expect(document.manifest).toMatchObject({
      reportType: 'audit-log-report',
      subject: { kind: 'audit', ref: 'AUDIT-2026-11-30' },
      auditHead: base.auditHead,
    });
    expect(document.cover.find((field) => field.label === 'Chain verification')?.value).toBe(
      'Intact: all 3 entries link to each other and to the recorded head (entry 3), checked 2026-11-30 09:59 UTC.',
    );
    const table = document.blocks.find((block) => block.kind === 'table');
    expect(table?.kind === 'table' ? table.rows.map((row) => row.slice(0, 4)) : []).toEqual([
      ['1', '2026-11-20 08:00 UTC', 'Dana Reyes', 'Created'],
      ['2', '2026-11-21 09:00 UTC', '=Mallory', 'Created'],
      ['3', '2026-11-22 10:00 UTC', 'Dana Reyes', 'Updated'],
    ]);
    expect(table?.kind === 'table' ? table.rows[2]!.slice(5) : []).toEqual([A.slice(0, 16), B.slice(0, 16)]);
  });

  it('says where a broken chain breaks', () => {
    const broken = {
      report: { ok: false as const, seq: 2, problem: 'Entry 2 was altered after it was written.' },
      checkedAt: '2026-11-30T09:59:00.000Z',
    };
    expect(chainCheckWords(broken)).toBe(
      'BROKEN at entry 2: Entry 2 was altered after it was written. Entries from there on cannot be relied on. ' +
        'Checked 2026-11-30 09:59 UTC.',
    );
    expect(buildAuditLogReport({ ...base, rows, filterWords: 'x', chain: broken }).banner).toBe(
      'Chain BROKEN at entry 2',
    );
  });
});
