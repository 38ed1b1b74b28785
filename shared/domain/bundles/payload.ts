/**
 * What a bundle's `records/<table>.ndjson` files hold and how the importer reads them. A record table's line is the
 * record's sync state (`shared/domain/sync/syncState.ts`), from which the receiver makes the record and merges it;
 * `custody.ndjson` holds the evidence items' custody events as the sender recorded them. Reading validates every
 * line — the state's own schema, the record it makes against its entity's shared schema, the table it came in — and
 * refuses the whole bundle, in words, at the first line that fails, so nothing from a bad bundle is ever written.
 */
import { canonicalJson } from '../canonicalJson';
import { ENTITIES, type EntityName } from '../capabilities';
import { custodyEventSchema, type CustodyEvent } from '../evidence/custody';
import { describeZodError, ExplainedError, IN_WORDS } from '../../errors';
import {
  isPlainSyncState,
  materialize,
  recordSyncStateSchema,
  syncStateJson,
  type RecordSyncState,
} from '../sync/syncState';
import { parseEntityRecord, rememberRecordOfState } from '../validatedRecords';

/** The tables a bundle may carry, with the entity each holds, in the order they are written. */
export const BUNDLE_RECORD_TABLES = [
  { table: 'people', entity: 'person' },
  { table: 'runbooks', entity: 'runbook' },
  { table: 'incidents', entity: 'incident' },
  { table: 'timeline', entity: 'timeline' },
  { table: 'checklistSteps', entity: 'checklistStep' },
  { table: 'regulatoryProfiles', entity: 'regulatoryProfile' },
  { table: 'evidence', entity: 'evidence' },
] as const satisfies readonly { table: string; entity: EntityName }[];
export type BundleTable = (typeof BUNDLE_RECORD_TABLES)[number]['table'];
export const CUSTODY_TABLE = 'custody';

/** A bundle that fails a check after its signature verified: the sender's data is not what Firebreak stores. */
export class BundleContentError extends ExplainedError {
  override name = 'BundleContentError';
}

export function formatNdjson(lines: readonly unknown[]): string {
  return lines.map((line) => `${canonicalJson(line)}\n`).join('');
}

/** A record table's file: `formatNdjson` of sync states, byte for byte, through the states' own writer. */
export function formatStatesNdjson(states: readonly RecordSyncState[]): string {
  let text = '';
  for (const state of states) text += `${syncStateJson(state)}\n`;
  return text;
}

function linesOf(table: string, text: string, expected: number): unknown[] {
  const lines = text.split('\n');
  if (lines.pop() !== '') throw new BundleContentError(`records/${table}.ndjson does not end with a line break.`);
  if (lines.length !== expected)
    throw new BundleContentError(`records/${table}.ndjson holds ${lines.length} lines; the manifest says ${expected}.`);
  return lines.map((line, index) => {
    try {
      return JSON.parse(line) as unknown;
    } catch {
      throw new BundleContentError(`Line ${index + 1} of records/${table}.ndjson is not JSON.`);
    }
  });
}

/** The sync states of one record table, each checked against its entity's schema. */
export function readRecordStates(table: string, text: string, expected: number): RecordSyncState[] {
  return [...recordStatesOf(table, text, expected)];
}

/** Lines read between two pauses of `readRecordStatesInSlices`. */
const LINES_PER_SLICE = 1000;

/**
 * `readRecordStates`, awaiting `pause` after every `LINES_PER_SLICE` lines: the renderer validates a bundle of
 * 10,000 records on its main thread, and pauses there so the page keeps painting and answering input.
 */
export async function readRecordStatesInSlices(
  table: string,
  text: string,
  expected: number,
  pause: () => Promise<void>,
): Promise<RecordSyncState[]> {
  const states: RecordSyncState[] = [];
  for (const state of recordStatesOf(table, text, expected)) {
    states.push(state);
    if (states.length % LINES_PER_SLICE === 0) await pause();
  }
  return states;
}

function* recordStatesOf(table: string, text: string, expected: number): Generator<RecordSyncState> {
  const declared = BUNDLE_RECORD_TABLES.find((candidate) => candidate.table === table);
  if (!declared) throw new BundleContentError(`The bundle carries a table Firebreak does not import: ${table}.`);
  const seen = new Set<string>();
  const lines = linesOf(table, text, expected);
  for (let index = 0; index < lines.length; index++) {
    const json = lines[index];
    const where = `Line ${index + 1} of records/${table}.ndjson`;
    let state: RecordSyncState;
    // Most lines pass the lean check of the state's shape; the schema reads the rest (and words every refusal).
    if (isPlainSyncState(json)) state = json;
    else {
      const parsed = recordSyncStateSchema.safeParse(json, IN_WORDS);
      if (!parsed.success)
        throw new BundleContentError(`${where} is not a sync record: ${describeZodError(parsed.error)}`);
      state = parsed.data;
    }
    if (state.entity !== declared.entity)
      throw new BundleContentError(`${where} is a ${state.entity}, not a ${declared.entity}.`);
    if (seen.has(state.id)) throw new BundleContentError(`${where} repeats record ${state.id}.`);
    seen.add(state.id);
    let record: unknown;
    try {
      record = materialize(state);
    } catch {
      throw new BundleContentError(`${where} is a sync record with no writes.`);
    }
    const valid = parseEntityRecord(declared.entity, ENTITIES[declared.entity].schema, record);
    if (!valid.success)
      throw new BundleContentError(`${where} is not a valid ${declared.entity}: ${describeZodError(valid.error)}`);
    // The apply stores this very object for a record new here (`planRecord`), so the writer need not parse it again.
    rememberRecordOfState(state, valid.data as object);
    yield state;
  }
}

export function readCustodyEvents(text: string, expected: number): CustodyEvent[] {
  return linesOf(CUSTODY_TABLE, text, expected).map((json, index) => {
    const parsed = custodyEventSchema.safeParse(json, IN_WORDS);
    if (!parsed.success)
      throw new BundleContentError(
        `Line ${index + 1} of records/custody.ndjson is not a custody event: ${describeZodError(parsed.error)}`,
      );
    return parsed.data;
  });
}

/**
 * Rules across a bundle's files: every live evidence item has its content in the bundle, and every custody event
 * names an item the bundle carries. The importer and `firebreak-verify` both apply them.
 */
export function checkBundleCoherence(
  evidenceStates: readonly RecordSyncState[],
  custody: readonly CustodyEvent[],
  entries: readonly { readonly name: string; readonly sha256: string }[],
): void {
  const carried = new Set(entries.filter((entry) => entry.name.startsWith('evidence/')).map((entry) => entry.sha256));
  const items = new Set<string>();
  for (const state of evidenceStates) {
    const item = materialize(state);
    items.add(item.id);
    if (item.deletedAt === null && !carried.has(String(item.sha256)))
      throw new BundleContentError(`Evidence item ${item.id} is in the bundle without its content.`);
  }
  for (const event of custody)
    if (!items.has(event.itemId))
      throw new BundleContentError(`A custody event names item ${event.itemId}, which the bundle does not carry.`);
}
