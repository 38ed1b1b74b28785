/**
 * Rows packed in columns for the metrics worker's saved copy come back equal, whatever their values: dictionary and
 * line-text strings, numbers with nulls, lists of objects, strings with line feeds, mixed fields and no rows at all;
 * and the packed form is typed arrays and a few strings, which is what makes its structured clone cheap.
 */
import { describe, expect, it } from 'vitest';
import { packRows, unpackRows } from '../../../shared/domain/metrics/columns';

const roundTrip = (rows: object[]) => unpackRows(structuredClone(packRows(rows)));

describe('rows packed in columns', () => {
  it('come back equal for the chart facts the dashboard keeps', () => {
    const id = (n: number) => `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`;
    const reviews = Array.from({ length: 50 }, (_, n) => ({
      id: id(n),
      incidentId: id(n * 3),
      primary: (['data', 'model', ''] as const)[n % 3],
      contributing: n % 4 === 0 ? [] : ['system', 'external'].slice(0, n % 3),
      trigger: 'interaction',
    }));
    const filings = Array.from({ length: 40 }, (_, n) => ({
      id: id(1_000 + n),
      incidentId: id(n),
      deadlines: Array.from({ length: n % 3 }, (__, k) => ({
        regime: k === 0 ? 'gdpr-art33' : 'nis2-art23',
        dueAt: 1_790_000_000_000 + n * 1_000 + k,
        submittedAt: n % 2 === 0 ? null : 1_790_000_000_500 + n,
      })),
    }));
    expect(roundTrip(reviews)).toEqual(reviews);
    expect(roundTrip(filings)).toEqual(filings);
    const packed = packRows(reviews);
    expect(packed.column).toMatchObject({
      kind: 'object',
      keys: ['id', 'incidentId', 'primary', 'contributing', 'trigger'],
    });
    if (packed.column.kind !== 'object') throw new Error('Rows of objects pack as an object column.');
    const fields = packed.column.fields.map((field) => field.kind);
    expect(fields).toEqual(['lines', 'lines', 'dict', 'list', 'dict']);
  });

  it('keep odd values exactly: line feeds, mixed kinds, missing fields, booleans and empty lists', () => {
    const rows = [
      { id: 'a', note: 'two\nlines', value: 1, flag: true, list: [] },
      { id: 'b', note: 'one line', value: null, flag: false, list: [1, 'x'] },
      { id: 'c', note: '', value: -0.5, list: [[1], []] },
    ];
    expect(roundTrip(rows)).toEqual(rows);
    expect(roundTrip([])).toEqual([]);
    expect(roundTrip([{ id: 'only' }])).toEqual([{ id: 'only' }]);
  });
});
