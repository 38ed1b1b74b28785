/**
 * The audit log as people read it: each entry with the hash of the record's value before the change (the value hash
 * of the previous entry about the same record), the filters of the audit log viewer and their description in words,
 * and the CSV of a filtered view. Pure: the viewer, the CSV and the signed audit-log report share it, so what is
 * exported is exactly what was on screen.
 */
import { csvText } from '../../csv';
import type { AuditEntry, AuditOperation } from '../audit';

/** An entry with the value hash the record had before it; null when the entry created the record (or is the first seen). */
export interface AuditLogRow {
  readonly entry: AuditEntry;
  readonly beforeHash: string | null;
}

/** What the viewer narrows the log to. Empty strings mean "any"; `fromAt`/`toAt` are ISO instants, inclusive. */
export interface AuditLogFilter {
  readonly text: string;
  readonly actor: string;
  readonly entity: string;
  readonly op: AuditOperation | '';
  readonly fromAt: string;
  readonly toAt: string;
}

export const NO_AUDIT_FILTER: AuditLogFilter = { text: '', actor: '', entity: '', op: '', fromAt: '', toAt: '' };

export const AUDIT_OPERATION_LABELS: Readonly<Record<AuditOperation, string>> = {
  create: 'Created',
  update: 'Updated',
  delete: 'Deleted',
  migrate: 'Migrated',
};

/** "timelineEntry" → "timeline entry": an audit entity name in words. */
export function auditEntityWords(entity: string): string {
  return entity.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
}

/**
 * Pairs each entry with the value hash of the record before it, continuing from `last` (record key → its latest
 * value hash), which it updates: a follower adds newly written entries without reading the log again.
 */
export function auditLogRows(entries: readonly AuditEntry[], last: Map<string, string>): AuditLogRow[] {
  return entries.map((entry) => {
    const key = `${entry.entity}\u0000${entry.entityId}`;
    const beforeHash = last.get(key) ?? null;
    last.set(key, entry.valueHash);
    return { entry, beforeHash };
  });
}

export function isAuditFilterEmpty(filter: AuditLogFilter): boolean {
  return (
    filter.text.trim() === '' &&
    filter.actor === '' &&
    filter.entity === '' &&
    filter.op === '' &&
    filter.fromAt === '' &&
    filter.toAt === ''
  );
}

/** A predicate for rows matching `filter`; text matches the actor, subject, action, sequence number or a hash prefix. */
export function auditFilterPredicate(filter: AuditLogFilter): (row: AuditLogRow) => boolean {
  const words = filter.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const from = filter.fromAt === '' ? Number.NEGATIVE_INFINITY : Date.parse(filter.fromAt);
  const to = filter.toAt === '' ? Number.POSITIVE_INFINITY : Date.parse(filter.toAt);
  const period = filter.fromAt !== '' || filter.toAt !== '';
  return ({ entry, beforeHash }) => {
    if (filter.actor !== '' && entry.actor !== filter.actor) return false;
    if (filter.entity !== '' && entry.entity !== filter.entity) return false;
    if (filter.op !== '' && entry.op !== filter.op) return false;
    if (period) {
      const at = Date.parse(entry.at);
      if (at < from || at > to) return false;
    }
    if (words.length === 0) return true;
    const haystack = [
      String(entry.seq),
      entry.actor,
      entry.entity,
      auditEntityWords(entry.entity),
      entry.entityId,
      entry.op,
      AUDIT_OPERATION_LABELS[entry.op],
    ]
      .join(' ')
      .toLowerCase();
    return words.every(
      (word) =>
        haystack.includes(word) ||
        entry.valueHash.startsWith(word) ||
        entry.hash.startsWith(word) ||
        (beforeHash?.startsWith(word) ?? false),
    );
  };
}

/** The rows matching `filter`, in log order. */
export function filterAuditLog(rows: readonly AuditLogRow[], filter: AuditLogFilter): AuditLogRow[] {
  return isAuditFilterEmpty(filter) ? [...rows] : rows.filter(auditFilterPredicate(filter));
}

/** The filter in words, for the report and the CSV's file name: "actor Dana Reyes · incident · from …". */
export function describeAuditFilter(filter: AuditLogFilter, formatTime: (iso: string) => string): string {
  if (isAuditFilterEmpty(filter)) return 'Every entry (no filter)';
  const parts: string[] = [];
  if (filter.actor !== '') parts.push(`by ${filter.actor}`);
  if (filter.entity !== '') parts.push(`subject kind: ${auditEntityWords(filter.entity)}`);
  if (filter.op !== '') parts.push(`action: ${AUDIT_OPERATION_LABELS[filter.op].toLowerCase()}`);
  if (filter.fromAt !== '') parts.push(`from ${formatTime(filter.fromAt)}`);
  if (filter.toAt !== '') parts.push(`until ${formatTime(filter.toAt)}`);
  if (filter.text.trim() !== '') parts.push(`matching “${filter.text.trim()}”`);
  return parts.join(' · ');
}

export const AUDIT_LOG_CSV_HEADER = [
  'seq',
  'at',
  'actor',
  'actor_id',
  'action',
  'subject_kind',
  'subject_id',
  'before_hash',
  'after_hash',
  'prev_entry_hash',
  'entry_hash',
] as const;

/** The rows as CSV (times ISO-8601 UTC as stored; before_hash empty when the entry created the record). */
export function auditLogCsv(rows: Iterable<AuditLogRow>): string {
  function* lines(): Generator<readonly string[]> {
    yield AUDIT_LOG_CSV_HEADER;
    for (const { entry, beforeHash } of rows) {
      yield [
        String(entry.seq),
        entry.at,
        entry.actor,
        entry.actorId ?? '',
        entry.op,
        entry.entity,
        entry.entityId,
        beforeHash ?? '',
        entry.valueHash,
        entry.prevHash,
        entry.hash,
      ];
    }
  }
  return csvText(lines());
}
