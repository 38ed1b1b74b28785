/**
 * The one path for every write. `writeTransaction` opens a single IndexedDB transaction over the records, the audit
 * log and the meta table; inside it a `RecordWriter` stamps each record (id, times, author, revision, clock),
 * validates it with its zod schema, stores it with the rows its capability derives from it (the register's
 * projection), and queues one audit entry. The audit entries and the new head are written before the transaction
 * commits, so a failure anywhere leaves the database exactly as it was. Legal review
 * mode is read from the meta table inside the same transaction, so a refused write changes nothing and every window
 * sees the same mode.
 */
import type { z } from 'zod';
import { hashValue } from '../../shared/domain/hash';
import { ENTITIES, type EntityName, type EntityRecord } from '../../shared/domain/capabilities';
import { custodyHeadSchema, chainCustodyEvent, EMPTY_CUSTODY_HEAD } from '../../shared/domain/evidence/custody';
import type { CustodyEvent, CustodyEventContent } from '../../shared/domain/evidence/custody';
import { evidenceContentSchema, type EvidenceContent } from '../../shared/domain/evidence/evidence';
import { nextHlc, receiveHlc, uuidv7, type HlcStamp } from '../../shared/domain/ids';
import type { RecordMeta } from '../../shared/domain/record';
import { LEGAL_REVIEW_KEY, legalReviewRefusal, parseLegalReviewState } from '../../shared/domain/legalReview';
import { nowIso } from '../../shared/domain/time';
import { wasValidatedAs } from '../../shared/domain/validatedRecords';
import type { AuditEntryContent, AuditHead, AuditOperation } from '../../shared/domain/audit';
import { IN_WORDS, RecordValidationError, refuseIf } from '../../shared/errors';
import { readAuditHead, writeAuditEntries } from './auditTrail';
import { bulkPutInSlices } from './slicedWrites';
import type { DerivedRows } from './capability';
import { DERIVED_ROWS, WRITE_PREREQUISITES, WRITE_REACTIONS, type FirebreakDatabase } from './database';

/** Who is writing: the person's stable id and their name now (snapshotted onto what they write). */
export interface Actor {
  readonly personId: string;
  readonly name: string;
  /** This installation's id in clock stamps. */
  readonly nodeId: string;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A record's body: what the caller supplies; the writer owns the meta fields. */
export type RecordBody<E extends EntityName> = DistributiveOmit<
  z.input<(typeof ENTITIES)[E]['schema']>,
  keyof RecordMeta
>;

const CLOCK_KEY = 'clock';

export class RecordWriter {
  private readonly audit: AuditEntryContent[] = [];
  private clock: HlcStamp | undefined;
  /** Staged records by entity and id: a record changed twice in one transaction is stored once, as it ends. */
  private readonly pending = new Map<EntityName, Map<string, EntityRecord<EntityName>>>();
  private readonly settings = new Map<string, unknown>();
  private readonly custodyQueue: { itemId: string; content: CustodyEventContent }[] = [];
  private readonly contents: EvidenceContent[] = [];

  constructor(
    readonly db: FirebreakDatabase,
    readonly actor: Actor,
    readonly now: string,
    clock: HlcStamp | undefined,
    /** The audit log's anchored head as this transaction found it. */
    private readonly auditHead: AuditHead,
  ) {
    this.clock = clock;
  }

  /** Creates a new record (with a fresh UUIDv7 unless `id` is given); returns it as it will be stored. */
  create<E extends EntityName>(
    entity: E,
    body: RecordBody<E>,
    id: string = uuidv7(Date.parse(this.now)),
  ): EntityRecord<E> {
    const meta: RecordMeta = {
      id,
      createdAt: this.now,
      updatedAt: this.now,
      createdBy: this.actor.name,
      createdById: this.actor.personId,
      updatedBy: this.actor.name,
      updatedById: this.actor.personId,
      rev: 1,
      hlc: this.tick(),
      deletedAt: null,
    };
    return this.stage(entity, { ...body, ...meta }, 'create');
  }

  /** Replaces an existing record's body, bumping its revision and clock. */
  update<E extends EntityName>(
    entity: E,
    current: EntityRecord<E>,
    body: Partial<DistributiveOmit<EntityRecord<E>, keyof RecordMeta>>,
  ): EntityRecord<E> {
    const next = {
      ...current,
      ...body,
      updatedAt: this.now,
      updatedBy: this.actor.name,
      updatedById: this.actor.personId,
      rev: current.rev + 1,
      hlc: this.tick(),
    };
    return this.stage(entity, next, 'update');
  }

  /** Marks a record deleted (a tombstone, so sync can merge it), with `body` changes, audited as a delete. */
  softDelete<E extends EntityName>(
    entity: E,
    current: EntityRecord<E>,
    body: Partial<DistributiveOmit<EntityRecord<E>, keyof RecordMeta>> = {},
  ): EntityRecord<E> {
    const next = {
      ...current,
      ...body,
      updatedAt: this.now,
      updatedBy: this.actor.name,
      updatedById: this.actor.personId,
      rev: current.rev + 1,
      hlc: this.tick(),
      deletedAt: this.now,
    };
    return this.stage(entity, next, 'delete');
  }

  /** Stores a settings row (profile, installation, legal review mode) with its audit entry; `value` must already be validated. */
  setting(entity: 'profile' | 'installation' | 'legalReview', key: string, value: unknown): void {
    this.settings.set(key, value);
    this.audit.push({
      at: this.now,
      actor: this.actor.name,
      actorId: this.actor.personId,
      entity,
      entityId: key,
      op: 'update',
      valueHash: hashValue(value),
    });
  }

  /** Appends a custody event to an item's chain (and an audit entry for it) when the transaction commits. */
  custody(itemId: string, content: Omit<CustodyEventContent, 'at' | 'actor' | 'actorId'>): void {
    this.custodyQueue.push({
      itemId,
      content: { ...content, at: this.now, actor: this.actor.name, actorId: this.actor.personId },
    });
  }

  /**
   * Stores a record exactly as given (a merged record from a sync bundle: its stamps are the merge's, not this
   * write's), validated by its schema and audited like any other. The clock receives its stamp, so later local
   * writes come after it.
   */
  putMerged<E extends EntityName>(entity: E, record: unknown, op: 'create' | 'update'): EntityRecord<E> {
    const staged = this.stage(entity, record, op);
    this.receive(staged.hlc);
    return staged;
  }

  /** Moves this installation's clock past a stamp received from another (see `receiveHlc`). */
  receive(stamp: HlcStamp): void {
    this.clock = receiveHlc(this.clock, stamp, this.actor.nodeId, Date.parse(this.now));
  }

  /** An audit entry about something that is not a record of a table (a bundle made or received, its checkpoint). */
  note(entity: string, entityId: string, op: AuditOperation, value: unknown): void {
    this.audit.push({
      at: this.now,
      actor: this.actor.name,
      actorId: this.actor.personId,
      entity,
      entityId,
      op,
      valueHash: hashValue(value),
    });
  }

  /**
   * Appends a custody event as another installation recorded it (its time and actor kept), to this item's chain here.
   */
  custodyAsRecorded(itemId: string, content: CustodyEventContent): void {
    this.custodyQueue.push({ itemId, content });
  }

  /** Stores content rows for chunks already written under `content.chunksId`. */
  content(content: EvidenceContent): void {
    this.contents.push(evidenceContentSchema.parse(content));
  }

  private stage<E extends EntityName>(entity: E, candidate: unknown, op: AuditOperation): EntityRecord<E> {
    // A record this entity's schema already returned (a bundle's records, validated before the preview) is stored as
    // it is; anything else is parsed here.
    let record: EntityRecord<E>;
    if (wasValidatedAs(candidate, entity)) record = candidate as EntityRecord<E>;
    else {
      const parsed = ENTITIES[entity].schema.safeParse(candidate, IN_WORDS);
      if (!parsed.success) throw new RecordValidationError(entity, parsed.error);
      record = parsed.data as EntityRecord<E>;
    }
    const staged = this.pending.get(entity) ?? new Map<string, EntityRecord<EntityName>>();
    staged.set(record.id, record);
    this.pending.set(entity, staged);
    this.audit.push({
      at: this.now,
      actor: this.actor.name,
      actorId: this.actor.personId,
      entity,
      entityId: record.id,
      op,
      valueHash: hashValue(record),
    });
    return record;
  }

  private tick(): HlcStamp {
    this.clock = nextHlc(this.clock, this.actor.nodeId, Date.parse(this.now));
    return this.clock;
  }

  /**
   * Lets the capabilities that follow a record react to what the work staged (once; see `WriteReaction`). The
   * reactions read side by side, so their reads share one IndexedDB round trip; they stage in the order their reads
   * were issued (requests in a transaction complete in order), so the outcome is the same as one after another.
   */
  async react(): Promise<void> {
    const reacting: Promise<void>[] = [];
    for (const reaction of WRITE_REACTIONS) {
      const staged = this.pending.get(reaction.entity);
      if (staged !== undefined) reacting.push(reaction.react(this, [...staged.values()]));
    }
    await Promise.all(reacting);
  }

  /** Stores every staged record and the audit entries. Called by writeTransaction before commit. */
  async flush(): Promise<void> {
    // Custody chains are read and extended first (rare, and each event depends on the one before).
    for (const { itemId, content } of this.custodyQueue) {
      const event = await this.appendCustodyEvent(itemId, content);
      this.audit.push({
        at: this.now,
        actor: this.actor.name,
        actorId: this.actor.personId,
        entity: 'custody',
        entityId: `${itemId}#${event.seq}`,
        op: 'create',
        valueHash: event.hash,
      });
    }
    // Requests in one IndexedDB transaction run in the order they are issued, so every remaining write goes out at
    // once instead of each waiting for the one before; a failure in any still aborts the whole transaction.
    const writes: Promise<unknown>[] = [];
    for (const [entity, records] of this.pending) {
      writes.push(bulkPutInSlices(this.db.table(ENTITIES[entity].table), [...records.values()]));
      for (const derived of DERIVED_ROWS) {
        if (derived.entity === entity) writes.push(...this.derivedWrites(derived, records.values()));
      }
    }
    for (const [key, value] of this.settings) writes.push(this.db.meta.put({ key, value }));
    if (this.contents.length > 0) writes.push(this.db.evidenceContent.bulkPut(this.contents));
    if (this.clock) writes.push(this.db.meta.put({ key: CLOCK_KEY, value: this.clock }));
    if (this.audit.length > 0) {
      writes.push(writeAuditEntries(this.db.auditLog, this.db.meta, this.auditHead, this.audit));
    }
    await Promise.all(writes);
  }

  /** The derived rows of these records, put beside them; a record with no row has its row deleted. */
  private derivedWrites(derived: DerivedRows, records: Iterable<EntityRecord<EntityName>>): Promise<unknown>[] {
    const rows: { readonly id: string }[] = [];
    const removed: string[] = [];
    for (const record of records) {
      const row = derived.rowOf(record);
      if (row) rows.push(row);
      else removed.push(record.id);
    }
    const table = this.db.table(derived.table);
    return [
      ...(rows.length > 0 ? [bulkPutInSlices(table, rows)] : []),
      ...(removed.length > 0 ? [table.bulkDelete(removed)] : []),
    ];
  }

  private async appendCustodyEvent(itemId: string, content: CustodyEventContent): Promise<CustodyEvent> {
    const key = custodyHeadKey(itemId);
    const row = await this.db.meta.get(key);
    const head = row ? custodyHeadSchema.parse(row.value) : EMPTY_CUSTODY_HEAD;
    const event = chainCustodyEvent(itemId, head, content);
    await this.db.custody.add(event);
    await this.db.meta.put({ key, value: { seq: event.seq, hash: event.hash } });
    return event;
  }
}

/** The meta key anchoring an item's custody chain head. */
export function custodyHeadKey(itemId: string): string {
  return `custody-head:${itemId}`;
}

export interface WriteOptions {
  /** The wall clock, for tests and imports. */
  readonly now?: () => number;
  /** Allowed in legal review mode: custody records of looking at evidence (viewed, verified), and the mode itself. */
  readonly reviewSafe?: boolean;
}

/**
 * The tables every write transaction covers: all of them, as the capabilities declared them, so a capability's new
 * table can never be left out of the one write path.
 */
export function writeScope(db: FirebreakDatabase): string[] {
  return db.tables.map((table) => table.name);
}

/** Runs `work` in one transaction with a RecordWriter; everything it stages is committed together, or nothing. */
export function writeTransaction<T>(
  db: FirebreakDatabase,
  actor: Actor,
  work: (writer: RecordWriter) => Promise<T>,
  options: WriteOptions = {},
): Promise<T> {
  return writeTransactionAfter(db, actor, () => Promise.resolve(undefined), work, options);
}

/**
 * `writeTransaction` for work that starts from rows it reads: `read` runs inside the transaction beside the writer's
 * own reads (clock, audit head, legal review mode), so they share one IndexedDB round trip instead of following one
 * another, and `work` gets what it read. A refused write (legal review) still changes nothing.
 */
export async function writeTransactionAfter<R, T>(
  db: FirebreakDatabase,
  actor: Actor,
  read: () => Promise<R>,
  work: (writer: RecordWriter, read: R) => Promise<T>,
  options: WriteOptions = {},
): Promise<T> {
  // Code loaded on demand (the holiday calendar) is awaited outside the transaction, which must not wait on it.
  const loading = WRITE_PREREQUISITES.map((ready) => ready()).filter((promise) => promise !== undefined);
  if (loading.length > 0) await Promise.all(loading);
  return db.transaction('rw', writeScope(db), async () => {
    const [clockRow, auditHead, reviewRow, rows] = await Promise.all([
      db.meta.get(CLOCK_KEY),
      readAuditHead(db.meta),
      options.reviewSafe ? undefined : db.meta.get(LEGAL_REVIEW_KEY),
      read(),
    ]);
    // Thrown inside the transaction, so it aborts: a refused write changes nothing.
    refuseIf(reviewRow ? legalReviewRefusal(parseLegalReviewState(reviewRow.value)) : null);
    const writer = new RecordWriter(
      db,
      actor,
      nowIso(options.now),
      typeof clockRow?.value === 'string' ? clockRow.value : undefined,
      auditHead,
    );
    const result = await work(writer, rows);
    await writer.react();
    await writer.flush();
    return result;
  });
}
