/**
 * Reading a runbook file someone chose, and deciding what importing it means. The reader says in words what is wrong
 * with a file that is not a runbook (unrelated JSON, a scenario or bundle file, a runbook from a newer Firebreak, a
 * damaged runbook with the place named as "phase 2, step 3, title"), never a raw schema line. A runbook whose title
 * is already in the library is not imported silently as a duplicate: the responder chooses a new version of the
 * existing runbook, both kept (the import's title gets a suffix), or cancel.
 */
import { z } from 'zod';
import { ExplainedError, IN_WORDS } from '../../errors';
import { PHASE_LABELS } from '../incidents/taxonomy';
import { RUNBOOK_FILE_FORMAT, runbookContentSchema, type RunbookContent } from './runbook';

const OTHER_FIREBREAK_FILES: Readonly<Record<string, string>> = {
  'firebreak-scenario': 'This is a Firebreak tabletop scenario file, not a runbook. Import it on Scenarios.',
  'firebreak-bundle': 'This is a Firebreak sync bundle, not a runbook. Import it on Sync bundles.',
};

const FIELD_WORDS: Readonly<Record<string, string>> = {
  title: 'title',
  purpose: 'purpose',
  activation: 'when it applies',
  types: 'incident types',
  severities: 'severities',
  atlasTechniques: 'ATLAS techniques',
  phases: 'phases',
  steps: 'steps',
  phase: 'phase',
};

/** "phases.1.steps.2.title" → "phase 2, step 3, title"; the words a runbook author uses. */
function placeInWords(path: ReadonlyArray<PropertyKey>, content: unknown): string {
  const words: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    if ((key === 'phases' || key === 'steps' || key === 'substeps') && typeof next === 'number') {
      if (key === 'phases') {
        const phase = (content as { phases?: Array<{ phase?: unknown }> } | null)?.phases?.[next]?.phase;
        words.push(
          typeof phase === 'string' && phase in PHASE_LABELS
            ? `phase “${PHASE_LABELS[phase as keyof typeof PHASE_LABELS]}”`
            : `phase ${next + 1}`,
        );
      } else words.push(`${key === 'steps' ? 'step' : 'sub-step'} ${next + 1}`);
      i++;
    } else if (typeof key === 'string') words.push(FIELD_WORDS[key] ?? key.replace(/([A-Z])/g, ' $1').toLowerCase());
  }
  return words.join(', ');
}

export type RunbookFileReading =
  { readonly ok: true; readonly content: RunbookContent } | { readonly ok: false; readonly message: string };

/** The runbook a file carries, or what is wrong with it in words. Pure: nothing is written. */
export function readRunbookFile(text: string): RunbookFileReading {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The file is not valid JSON, so it cannot be a Firebreak runbook.' };
  }
  const notRunbook =
    'This file is not a Firebreak runbook: a runbook file is the JSON that Export JSON on a runbook writes, ' +
    'with "format": "firebreak-runbook". Nothing was imported.';
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, message: notRunbook };
  const file = json as Record<string, unknown>;
  if (file['format'] !== RUNBOOK_FILE_FORMAT) {
    const other = typeof file['format'] === 'string' ? OTHER_FIREBREAK_FILES[file['format']] : undefined;
    return { ok: false, message: other ?? notRunbook };
  }
  const version = file['formatVersion'];
  if (typeof version === 'number' && Number.isInteger(version) && version > 1) {
    return {
      ok: false,
      message: `This runbook file is format version ${version}, written by a newer Firebreak. Update Firebreak to import it.`,
    };
  }
  if (version !== 1) {
    return { ok: false, message: 'This runbook file has no readable format version, so it cannot be imported.' };
  }
  const parsed = runbookContentSchema.safeParse(file['runbook'], IN_WORDS);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 3).map((issue) => {
      const place = placeInWords(issue.path, file['runbook']);
      // Parsed with IN_WORDS, so every message is already a sentence; only the place needs words.
      return place === '' ? issue.message : `${place}: ${issue.message}`;
    });
    const more = parsed.error.issues.length > 3 ? ` (and ${parsed.error.issues.length - 3} more problems)` : '';
    return {
      ok: false,
      message: `The runbook in this file is incomplete or damaged, so nothing was imported. ${[...new Set(problems)].join('; ')}${more}.`,
    };
  }
  return { ok: true, content: parsed.data };
}

/** How a runbook whose title the library already holds is imported. */
export const runbookImportChoiceSchema = z.enum(['new-version', 'keep-both']);
export type RunbookImportChoice = z.infer<typeof runbookImportChoiceSchema>;

const normalTitle = (title: string): string => title.trim().toLocaleLowerCase('en');

/** The library entry with the same title as the import (compared without case), if any. */
export function sameTitle<R extends { readonly title: string }>(title: string, library: readonly R[]): R | undefined {
  return library.find((runbook) => normalTitle(runbook.title) === normalTitle(title));
}

/** The import's title made unique with a suffix: "Prompt injection (2)", "(3)"…; within the 200-character limit. */
export function suffixedTitle(title: string, titles: readonly string[]): string {
  const taken = new Set(titles.map(normalTitle));
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${title.trim().slice(0, 200 - suffix.length)}${suffix}`;
    if (!taken.has(normalTitle(candidate))) return candidate;
  }
}

/** Importing would duplicate a title the library holds; the responder chooses a RunbookImportChoice or cancels. */
export class RunbookTitleTakenError extends ExplainedError {
  override name = 'RunbookTitleTakenError';
  constructor(
    readonly title: string,
    readonly existingVersion: number,
  ) {
    super(
      `The library already has a runbook called “${title}” (version ${existingVersion}). ` +
        'Import it as the next version of that runbook, keep both, or cancel.',
    );
  }
}
