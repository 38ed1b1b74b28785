/**
 * The register's index answers every query exactly as a plain filter over the rows would, whether the rows are
 * packed (the base), written since (the overlay), or both — and after folding the overlay back in.
 */
import { describe, expect, it } from 'vitest';
import type { IncidentListItem } from '../../../renderer/db/incidents/incidentList';
import { searchWordsOf } from '../../../renderer/db/incidents/incidentSearch';
import { PackedIncidentRows, packParts, packRow } from '../../../renderer/db/incidents/packedIncidentRows';
import { IncidentIndex, searchTerms, type IncidentQuery } from '../../../renderer/features/register/incidentIndex';
import { SEVERITY_INFO, type IncidentType } from '../../../shared/domain/incidents/taxonomy';

const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
const PHASES = ['detection-analysis', 'containment', 'recovery', 'closed'] as const;
const TYPES: IncidentType[] = ['prompt-injection', 'data-poisoning', 'model-drift', 'jailbreak'];
const WORDS = ['gateway', 'drift', 'leak', 'prompt', 'Über', 'naïve', 'model', 'loan', 'chatbot', 'key'];

function row(i: number): IncidentListItem {
  const ref = `INC-2026-${String(i).padStart(4, '0')}`;
  const title = `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} incident ${i}`;
  const day = String(1 + (i % 28)).padStart(2, '0');
  return {
    id: `0190a0b0-0000-7000-8000-${String(i).padStart(12, '0')}`,
    ref,
    title,
    severity: SEVERITIES[i % 4]!,
    phase: PHASES[(i * 3) % 4]!,
    types: i % 5 === 0 ? [] : [TYPES[i % 4]!, ...(i % 3 === 0 ? [TYPES[(i + 1) % 4]!] : [])],
    // Several incidents share a declaration time, so ties are broken by reference.
    declaredAt: `2026-0${1 + (i % 9)}-${day}T10:00:00.000Z`,
    updatedAt: '2026-10-01T00:00:00.000Z',
    // Some are practice incidents of exercises: the EXERCISE marker survives packing.
    ...(i % 11 === 0 ? { exercise: true as const } : {}),
    haystack: `${ref} ${title} summary ${WORDS[(i * 3) % WORDS.length]}`.toLowerCase(),
  };
}

const rank = (item: IncidentListItem): number => SEVERITY_INFO[item.severity].rank;
const newestFirst = (a: IncidentListItem, b: IncidentListItem): number =>
  a.declaredAt < b.declaredAt ? 1 : a.declaredAt > b.declaredAt ? -1 : a.ref < b.ref ? 1 : -1;

/** The answer by definition: filter everything (a search word begins a word of the search text), then sort. */
function truth(rows: readonly IncidentListItem[], query: IncidentQuery): string[] {
  const terms = searchTerms(query.text);
  const matches = rows.filter(
    (item) =>
      (query.phases.length === 0 || query.phases.includes(item.phase)) &&
      (query.severities.length === 0 || query.severities.includes(item.severity)) &&
      (query.types.length === 0 || query.types.some((type) => item.types.includes(type))) &&
      terms.every((term) => searchWordsOf(item.haystack).some((word) => word.startsWith(term))),
  );
  matches.sort(query.sort === 'severity' ? (a, b) => rank(a) - rank(b) || newestFirst(a, b) : newestFirst);
  if (query.sort === 'declared-asc') matches.reverse();
  return matches.map((item) => item.ref);
}

const QUERIES: IncidentQuery[] = [
  { text: '', phases: [], severities: [], types: [], sort: 'declared-desc' },
  { text: '', phases: [], severities: [], types: [], sort: 'declared-asc' },
  { text: '', phases: [], severities: [], types: [], sort: 'severity' },
  { text: 'drift', phases: [], severities: [], types: [], sort: 'declared-desc' },
  // Inside a word is no match: 'rift' is in 'drift' but begins no word.
  { text: 'rift', phases: [], severities: [], types: [], sort: 'declared-desc' },
  { text: 'incident 12', phases: [], severities: [], types: [], sort: 'declared-desc' },
  { text: 'DRIFT leak', phases: [], severities: ['SEV1', 'SEV3'], types: [], sort: 'severity' },
  { text: 'über', phases: ['containment'], severities: [], types: [], sort: 'declared-asc' },
  { text: 'inc-2026-00', phases: [], severities: [], types: [TYPES[1]!, TYPES[2]!], sort: 'declared-desc' },
  // A term that appears in the id or the date fields but not in any search text finds nothing.
  { text: '0190a0b0', phases: [], severities: [], types: [], sort: 'declared-desc' },
  { text: '10:00', phases: [], severities: [], types: [], sort: 'declared-desc' },
  { text: 'i', phases: [], severities: ['SEV2'], types: [], sort: 'declared-desc' },
];

function packedIndex(rows: readonly IncidentListItem[]): IncidentIndex {
  const index = new IncidentIndex();
  expect(index.setBase(packParts([...rows].sort(newestFirst).map(packRow)))).toBe(true);
  return index;
}

describe('IncidentIndex', () => {
  const rows = Array.from({ length: 25_100 }, (_, i) => row(i));

  it('answers every query like a plain filter, from packed rows spread over several parts', () => {
    const index = packedIndex(rows);
    expect(index.size).toBe(rows.length);
    for (const query of QUERIES)
      expect(
        index
          .query(query)
          .toArray()
          .map((item) => item.ref),
      ).toEqual(truth(rows, query));
  });

  it('gives back each row exactly as it was packed', () => {
    const index = packedIndex(rows.slice(0, 500));
    for (const item of rows.slice(0, 500)) expect(index.get(item.id)).toEqual(item);
  });

  it('merges rows written since the copy, masks the rows they replace, drops removed rows, and folds them back', () => {
    const index = packedIndex(rows.slice(0, 3_000));
    const edited = { ...rows[10]!, title: 'Renamed drift', haystack: 'inc-2026-0010 renamed drift' };
    const added = [...rows.slice(3_000, 3_200)];
    index.upsert([edited, ...added]);
    index.remove([rows[11]!.id, rows[3_001]!.id]);
    const expected = [...rows.slice(0, 3_200)]
      .map((item) => (item.id === edited.id ? edited : item))
      .filter((item) => item.id !== rows[11]!.id && item.id !== rows[3_001]!.id);
    expect(index.size).toBe(expected.length);
    expect(index.get(edited.id)?.title).toBe('Renamed drift');
    expect(index.get(rows[11]!.id)).toBeUndefined();
    for (const query of QUERIES)
      expect(
        index
          .query(query)
          .toArray()
          .map((item) => item.ref),
      ).toEqual(truth(expected, query));

    index.compact();
    expect(index.written).toBe(0);
    expect(index.size).toBe(expected.length);
    for (const query of QUERIES)
      expect(
        index
          .query(query)
          .toArray()
          .map((item) => item.ref),
      ).toEqual(truth(expected, query));
  });

  it('builds its packed rows from objects alone (a start without a saved copy)', () => {
    const index = new IncidentIndex();
    index.upsert(rows.slice(0, 1_000));
    index.compact();
    const again = new IncidentIndex();
    expect(again.setBase(index.packed())).toBe(true);
    expect(again.query(QUERIES[0]!).toArray()).toEqual(index.query(QUERIES[0]!).toArray());
  });

  it('keeps separators typed into a title from breaking the packed form', () => {
    const odd = { ...rows[0]!, title: 'a\u001fb\u001ec', haystack: 'x\u001fy' };
    const index = new IncidentIndex();
    index.upsert([odd, rows[1]!]);
    index.compact();
    expect(index.size).toBe(2);
    expect(index.get(odd.id)?.title).toBe('a b c');
  });

  it('refuses packed text that does not parse, so the rows are read instead', () => {
    expect(PackedIncidentRows.parse(['not\u001fa row'])).toBeUndefined();
    const good = packRow(rows[0]!);
    expect(PackedIncidentRows.parse([good.replace('SEV1', 'SEV9')])).toBeUndefined();
    expect(PackedIncidentRows.parse([`${good}\u001fextra`])).toBeUndefined();
    // A row packed before the EXERCISE marker (one field fewer) or with an unknown marker is refused too.
    const fields = good.split('\u001f');
    expect(PackedIncidentRows.parse([[...fields.slice(0, 8), ...fields.slice(9)].join('\u001f')])).toBeUndefined();
    expect(PackedIncidentRows.parse([[...fields.slice(0, 8), 'x', ...fields.slice(9)].join('\u001f')])).toBeUndefined();
    expect(new IncidentIndex().setBase(['broken'])).toBe(false);
  });
});
