import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseEntityRecord, wasValidatedAs } from '../../shared/domain/validatedRecords';

const schema = z.object({ id: z.string(), tags: z.array(z.string()), nested: z.object({ note: z.string() }) });

describe('records remembered as validated', () => {
  it('are remembered for their entity only, and cannot be changed after the parse that vouched for them', () => {
    const parsed = parseEntityRecord('incidents', schema, { id: 'a', tags: ['x'], nested: { note: 'n' } });
    if (!parsed.success) throw new Error('the sample should parse');
    const record = parsed.data;
    expect(wasValidatedAs(record, 'incidents')).toBe(true);
    expect(wasValidatedAs(record, 'runbooks')).toBe(false);
    expect(wasValidatedAs({ ...record }, 'incidents')).toBe(false);
    expect(() => {
      (record as { id: string }).id = 'forged';
    }).toThrow(TypeError);
    expect(() => (record.tags as string[]).push('forged')).toThrow(TypeError);
    expect(() => {
      (record.nested as { note: string }).note = 'forged';
    }).toThrow(TypeError);
    expect(record).toEqual({ id: 'a', tags: ['x'], nested: { note: 'n' } });
  });

  it('are not remembered when the parse fails', () => {
    const candidate = { id: 1, tags: [], nested: { note: 'n' } };
    expect(parseEntityRecord('incidents', schema, candidate).success).toBe(false);
    expect(wasValidatedAs(candidate, 'incidents')).toBe(false);
  });
});
