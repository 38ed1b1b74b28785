/**
 * A batch of files waiting to be taken into evidence, each with its own provenance (source system, location,
 * method, AI system, tags, description) unless the responder chose "same details for all files". An empty (0-byte)
 * file is taken only once the responder has confirmed it. Checked with the shared evidence details schema before
 * any file is read; nothing carries over from one file, or one batch, to the next.
 */
import {
  evidenceDetailsFormSchema,
  type EvidenceDetails,
  type EvidenceDetailsFormInput,
} from '../../../shared/domain/evidence/evidence';
import { IN_WORDS } from '../../../shared/errors';

export type DetailsField = keyof EvidenceDetailsFormInput;
export type DetailsErrors = Partial<Record<DetailsField, string>>;

export interface PendingFile {
  readonly key: number;
  readonly file: Pick<File, 'name' | 'size'>;
  readonly details: EvidenceDetailsFormInput;
  /** For an empty file: the responder confirmed it should be kept anyway. */
  readonly emptyConfirmed: boolean;
}

export const EMPTY_DETAILS: EvidenceDetailsFormInput = {
  system: '',
  location: '',
  method: '',
  aiSystem: '',
  tags: '',
  description: '',
};

export interface BatchProblems {
  /** Field problems per pending file key, or under 'shared' when the same details apply to all. */
  readonly details: ReadonlyMap<number | 'shared', DetailsErrors>;
  /** Keys of empty files not yet confirmed. */
  readonly unconfirmedEmpty: readonly number[];
}

export type BatchOutcome =
  | { readonly ok: true; readonly items: ReadonlyArray<{ readonly key: number; readonly details: EvidenceDetails }> }
  | ({ readonly ok: false } & BatchProblems);

function checkDetails(
  input: EvidenceDetailsFormInput,
  acquiredAt: string,
  acquiredBy: string,
): { details: EvidenceDetails } | { errors: DetailsErrors } {
  const parsed = evidenceDetailsFormSchema.safeParse(input, IN_WORDS);
  if (!parsed.success) {
    const errors: DetailsErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as DetailsField | undefined;
      if (field !== undefined && errors[field] === undefined) errors[field] = issue.message;
    }
    return { errors };
  }
  const values = parsed.data;
  return {
    details: {
      acquiredAt,
      acquiredBy,
      source: { system: values.system, location: values.location, method: values.method },
      description: values.description,
      tags: values.tags,
      aiSystem: values.aiSystem,
    },
  };
}

/** The details each pending file is taken with, or every problem in words (and then nothing is taken). */
export function prepareBatch(
  pending: readonly PendingFile[],
  sameForAll: boolean,
  shared: EvidenceDetailsFormInput,
  acquiredAt: string,
  acquiredBy: string,
): BatchOutcome {
  const problems = new Map<number | 'shared', DetailsErrors>();
  const items: Array<{ key: number; details: EvidenceDetails }> = [];
  const sharedChecked = sameForAll ? checkDetails(shared, acquiredAt, acquiredBy) : undefined;
  if (sharedChecked && 'errors' in sharedChecked) problems.set('shared', sharedChecked.errors);
  for (const file of pending) {
    const checked = sharedChecked ?? checkDetails(file.details, acquiredAt, acquiredBy);
    if ('errors' in checked) {
      if (!sameForAll) problems.set(file.key, checked.errors);
    } else items.push({ key: file.key, details: checked.details });
  }
  const unconfirmedEmpty = pending.filter((file) => file.file.size === 0 && !file.emptyConfirmed).map((f) => f.key);
  if (problems.size > 0 || unconfirmedEmpty.length > 0) return { ok: false, details: problems, unconfirmedEmpty };
  return { ok: true, items };
}
