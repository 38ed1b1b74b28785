/**
 * A record's sync state: what a site knows about who wrote each field and when, which is all the merge needs to tell
 * a change made on one side from a change made on both (the "merge base" of issue 11, kept per field rather than as
 * whole past versions). Ordinary fields are last-writer-wins registers; fields that carry legal weight are
 * multi-value registers, whose concurrent values stay side by side until a person chooses (an explicit conflict);
 * the tombstone is a register of its own that beats only older writes.
 *
 * `catchUp` folds a locally written record into its state (each field that differs from what the state makes is a
 * new write stamped with the record's HLC, author and time); `materialize` makes the record a state stands for. For a
 * record the state has caught up with, `materialize(catchUp(s, r))` is `r` (in canonical form), which is what makes
 * re-importing a bundle change nothing.
 */
import { z } from 'zod';
import { canonicalJson } from '../canonicalJson';
import { hlcSchema, type HlcStamp } from '../ids';
import { personIdSchema, personNameSchema, type RecordMeta } from '../record';
import { isoTimestampSchema } from '../time';

/** The fields every record carries that are not merged field by field (see `materialize`). */
export const META_FIELDS = [
  'id',
  'createdAt',
  'createdBy',
  'createdById',
  'updatedAt',
  'updatedBy',
  'updatedById',
  'rev',
  'hlc',
  'deletedAt',
] as const satisfies readonly (keyof RecordMeta)[];
const META = new Set<string>(META_FIELDS);

const jsonValueSchema: z.ZodType<unknown> = z.unknown();

/** One write of one field: the value (absent for a field left unset), its stamp, who wrote it and when. */
export const fieldWriteSchema = z
  .object({
    value: jsonValueSchema.optional(),
    hlc: hlcSchema,
    at: isoTimestampSchema,
    by: personNameSchema,
    byId: personIdSchema,
  })
  .strict();
export type FieldWrite = z.infer<typeof fieldWriteSchema>;

/** A write of a legal-weight field, naming every earlier write of that field it replaced (transitively). */
export const legalWriteSchema = fieldWriteSchema.extend({ supersedes: z.array(hlcSchema).max(10_000) }).strict();
export type LegalWrite = z.infer<typeof legalWriteSchema>;

export const recordSyncStateSchema = z
  .object({
    entity: z.string().min(1).max(64),
    id: z.string().min(1).max(64),
    created: z.object({ createdAt: isoTimestampSchema, createdBy: personNameSchema, createdById: personIdSchema }),
    /** The highest revision counter either side reached. */
    rev: z.number().int().min(1),
    /** The latest write of any kind (a write may change no mergeable field). */
    last: fieldWriteSchema,
    fields: z.record(z.string(), fieldWriteSchema),
    /** Legal-weight fields: every value not superseded by another; two or more is a conflict. */
    legal: z.record(z.string(), z.array(legalWriteSchema).min(1).max(64)),
    /** The tombstone register: `value` is `deletedAt` (null once undeleted). */
    deletion: fieldWriteSchema.nullable(),
  })
  .strict();
export type RecordSyncState = z.infer<typeof recordSyncStateSchema>;

/** What decides how a record's fields merge: which of them carry legal weight. */
export interface MergeRule {
  readonly legalFields: readonly string[];
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return a === b;
  return canonicalJson(a) === canonicalJson(b);
}

function writeOf(record: RecordMeta, value: unknown): FieldWrite {
  const write: FieldWrite = { hlc: record.hlc, at: record.updatedAt, by: record.updatedBy, byId: record.updatedById };
  return value === undefined ? write : { value, ...write };
}

/** The candidate shown while a legal field is in conflict, and the value the record holds: the latest write. */
export function legalWinner(candidates: readonly LegalWrite[]): LegalWrite {
  const [first, ...rest] = candidates;
  if (!first) throw new Error('A legal field has no value.');
  return rest.reduce((best, candidate) => (compareWrites(candidate, best) > 0 ? candidate : best), first);
}

/** Total order on writes: HLC, then the value's canonical form, so two sites always pick the same one. */
export function compareWrites(a: FieldWrite, b: FieldWrite): number {
  if (a === b) return 0;
  if (a.hlc !== b.hlc) return a.hlc < b.hlc ? -1 : 1;
  const ca = canonicalJson(a);
  const cb = canonicalJson(b);
  return ca === cb ? 0 : ca < cb ? -1 : 1;
}

function allWrites(state: RecordSyncState): FieldWrite[] {
  return [
    state.last,
    ...Object.values(state.fields),
    ...Object.values(state.legal).flat(),
    ...(state.deletion ? [state.deletion] : []),
  ];
}

/**
 * The greatest write by `compareWrites`, as far as a record's meta fields can tell: writes of one record version
 * share their stamp, author and time, so among those with the newest HLC the values (which `compareWrites` would
 * canonicalise, pair by pair) decide only when stamp-mates disagree on who wrote or when.
 */
function latestWrite(writes: readonly FieldWrite[]): FieldWrite {
  let newest = writes[0]!;
  for (const write of writes) if (write.hlc > newest.hlc) newest = write;
  const mates = writes.filter((write) => write.hlc === newest.hlc);
  const agree = mates.every((write) => write.at === newest.at && write.by === newest.by && write.byId === newest.byId);
  return agree ? newest : mates.reduce((best, write) => (compareWrites(write, best) > 0 ? write : best));
}

function latestFieldHlc(state: RecordSyncState): HlcStamp {
  let latest = '';
  for (const write of [...Object.values(state.fields), ...Object.values(state.legal).flat()])
    if (write.hlc > latest) latest = write.hlc;
  return latest;
}

/**
 * The canonical text of the record each state object stands for. States are never changed once made (every step
 * makes a new one), so a state materialized again — read, planned, previewed, applied, caught up — is only parsed.
 */
const materialized = new WeakMap<RecordSyncState, string>();

/** The record a state stands for, in canonical key order (a fresh object on every call). */
export function materialize(state: RecordSyncState): Record<string, unknown> & RecordMeta {
  return JSON.parse(materializedJson(state)) as Record<string, unknown> & RecordMeta;
}

/** `canonicalJson(materialize(state))`, without making the object (a reader comparing texts needs only this). */
export function materializedJson(state: RecordSyncState): string {
  let text = materialized.get(state);
  if (text === undefined) {
    text = canonicalJson(materializeOnce(state));
    materialized.set(state, text);
  }
  return text;
}

function materializeOnce(state: RecordSyncState): Record<string, unknown> {
  const latest = latestWrite(allWrites(state));
  const body: Record<string, unknown> = {};
  for (const [field, write] of Object.entries(state.fields)) if (write.value !== undefined) body[field] = write.value;
  for (const [field, candidates] of Object.entries(state.legal)) {
    const winner = legalWinner(candidates);
    if (winner.value !== undefined) body[field] = winner.value;
  }
  const deletion = state.deletion;
  const deleted = deletion && typeof deletion.value === 'string' && deletion.hlc >= latestFieldHlc(state);
  const record = {
    ...body,
    id: state.id,
    ...state.created,
    updatedAt: latest.at,
    updatedBy: latest.by,
    updatedById: latest.byId,
    rev: state.rev,
    hlc: latest.hlc,
    deletedAt: deleted ? (deletion.value as string) : null,
  };
  return record;
}

/** The state of a record seen for the first time: every field written by its last writer. */
function firstState(entity: string, record: RecordMeta & Record<string, unknown>, rule: MergeRule): RecordSyncState {
  const fields: Record<string, FieldWrite> = {};
  const legal: Record<string, LegalWrite[]> = {};
  const legalFields = new Set(rule.legalFields);
  for (const [field, value] of Object.entries(record)) {
    if (META.has(field) || value === undefined) continue;
    if (legalFields.has(field)) legal[field] = [{ ...writeOf(record, value), supersedes: [] }];
    else fields[field] = writeOf(record, value);
  }
  return {
    entity,
    id: record.id,
    created: { createdAt: record.createdAt, createdBy: record.createdBy, createdById: record.createdById },
    rev: record.rev,
    last: writeOf(record, undefined),
    fields,
    legal,
    deletion: record.deletedAt === null ? null : writeOf(record, record.deletedAt),
  };
}

/** Every stamp a new write of a legal field replaces: the current candidates and what they replaced. */
export function supersededBy(candidates: readonly LegalWrite[]): HlcStamp[] {
  const stamps = new Set<HlcStamp>();
  for (const candidate of candidates) {
    stamps.add(candidate.hlc);
    for (const stamp of candidate.supersedes) stamps.add(stamp);
  }
  return [...stamps].sort();
}

/**
 * Folds the record as it is stored here into its sync state. Unchanged records return the same state; each field
 * that differs from what the state makes becomes a write stamped with the record's HLC. A legal field written here
 * replaces every candidate this site knew of, which is how an edit (or a resolution) settles a conflict.
 */
export function catchUp(
  entity: string,
  state: RecordSyncState | undefined,
  record: RecordMeta & Record<string, unknown>,
  rule: MergeRule,
): RecordSyncState {
  if (!state) return firstState(entity, record, rule);
  const current = materialize(state);
  if (canonicalJson(current) === canonicalJson(record)) return state;
  const legalFields = new Set(rule.legalFields);
  const fields = { ...state.fields };
  const legal = { ...state.legal };
  const names = new Set([...Object.keys(record), ...Object.keys(current)].filter((name) => !META.has(name)));
  for (const field of [...names].sort()) {
    const value = record[field];
    if (sameValue(value, current[field])) continue;
    if (legalFields.has(field))
      legal[field] = [{ ...writeOf(record, value), supersedes: supersededBy(legal[field] ?? []) }];
    else fields[field] = writeOf(record, value);
  }
  const last = compareWrites(writeOf(record, undefined), state.last) > 0 ? writeOf(record, undefined) : state.last;
  const next = { ...state, rev: Math.max(state.rev, record.rev), last, fields, legal };
  // Judged after the field writes, which may themselves outrank the tombstone the state held.
  if ((record.deletedAt === null) === (materialize(next).deletedAt === null)) return next;
  return { ...next, deletion: writeOf(record, record.deletedAt) };
}

const WRITE_STAMP_KEYS = ['at', 'by', 'byId', 'hlc'] as const;

/** A field write in canonical form, or undefined when it has members a write does not have (then the caller falls back). */
function writeJson(write: FieldWrite | LegalWrite, legal: boolean): string | undefined {
  if (typeof write !== 'object' || write === null || Array.isArray(write)) return undefined;
  let members = 0;
  for (const key in write) if (Object.hasOwn(write, key)) members += 1;
  const supersedes = legal ? (write as LegalWrite).supersedes : undefined;
  const value = write.value;
  let text = '{';
  for (const key of WRITE_STAMP_KEYS) {
    const stamp = write[key];
    if (typeof stamp !== 'string') return undefined;
    text += `${key === 'at' ? '' : ','}"${key}":${JSON.stringify(stamp)}`;
  }
  let expected = 4;
  if (legal) {
    if (!Array.isArray(supersedes)) return undefined;
    text += `,"supersedes":${canonicalJson(supersedes)}`;
    expected += 1;
  }
  if ('value' in write) expected += 1;
  if (members !== expected) return undefined;
  if (value !== undefined) text += `,"value":${canonicalJson(value)}`;
  return `${text}}`;
}

function registerJson<W extends FieldWrite>(
  registers: Readonly<Record<string, W | readonly W[]>>,
  legal: boolean,
): string | undefined {
  if (typeof registers !== 'object' || registers === null || Array.isArray(registers)) return undefined;
  let text = '{';
  let first = true;
  for (const field of Object.keys(registers).sort()) {
    const register = registers[field];
    if (register === undefined) continue;
    let member: string | undefined;
    if (legal) {
      if (!Array.isArray(register)) return undefined;
      member = '[';
      for (let index = 0; index < register.length; index += 1) {
        const write = writeJson(register[index] as LegalWrite, true);
        if (write === undefined) return undefined;
        member += `${index > 0 ? ',' : ''}${write}`;
      }
      member += ']';
    } else member = writeJson(register as W, false);
    if (member === undefined) return undefined;
    text += `${first ? '' : ','}${JSON.stringify(field)}:${member}`;
    first = false;
  }
  return `${text}}`;
}

const STATE_KEYS = ['created', 'deletion', 'entity', 'fields', 'id', 'last', 'legal', 'rev'] as const;

/**
 * `canonicalJson(state)`, byte for byte, written from the state's known shape (its member names already in order)
 * instead of sorting every object's keys: a bundle's records files are thousands of these. Anything unexpected in the
 * shape falls back to `canonicalJson`.
 */
export function syncStateJson(state: RecordSyncState): string {
  let members = 0;
  for (const key in state) if (Object.hasOwn(state, key)) members += 1;
  const shaped = members === STATE_KEYS.length && STATE_KEYS.every((key) => Object.hasOwn(state, key));
  const { created, deletion } = state;
  const createdKeys = created && typeof created === 'object' ? Object.keys(created).length : -1;
  const fields = shaped ? registerJson(state.fields, false) : undefined;
  const legal = fields === undefined ? undefined : registerJson(state.legal, true);
  const last = legal === undefined ? undefined : writeJson(state.last, false);
  const deleted = deletion === null ? 'null' : last === undefined ? undefined : writeJson(deletion, false);
  if (
    last === undefined ||
    deleted === undefined ||
    createdKeys !== 3 ||
    typeof created.createdAt !== 'string' ||
    typeof created.createdBy !== 'string' ||
    typeof created.createdById !== 'string' ||
    typeof state.entity !== 'string' ||
    typeof state.id !== 'string' ||
    typeof state.rev !== 'number'
  )
    return canonicalJson(state);
  return (
    `{"created":{"createdAt":${JSON.stringify(created.createdAt)},"createdBy":${JSON.stringify(created.createdBy)},` +
    `"createdById":${JSON.stringify(created.createdById)}},"deletion":${deleted},"entity":${JSON.stringify(state.entity)},` +
    `"fields":${fields},"id":${JSON.stringify(state.id)},"last":${last},"legal":${legal},"rev":${JSON.stringify(state.rev)}}`
  );
}

/** Whether a string passes a schema, remembered: a bundle's writes repeat the same stamps, authors and times. */
function memoCheck(schema: z.ZodType, unchanged: boolean): (value: unknown) => boolean {
  const known = new Map<string, boolean>();
  return (value) => {
    if (typeof value !== 'string') return false;
    let ok = known.get(value);
    if (ok === undefined) {
      const parsed = schema.safeParse(value);
      ok = parsed.success && (!unchanged || parsed.data === value);
      if (known.size >= 50_000) known.clear();
      known.set(value, ok);
    }
    return ok;
  };
}
const validHlc = memoCheck(hlcSchema, false);
const validIso = memoCheck(isoTimestampSchema, false);
// A name zod would trim is left to zod, whose output (trimmed) then differs from the line.
const validName = memoCheck(personNameSchema, true);
const validPersonId = memoCheck(personIdSchema, false);

function plainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

function validWrite(write: unknown, legal: boolean): boolean {
  if (!plainObject(write)) return false;
  for (const key in write) {
    if (!Object.hasOwn(write, key)) return false;
    if (key === 'hlc' || key === 'at' || key === 'by' || key === 'byId' || key === 'value') continue;
    if (legal && key === 'supersedes') continue;
    return false;
  }
  if (!validHlc(write['hlc']) || !validIso(write['at']) || !validName(write['by']) || !validPersonId(write['byId']))
    return false;
  if (!legal) return true;
  const supersedes = write['supersedes'];
  if (!Array.isArray(supersedes) || supersedes.length > 10_000) return false;
  // Index by index: `every` would skip the holes of a sparse array.
  for (let index = 0; index < supersedes.length; index += 1) if (!validHlc(supersedes[index])) return false;
  return true;
}

function validRegisters(registers: unknown, legal: boolean): boolean {
  if (!plainObject(registers)) return false;
  for (const field in registers) {
    if (!Object.hasOwn(registers, field) || field === '__proto__') return false;
    const register = registers[field];
    if (legal) {
      if (!Array.isArray(register) || register.length < 1 || register.length > 64) return false;
      for (const write of register) if (!validWrite(write, true)) return false;
    } else if (!validWrite(register, false)) return false;
  }
  return true;
}

function boundedString(value: unknown): boolean {
  return typeof value === 'string' && value.length >= 1 && value.length <= 64;
}

/**
 * A lean check of a parsed line against `recordSyncStateSchema`: true only for a value the schema accepts and would
 * return unchanged (so the line itself can stand as the parsed state). Anything it is not sure of — including every
 * invalid line — goes to the schema, which accepts it or says in words what is wrong. Stamps, times, authors and ids
 * are checked by their own schemas, each distinct string once.
 */
export function isPlainSyncState(value: unknown): value is RecordSyncState {
  if (!plainObject(value)) return false;
  let members = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key) || !(STATE_KEYS as readonly string[]).includes(key)) return false;
    members += 1;
  }
  if (members !== STATE_KEYS.length) return false;
  const { created, rev, deletion } = value;
  if (!boundedString(value['entity']) || !boundedString(value['id'])) return false;
  if (typeof rev !== 'number' || !Number.isSafeInteger(rev) || rev < 1) return false;
  if (!plainObject(created) || Object.keys(created).length !== 3) return false;
  if (!validIso(created['createdAt']) || !validName(created['createdBy']) || !validPersonId(created['createdById']))
    return false;
  if (!validWrite(value['last'], false)) return false;
  if (deletion !== null && !validWrite(deletion, false)) return false;
  return validRegisters(value['fields'], false) && validRegisters(value['legal'], true);
}
