/**
 * Runbook repository: creating, editing (a draft in place, a published version into a new draft version), publishing
 * and retiring, and JSON import. Every write runs in one write transaction; the versioning rules are the pure ones in
 * shared/domain/runbooks/runbook.ts. Reads, the library among them, are in `queries.ts`.
 */
import { BUILT_IN_RUNBOOKS } from '../../../shared/domain/runbooks/builtInRunbooks';
import { uuidv7 } from '../../../shared/domain/ids';
import {
  checkRunbookStatusChange,
  planRunbookEdit,
  runbookContent,
  runbookContentSchema,
  type Runbook,
  type RunbookContent,
  type RunbookContentInput,
  type RunbookStatus,
} from '../../../shared/domain/runbooks/runbook';
import {
  readRunbookFile,
  RunbookTitleTakenError,
  sameTitle,
  suffixedTitle,
  type RunbookImportChoice,
} from '../../../shared/domain/runbooks/runbookImport';
import { parseOrRefuse, WriteRefusedError } from '../../../shared/errors';
import type { FirebreakDatabase } from '../database';
import { listRunbookVersions, liveRunbook, liveRunbookLineage } from './queries';
import { writeTransaction, type Actor, type RecordWriter } from '../write';

/**
 * The stored version with this id; a built-in is stored as version 1 on first use, in the caller's transaction,
 * so incidents and new versions always point at a record.
 */
export async function requireRunbook(db: FirebreakDatabase, writer: RecordWriter, id: string): Promise<Runbook> {
  const stored = await liveRunbook(db, id);
  if (stored) return stored;
  const builtIn = BUILT_IN_RUNBOOKS.find((runbook) => runbook.id === id);
  if (!builtIn) throw new WriteRefusedError('That runbook no longer exists.');
  return writer.create(
    'runbook',
    {
      ...runbookContent(builtIn),
      lineageId: builtIn.lineageId,
      version: 1,
      status: 'published',
      builtIn: true,
      publishedAt: null,
    },
    builtIn.id,
  );
}

function parseContent(input: RunbookContentInput): RunbookContent {
  return parseOrRefuse(runbookContentSchema, 'runbook', input);
}

/** A new runbook: version 1 of a new lineage, as a draft. */
export async function createRunbook(db: FirebreakDatabase, actor: Actor, input: RunbookContentInput): Promise<Runbook> {
  const content = parseContent(input);
  return writeTransaction(db, actor, async (writer) =>
    writer.create('runbook', {
      ...content,
      lineageId: uuidv7(Date.parse(writer.now)),
      version: 1,
      status: 'draft',
      builtIn: false,
      publishedAt: null,
    }),
  );
}

/** Saves an edit of version `baseId`: a draft changes in place; a published or retired version gets a new draft. */
export async function saveRunbookEdit(
  db: FirebreakDatabase,
  actor: Actor,
  baseId: string,
  input: RunbookContentInput,
): Promise<Runbook> {
  const content = parseContent(input);
  return writeTransaction(db, actor, async (writer) => {
    const base = await requireRunbook(db, writer, baseId);
    const lineage = await liveRunbookLineage(db, base.lineageId);
    const plan = planRunbookEdit(base, lineage);
    switch (plan.kind) {
      case 'refused':
        throw new WriteRefusedError(plan.message);
      case 'update-draft':
        return writer.update('runbook', base, content);
      case 'new-version':
        return writer.create('runbook', {
          ...content,
          lineageId: base.lineageId,
          version: plan.version,
          status: 'draft',
          builtIn: base.builtIn,
          publishedAt: null,
        });
    }
  });
}

/** Publishes or retires a version. Publishing retires the lineage's previously published version. */
export async function setRunbookStatus(
  db: FirebreakDatabase,
  actor: Actor,
  id: string,
  to: Exclude<RunbookStatus, 'draft'>,
): Promise<Runbook> {
  return writeTransaction(db, actor, async (writer) => {
    const runbook = await requireRunbook(db, writer, id);
    const check = checkRunbookStatusChange(runbook.status, to);
    if (!check.ok) throw new WriteRefusedError(check.message);
    if (to === 'published') {
      for (const other of await liveRunbookLineage(db, runbook.lineageId)) {
        if (other.id !== runbook.id && other.status === 'published') {
          writer.update('runbook', other, { status: 'retired' });
        }
      }
      return writer.update('runbook', runbook, { status: 'published', publishedAt: writer.now });
    }
    return writer.update('runbook', runbook, { status: 'retired' });
  });
}

/**
 * Imports a shared runbook file; a bad file is refused in words and nothing is written. A title the library already
 * holds is refused with RunbookTitleTakenError unless `choice` says what to do: 'new-version' makes the file the next
 * draft version of that runbook, 'keep-both' imports it as a new runbook with a suffixed title.
 */
export async function importRunbook(
  db: FirebreakDatabase,
  actor: Actor,
  text: string,
  choice?: RunbookImportChoice,
): Promise<Runbook> {
  const read = readRunbookFile(text);
  if (!read.ok) throw new WriteRefusedError(read.message);
  const library = await listRunbookVersions(db);
  const same = sameTitle(read.content.title, library);
  if (!same) return createRunbook(db, actor, read.content);
  const lineage = library.filter((runbook) => runbook.lineageId === same.lineageId);
  const latest = lineage.reduce((a, b) => (b.version > a.version ? b : a));
  switch (choice) {
    case undefined:
      throw new RunbookTitleTakenError(same.title, latest.version);
    case 'new-version': {
      // The next version builds on the published one (a draft already open is refused by the versioning rules).
      const base = lineage.find((runbook) => runbook.status === 'published') ?? latest;
      return saveRunbookEdit(db, actor, base.id, { ...read.content, title: same.title });
    }
    case 'keep-both':
      return createRunbook(db, actor, {
        ...read.content,
        title: suffixedTitle(
          read.content.title,
          library.map((runbook) => runbook.title),
        ),
      });
  }
}
