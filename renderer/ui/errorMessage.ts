/**
 * Turns any failure into a sentence a responder can act on. Errors written for people (`ExplainedError`: refused
 * rules, invalid records) speak for themselves; zod errors are put into words; storage errors are translated; any
 * other failure gets a plain sentence, because its message may be JSON, a stack or a developer's note.
 */
import { ZodError } from 'zod';
import { describeZodError, ExplainedError } from '../../shared/errors';

const UNKNOWN_FAILURE = 'Something went wrong and nothing was changed. Try again.';

const STORAGE_FAILURES: Readonly<Record<string, string>> = {
  QuotaExceededError: 'The disk is full, so nothing was saved. Free some space and try again.',
  ConstraintError:
    'That record clashes with one already saved (for example the same reference). Nothing was changed; try again.',
  DatabaseClosedError: 'The local database is closed or unavailable. Reload Firebreak and try again.',
  InvalidStateError: 'The local database is closed or unavailable. Reload Firebreak and try again.',
  VersionError: 'This database was written by a newer version of Firebreak. Update Firebreak to open it.',
  AbortError: 'The change was cancelled before it was saved. Nothing was changed.',
};

export function describeError(error: unknown): string {
  if (error instanceof ExplainedError) return error.message;
  if (error instanceof ZodError) return `Nothing was saved: ${describeZodError(error)}`;
  if (!(error instanceof Error)) return UNKNOWN_FAILURE;
  const storage = STORAGE_FAILURES[error.name];
  if (storage !== undefined) return storage;
  const inner = 'inner' in error && error.inner instanceof Error ? error.inner : undefined;
  return inner ? describeError(inner) : UNKNOWN_FAILURE;
}
