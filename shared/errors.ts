/**
 * The one error path. Every failure a person may see is an `ExplainedError`, whose message is a sentence written for
 * them: a rule that refused a write (`WriteRefusedError`) or a record that is not valid (`RecordValidationError`).
 * Zod issues are put into words here (`zodIssueInWords`, `describeZodError`), for repositories, forms (through
 * `zodResolver(schema, IN_WORDS)`) and the IPC gate alike, so no JSON or zod dump ever reaches a screen.
 */
import type { z } from 'zod';

/** A failure whose message is written for the person using Firebreak, and may be shown as it is. */
export class ExplainedError extends Error {
  override name = 'ExplainedError';
}

/** A write refused by a domain rule (a phase change without a reason, legal review mode). Nothing was changed. */
export class WriteRefusedError extends ExplainedError {
  override name = 'WriteRefusedError';
}

/** A write refused because the record is not valid; the message says what to fix, in words. */
export class RecordValidationError extends ExplainedError {
  override name = 'RecordValidationError';
  constructor(
    readonly entity: string,
    readonly issues: z.ZodError,
  ) {
    super(`The ${entity} was not saved: ${describeZodError(issues)}`);
  }
}

type RawIssue = z.core.$ZodRawIssue;

function sizeInWords(origin: string, limit: number | bigint, most: boolean): string | undefined {
  const bound = most ? 'at most' : 'at least';
  const amount = Number(limit).toLocaleString('en-GB');
  switch (origin) {
    case 'string':
      if (!most && Number(limit) === 1) return 'This cannot be empty.';
      return `Use ${bound} ${amount} character${Number(limit) === 1 ? '' : 's'}.`;
    case 'array':
    case 'set':
      return `Give ${bound} ${amount} item${Number(limit) === 1 ? '' : 's'}.`;
    case 'number':
    case 'int':
    case 'bigint':
      return most ? `Use a number no larger than ${amount}.` : `Use a number no smaller than ${amount}.`;
    case 'file':
      return most ? `The file must be ${amount} bytes or smaller.` : `The file must be ${amount} bytes or larger.`;
    case 'date':
      return most ? 'That date is too late.' : 'That date is too early.';
    default:
      return undefined;
  }
}

/**
 * Words for the issues a schema did not give its own message; pass it as zod's `error` option. Schema messages
 * ("Keep the title under 200 characters.") take precedence over it, as zod orders them.
 */
export function zodIssueInWords(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'too_big':
      return sizeInWords(issue.origin, issue.maximum, true);
    case 'too_small':
      return sizeInWords(issue.origin, issue.minimum, false);
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'This is required.' : 'This value is not valid.';
    case 'invalid_format':
      if (issue.format === 'email') return 'Enter an email address such as name@example.org.';
      if (issue.format === 'datetime' || issue.format === 'date') return 'Enter a valid date and time.';
      return 'This is not in the expected format.';
    case 'invalid_value':
      return 'Choose one of the offered options.';
    case 'not_multiple_of':
      return 'Use a whole number of the expected step.';
    case 'unrecognized_keys':
      return 'This contains fields Firebreak does not know.';
    default:
      return 'This value is not valid.';
  }
}

/** zod's parse options that put its own messages into words: `schema.safeParse(x, IN_WORDS)`, `zodResolver(s, IN_WORDS)`. */
export const IN_WORDS = { error: zodIssueInWords } as const;

/** Words for an issue that carries zod's own default message (parsed without `IN_WORDS`, e.g. at the IPC gate). */
function defaultInWords(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    return /received (undefined|null)/.test(issue.message) ? 'This is required.' : 'This value is not valid.';
  }
  return zodIssueInWords({ ...issue, input: undefined } satisfies RawIssue) ?? 'This value is not valid.';
}

/** Turns a zod error into sentences a person can act on, each named by its field (`title: …; types: …`), never JSON. */
export function describeZodError(error: z.ZodError): string {
  const sentences = error.issues.map((issue) => {
    const message = /^(Too big|Too small|Invalid)\b/.test(issue.message) ? defaultInWords(issue) : issue.message;
    return issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${message}` : message;
  });
  return [...new Set(sentences)].join('; ');
}

/** Parses a repository function's input with its shared schema, or refuses the write with the problems in words. */
export function parseOrRefuse<S extends z.ZodType>(schema: S, entity: string, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input, IN_WORDS);
  if (!parsed.success) throw new RecordValidationError(entity, parsed.error);
  return parsed.data;
}

/** Refuses the write when a domain rule reported a problem (a sentence), and does nothing when it did not. */
export function refuseIf(problem: string | undefined | null): void {
  if (problem !== undefined && problem !== null) throw new WriteRefusedError(problem);
}
