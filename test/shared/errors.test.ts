/** The one error path: zod issues in words (never JSON), and refusals a person can read. */
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { aiSystemSnapshotSchema, evidenceDetailsFormSchema } from '../../shared/domain/evidence/evidence';
import {
  describeZodError,
  ExplainedError,
  IN_WORDS,
  parseOrRefuse,
  RecordValidationError,
  refuseIf,
  WriteRefusedError,
} from '../../shared/errors';

const JSON_OR_ZOD_DUMP = /[[{]|"code"|too_big|origin|expected string/;

describe('errors in words', () => {
  it('refuses an over-long model id with the field and the limit in words', () => {
    const attempt = (): unknown =>
      parseOrRefuse(aiSystemSnapshotSchema, 'snapshot', {
        modelId: 'm'.repeat(201),
        modelVersion: '1',
        capturedAt: '2026-11-20T09:00:00.000Z',
      });
    expect(attempt).toThrow(RecordValidationError);
    expect(attempt).toThrow(ExplainedError);
    expect(attempt).toThrow(/^The snapshot was not saved: modelId: Use at most 200 characters\.$/);
  });

  it('names an over-long tag from the edit form in the words of its schema', () => {
    const parsed = evidenceDetailsFormSchema.safeParse({ tags: `ok, ${'t'.repeat(61)}` }, IN_WORDS);
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['tags'], 'Keep each tag under 60 characters.'],
    ]);
  });

  it('puts zod defaults into words even when parsed without IN_WORDS (the IPC gate)', () => {
    const schema = z.object({ name: z.string().max(3), count: z.number(), kind: z.enum(['a', 'b']) });
    const parsed = schema.safeParse({ name: 'long', kind: 'c' });
    const text = parsed.success ? '' : describeZodError(parsed.error);
    expect(text).toBe(
      'name: Use at most 3 characters.; count: This is required.; kind: Choose one of the offered options.',
    );
    expect(text).not.toMatch(JSON_OR_ZOD_DUMP);
  });

  it('refuses only when a rule reports a problem', () => {
    expect(() => refuseIf(undefined)).not.toThrow();
    expect(() => refuseIf(null)).not.toThrow();
    expect(() => refuseIf('Give a reason.')).toThrow(new WriteRefusedError('Give a reason.'));
  });
});
