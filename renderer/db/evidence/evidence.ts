/**
 * Evidence repository: every change to an evidence item goes through here and `writeTransaction`, with its custody
 * event and audit entry in the same transaction; taking an item in also puts an entry on its subject's timeline. Hold and deletion rules come from `shared/domain/evidence/evidence.ts`.
 * Viewing and verifying are the only writes allowed in legal review mode (they record looking, not changing).
 */
import { formatBytes } from '../../../shared/domain/byteSize';
import { canonicalJson } from '../../../shared/domain/canonicalJson';
import {
  aiSystemSnapshotSchema,
  custodyReasonSchema,
  custodyTransferSchema,
  type CustodyTransfer,
  evidenceChangeRefusal,
  evidenceDetailsSchema,
  EVIDENCE_CHUNK_BYTES,
  type AiSystemSnapshot,
  type EvidenceChange,
  type EvidenceDetails,
  type EvidenceItem,
} from '../../../shared/domain/evidence/evidence';
import { sha256Hex } from '../../../shared/domain/hash';
import { uuidv7 } from '../../../shared/domain/ids';
import { subjectSchema, type Subject } from '../../../shared/domain/subject';
import type { FirebreakDatabase } from '../database';
import { deleteChunks, type StagedContent } from './evidenceContent';
import { evidenceItem, storedContent } from './queries';
import { parseOrRefuse, refuseIf, WriteRefusedError } from '../../../shared/errors';
import { writeTransaction, type Actor, type RecordWriter } from '../write';

export interface IntakeCommit {
  readonly subject: Subject;
  readonly name: string;
  readonly mediaType: string;
  readonly staged: StagedContent;
  readonly details: EvidenceDetails;
}

function describeSource(details: EvidenceDetails): string {
  const { system, location, method } = details.source;
  return [system, location, method].filter((part) => part !== '').join(' · ');
}

/**
 * Turns a finished intake into an evidence item: content row (or, for bytes already stored, a reference to them and
 * the staged copy dropped), item, 'acquired' custody event and audit entries, all in one transaction.
 */
export async function commitIntake(db: FirebreakDatabase, actor: Actor, commit: IntakeCommit): Promise<EvidenceItem> {
  const details = parseOrRefuse(evidenceDetailsSchema, 'evidence item', commit.details);
  return writeTransaction(db, actor, async (writer) => {
    const { staged } = commit;
    const existing = await storedContent(db, staged.sha256);
    if (existing) await deleteChunks(db, staged.intakeId);
    else {
      writer.content({
        sha256: staged.sha256,
        chunksId: staged.intakeId,
        size: staged.size,
        chunkBytes: staged.chunkBytes,
        chunkCount: staged.chunkCount,
        storedAt: writer.now,
      });
    }
    await db.evidenceIntakes.delete(staged.intakeId);
    return createItem(writer, {
      subject: commit.subject,
      kind: 'file',
      name: commit.name,
      mediaType: commit.mediaType || 'application/octet-stream',
      size: staged.size,
      sha256: staged.sha256,
      details,
      snapshot: null,
      deduplicated: existing !== undefined,
    });
  });
}

function createItem(
  writer: RecordWriter,
  input: Pick<EvidenceItem, 'subject' | 'kind' | 'name' | 'mediaType' | 'size' | 'sha256' | 'snapshot'> & {
    details: EvidenceDetails;
    deduplicated: boolean;
  },
): EvidenceItem {
  const item = writer.create('evidence', {
    subject: input.subject,
    kind: input.kind,
    name: input.name,
    mediaType: input.mediaType,
    size: input.size,
    sha256: input.sha256,
    snapshot: input.snapshot,
    ...input.details,
  });
  const source = describeSource(input.details);
  writer.custody(item.id, {
    action: 'acquired',
    reason: '',
    detail: [source, input.deduplicated ? 'identical bytes already stored; referenced, not copied' : '']
      .filter(Boolean)
      .join(' — '),
    itemHash: item.sha256,
  });
  // The subject's timeline says when evidence arrived, so the story and the locker agree.
  writer.create('timeline', {
    subject: input.subject,
    kind: 'evidence-added',
    occurredAt: writer.now,
    evidenceId: item.id,
    text:
      `${input.kind === 'file' ? 'Added evidence' : 'Recorded AI system snapshot'} ${item.name} ` +
      `(${formatBytes(item.size)}, SHA-256 ${item.sha256.slice(0, 12)}…)${source === '' ? '' : ` from ${source}`}.`,
  });
  return item;
}

/** Records an AI system snapshot as evidence: its canonical JSON is the content, hashed and stored like a file. */
export async function recordSystemSnapshot(
  db: FirebreakDatabase,
  actor: Actor,
  subjectInput: Subject,
  snapshotInput: AiSystemSnapshot,
  detailsInput: EvidenceDetails,
): Promise<EvidenceItem> {
  const subject = parseOrRefuse(subjectSchema, 'subject', subjectInput);
  const snapshot = parseOrRefuse(aiSystemSnapshotSchema, 'snapshot', snapshotInput);
  const details = parseOrRefuse(evidenceDetailsSchema, 'evidence item', detailsInput);
  const bytes = new TextEncoder().encode(canonicalJson(snapshot));
  const sha256 = sha256Hex(bytes);
  return writeTransaction(db, actor, async (writer) => {
    const existing = await storedContent(db, sha256);
    if (!existing) {
      const chunksId = uuidv7();
      await db.evidenceChunks.put({ chunksId, index: 0, data: bytes.slice().buffer });
      writer.content({
        sha256,
        chunksId,
        size: bytes.byteLength,
        chunkBytes: EVIDENCE_CHUNK_BYTES,
        chunkCount: 1,
        storedAt: writer.now,
      });
    }
    return createItem(writer, {
      subject,
      kind: 'ai-system-snapshot',
      name: `AI system snapshot — ${snapshot.modelId} ${snapshot.modelVersion}`,
      mediaType: 'application/json',
      size: bytes.byteLength,
      sha256,
      snapshot,
      details: { ...details, aiSystem: details.aiSystem || snapshot.modelId },
      deduplicated: existing !== undefined,
    });
  });
}

async function currentItem(db: FirebreakDatabase, id: string, change?: EvidenceChange): Promise<EvidenceItem> {
  const item = await evidenceItem(db, id);
  if (!item) throw new WriteRefusedError('This evidence item does not exist.');
  refuseIf(change ? evidenceChangeRefusal(item, change) : null);
  return item;
}

/** Appends a 'viewed' custody event; allowed in legal review mode, where every view is logged. */
export async function logEvidenceView(db: FirebreakDatabase, actor: Actor, id: string): Promise<void> {
  await writeTransaction(
    db,
    actor,
    async (writer) => {
      const item = await currentItem(db, id);
      writer.custody(item.id, { action: 'viewed', reason: '', detail: '', itemHash: item.sha256 });
    },
    { reviewSafe: true },
  );
}

/** Records a verification result found by re-hashing the stored chunks: loud in the item and in its custody log. */
export async function recordVerification(
  db: FirebreakDatabase,
  actor: Actor,
  id: string,
  found: string,
): Promise<EvidenceItem> {
  return writeTransaction(
    db,
    actor,
    async (writer) => {
      const item = await currentItem(db, id);
      const intact = found === item.sha256;
      writer.custody(item.id, {
        action: 'verified',
        reason: '',
        detail: intact ? 'intact' : `MISMATCH: recorded ${item.sha256}, found ${found}`,
        itemHash: found,
      });
      return writer.update('evidence', item, {
        verification: { state: intact ? 'intact' : 'mismatch', at: writer.now, found },
      });
    },
    { reviewSafe: true },
  );
}

export async function placeLegalHold(db: FirebreakDatabase, actor: Actor, id: string, reason: string): Promise<void> {
  if (reason.trim() === '') throw new WriteRefusedError('Give a reason for the legal hold.');
  parseOrRefuse(custodyReasonSchema, 'reason', reason);
  await writeTransaction(db, actor, async (writer) => {
    const item = await currentItem(db, id, 'place-hold');
    writer.update('evidence', item, { hold: { placedAt: writer.now, placedBy: actor.name, reason: reason.trim() } });
    writer.custody(item.id, { action: 'hold-placed', reason: reason.trim(), detail: '', itemHash: item.sha256 });
  });
}

export async function liftLegalHold(db: FirebreakDatabase, actor: Actor, id: string, reason: string): Promise<void> {
  if (reason.trim() === '') throw new WriteRefusedError('Give a reason for lifting the legal hold.');
  parseOrRefuse(custodyReasonSchema, 'reason', reason);
  await writeTransaction(db, actor, async (writer) => {
    const item = await currentItem(db, id, 'lift-hold');
    writer.update('evidence', item, { hold: null });
    writer.custody(item.id, { action: 'hold-lifted', reason: reason.trim(), detail: '', itemHash: item.sha256 });
  });
}

/** Soft delete with a reason; refused for items on legal hold. The bytes stay while any item refers to them. */
export async function deleteEvidence(db: FirebreakDatabase, actor: Actor, id: string, reason: string): Promise<void> {
  if (reason.trim() === '') throw new WriteRefusedError('Give a reason for deleting this evidence item.');
  parseOrRefuse(custodyReasonSchema, 'reason', reason);
  await writeTransaction(db, actor, async (writer) => {
    const item = await currentItem(db, id, 'delete');
    writer.softDelete('evidence', item, { deleteReason: reason.trim() });
    writer.custody(item.id, { action: 'deleted', reason: reason.trim(), detail: '', itemHash: item.sha256 });
  });
}

/** Changes what is said about an item (never its bytes); refused on legal hold. */
export async function updateEvidenceDetails(
  db: FirebreakDatabase,
  actor: Actor,
  id: string,
  detailsInput: EvidenceDetails,
): Promise<void> {
  const details = parseOrRefuse(evidenceDetailsSchema, 'evidence item', detailsInput);
  await writeTransaction(db, actor, async (writer) => {
    const item = await currentItem(db, id, 'edit');
    writer.update('evidence', item, details);
  });
}

/** Records a hand-over of custody (to whom, why), also of an item on legal hold: the hold stays in place. */
export async function recordTransfer(
  db: FirebreakDatabase,
  actor: Actor,
  id: string,
  input: CustodyTransfer,
): Promise<void> {
  const transfer = parseOrRefuse(custodyTransferSchema, 'transfer', input);
  await writeTransaction(db, actor, async (writer) => {
    const item = await currentItem(db, id, 'transfer');
    writer.custody(item.id, {
      action: 'transferred',
      reason: transfer.reason,
      detail: `to ${transfer.recipient}`,
      itemHash: item.sha256,
    });
  });
}

/** Records an export: where the host wrote it and the hash the host computed over what it wrote (allowed in review). */
export async function recordExport(
  db: FirebreakDatabase,
  actor: Actor,
  id: string,
  savedPath: string,
  writtenSha256: string,
): Promise<void> {
  await writeTransaction(
    db,
    actor,
    async (writer) => {
      const item = await currentItem(db, id);
      writer.custody(item.id, {
        action: 'exported',
        reason: '',
        detail: `${savedPath}${writtenSha256 === item.sha256 ? '' : ` — WRITTEN BYTES HASH ${writtenSha256}`}`,
        itemHash: writtenSha256,
      });
    },
    { reviewSafe: true },
  );
}
