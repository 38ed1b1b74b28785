/**
 * Turns any failure into a sentence a responder can act on. Repository errors already speak in words; storage
 * errors are translated; nothing shows a stack trace or raw JSON.
 */
import { RecordValidationError, WriteRefusedError } from '../db/write';

export function describeError(error: unknown): string {
  if (error instanceof RecordValidationError || error instanceof WriteRefusedError) return error.message;
  if (error instanceof Error) {
    switch (error.name) {
      case 'QuotaExceededError':
        return 'The disk is full, so nothing was saved. Free some space and try again.';
      case 'ConstraintError':
        return 'That record clashes with one already saved (for example the same reference). Nothing was changed; try again.';
      case 'DatabaseClosedError':
      case 'InvalidStateError':
        return 'The local database is closed or unavailable. Reload Firebreak and try again.';
      case 'VersionError':
        return 'This database was written by a newer version of Firebreak. Update Firebreak to open it.';
      case 'AbortError':
        return 'The change was cancelled before it was saved. Nothing was changed.';
      default:
        break;
    }
    const inner = 'inner' in error && error.inner instanceof Error ? error.inner : undefined;
    if (inner) return describeError(inner);
    return error.message.trim() !== '' && !error.message.trim().startsWith('{')
      ? `Something went wrong: ${error.message}`
      : 'Something went wrong and nothing was changed. Try again.';
  }
  return 'Something went wrong and nothing was changed. Try again.';
}
