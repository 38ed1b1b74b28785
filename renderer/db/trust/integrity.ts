/**
 * "Verify audit log": the hash chain alone proves the log was not edited in the middle, but not that it was not
 * rolled back with its head, rewritten from the start or deleted, nor that a record still holds the value its last
 * audit entry hashed. This check adds those, against the checkpoints the host signed (its journal lives outside
 * IndexedDB), and names the checkpoint each finding contradicts.
 *
 * What it cannot catch: someone holding both the sealed installation key and the database can sign a rewritten
 * history; reports and exports held elsewhere are then the outside anchor.
 */
import { verifyAuditChain, type AuditEntry, type AuditHead } from '../../../shared/domain/audit';
import { ENTITIES } from '../../../shared/domain/capabilities';
import type { CustodyEvent } from '../../../shared/domain/evidence/custody';
import { hashValue } from '../../../shared/domain/hash';
import type { Checkpoint, SignedCheckpoint } from '../../../shared/domain/trust/checkpoint';
import { readAuditHead } from '../auditTrail';
import type { FirebreakDatabase } from '../database';

export interface IntegrityReport {
  readonly ok: boolean;
  readonly entries: number;
  readonly head: AuditHead;
  /** Findings in words, the worst first; capped, with `moreProblems` counting the rest. */
  readonly problems: readonly string[];
  readonly moreProblems: number;
  readonly checkpointsChecked: number;
  /** The newest audit checkpoint the log still matches. */
  readonly lastMatched: Checkpoint | undefined;
  readonly recordsChecked: number;
}

export type IntegrityProgress = (stage: string, done: number, total: number) => void;

const MAX_PROBLEMS = 20;
const REASON_WORDS: Record<Checkpoint['reason'], string> = {
  export: 'an export',
  report: 'a signed report',
  'legal-review': 'the start of a legal review',
  schedule: 'a scheduled checkpoint',
  verify: 'a verification',
};

/** A time in words with its zone named; UTC unless the caller (the UI) passes the user's own zone. */
export type TimeInWords = (iso: string) => string;
const utcWords: TimeInWords = (iso) => iso.replace('T', ' ').replace(/:\d\d\.\d+Z$/, ' UTC');

/** How a checkpoint is named in findings: when it was signed and why. */
export function describeCheckpoint(checkpoint: Checkpoint, timeInWords: TimeInWords = utcWords): string {
  return `the checkpoint signed at ${timeInWords(checkpoint.at)} for ${REASON_WORDS[checkpoint.reason]} (entry ${checkpoint.seq})`;
}

class Findings {
  readonly problems: string[] = [];
  more = 0;
  constructor(private readonly timeInWords: TimeInWords) {}
  checkpoint(checkpoint: Checkpoint): string {
    return describeCheckpoint(checkpoint, this.timeInWords);
  }
  add(problem: string): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(problem);
    else this.more++;
  }
}

function checkAuditCheckpoints(
  entries: readonly AuditEntry[],
  checkpoints: readonly Checkpoint[],
  findings: Findings,
): Checkpoint | undefined {
  let lastMatched: Checkpoint | undefined;
  const newestFirst = checkpoints.filter((c) => c.chain === 'audit').sort((a, b) => b.seq - a.seq);
  for (const checkpoint of newestFirst) {
    if (checkpoint.seq === 0) continue;
    const entry = entries[checkpoint.seq - 1];
    if (entry === undefined || entry.seq !== checkpoint.seq) {
      findings.add(
        entries.length === 0
          ? `The audit log is empty, but ${findings.checkpoint(checkpoint)} proves it held entries: it was deleted.`
          : `The audit log ends at entry ${entries.length}, but ${findings.checkpoint(checkpoint)} recorded more: ` +
              'its newest entries were rolled back.',
      );
    } else if (entry.hash !== checkpoint.headHash) {
      findings.add(
        `Entry ${checkpoint.seq} is not the entry ${findings.checkpoint(checkpoint)} recorded: the log was rewritten.`,
      );
    } else if (lastMatched === undefined) {
      lastMatched = checkpoint;
    }
  }
  return lastMatched;
}

async function checkRecords(
  db: FirebreakDatabase,
  lastHash: ReadonlyMap<string, { seq: number; valueHash: string }>,
  findings: Findings,
  progress: IntegrityProgress | undefined,
): Promise<number> {
  let checked = 0;
  const entities = Object.entries(ENTITIES);
  for (const [index, [entity, { table }]] of entities.entries()) {
    progress?.('records', index, entities.length);
    await db.table(table).each((record: { id: string; ref?: unknown }) => {
      checked++;
      const name = typeof record.ref === 'string' ? record.ref : record.id;
      const audited = lastHash.get(`${entity}:${record.id}`);
      if (audited === undefined) {
        findings.add(`The ${entity} ${name} has no entry in the audit log: it was written outside Firebreak.`);
      } else if (hashValue(record) !== audited.valueHash) {
        findings.add(
          `The ${entity} ${name} no longer matches its last audit entry (${audited.seq}): it was changed outside Firebreak.`,
        );
      }
    });
  }
  return checked;
}

async function checkCustody(
  db: FirebreakDatabase,
  lastHash: ReadonlyMap<string, { seq: number; valueHash: string }>,
  checkpoints: readonly Checkpoint[],
  findings: Findings,
): Promise<void> {
  const events = new Map<string, CustodyEvent>();
  await db.custody.each((event) => {
    events.set(`${event.itemId}#${event.seq}`, event);
    if (lastHash.get(`custody:${event.itemId}#${event.seq}`)?.valueHash !== event.hash) {
      findings.add(`Custody event ${event.seq} of evidence ${event.itemId} has no matching audit entry.`);
    }
  });
  for (const checkpoint of checkpoints) {
    if (!checkpoint.chain.startsWith('custody:') || checkpoint.seq === 0) continue;
    const itemId = checkpoint.chain.slice('custody:'.length);
    const event = events.get(`${itemId}#${checkpoint.seq}`);
    if (event === undefined) {
      findings.add(
        `Custody event ${checkpoint.seq} of evidence ${itemId} is gone, but ${findings.checkpoint(checkpoint)} ` +
          'recorded it: the chain of custody was rolled back or deleted.',
      );
    } else if (event.hash !== checkpoint.headHash) {
      findings.add(
        `Custody event ${checkpoint.seq} of evidence ${itemId} is not the one ${findings.checkpoint(checkpoint)} ` +
          'recorded: the chain of custody was rewritten.',
      );
    }
  }
}

/** Checks the log, every record and every custody event against each other and against the host's checkpoints. */
export async function verifyIntegrity(
  db: FirebreakDatabase,
  journal: { readonly checkpoints: readonly SignedCheckpoint[]; readonly problems: readonly string[] },
  options: { readonly progress?: IntegrityProgress; readonly timeInWords?: TimeInWords } = {},
): Promise<IntegrityReport> {
  const { progress } = options;
  const findings = new Findings(options.timeInWords ?? utcWords);
  for (const problem of journal.problems) findings.add(problem);
  const checkpoints = journal.checkpoints.map((signed) => signed.checkpoint);

  progress?.('log', 0, 1);
  const entries: AuditEntry[] = [];
  const lastHash = new Map<string, { seq: number; valueHash: string }>();
  const anchor = await readAuditHead(db.meta);
  await db.auditLog.orderBy(':id').each((entry) => {
    entries.push(entry);
    lastHash.set(`${entry.entity}:${entry.entityId}`, { seq: entry.seq, valueHash: entry.valueHash });
  });
  const chain = verifyAuditChain(entries, anchor);
  if (!chain.ok) findings.add(`The audit log is broken at entry ${chain.seq}: ${chain.problem}`);

  const lastMatched = checkAuditCheckpoints(entries, checkpoints, findings);
  const recordsChecked = await checkRecords(db, lastHash, findings, progress);
  if (entries.length === 0 && recordsChecked > 0) {
    findings.add(`${recordsChecked} records exist but the audit log is empty: it was deleted.`);
  }
  progress?.('custody', 0, 1);
  await checkCustody(db, lastHash, checkpoints, findings);

  const last = entries.at(-1);
  return {
    ok: findings.problems.length === 0,
    entries: entries.length,
    head: last ? { seq: last.seq, hash: last.hash } : anchor,
    problems: findings.problems,
    moreProblems: findings.more,
    checkpointsChecked: checkpoints.length,
    lastMatched,
    recordsChecked,
  };
}

/** Whether this log still holds the audit head a signed report cites: the entry must exist with that hash. */
export async function citedAuditHeadState(
  db: FirebreakDatabase,
  head: AuditHead,
): Promise<'held' | 'different' | 'missing'> {
  if (head.seq === 0) return 'held';
  const entry = await db.auditLog.get(head.seq);
  if (entry === undefined) return 'missing';
  return entry.hash === head.hash ? 'held' : 'different';
}
