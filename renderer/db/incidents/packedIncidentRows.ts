/**
 * The register's rows in packed form: each part is one string of up to 10,000 rows (rows joined by ROW, fields by
 * FIELD, types by TYPE), newest declaration first. It is both the saved copy (`incidentListSnapshot.ts`) and the
 * in-memory form the register searches (`renderer/features/register/incidentIndex.ts`), so a cold start reads a few
 * strings and indexes them in place instead of making 100,000 objects: `PackedIncidentRows.parse` records where each
 * field starts (one Int32Array) and decodes the filterable fields into small numbers (severity, phase, a bit per
 * incident type, and the EXERCISE marker of a practice incident as one byte). A row becomes an `IncidentListItem` only when a screen shows it, and search scans the parts with
 * the engine's own `indexOf` for words beginning with the term, one hit per row at most.
 */
import {
  INCIDENT_TYPES,
  PHASES,
  SEVERITIES,
  SEVERITY_INFO,
  type IncidentType,
  type Phase,
  type Severity,
} from '../../../shared/domain/incidents/taxonomy';
import type { IncidentListItem } from './incidentList';
import { startsWord } from './incidentSearch';

const ROW = '\u001e';
const FIELD = '\u001f';
const TYPE = ',';
/** Separators never occur inside a field: packing turns any into a space. */
export const withoutSeparators = (text: string): string => text.replaceAll(ROW, ' ').replaceAll(FIELD, ' ');
export const ROWS_PER_PART = 10_000;

/** Field order within a row. */
const ID = 0;
const REF = 1;
const TITLE = 2;
const SEVERITY = 3;
const PHASE = 4;
const TYPES = 5;
const DECLARED = 6;
const UPDATED = 7;
/** "1" for a practice incident of an exercise, "" otherwise. */
const EXERCISE = 8;
const HAYSTACK = 9;
const FIELDS = 10;
/** Offsets per row: the start of each field, then the end of the row. */
const STRIDE = FIELDS + 1;

/** One row as packed text. */
export function packRow(item: IncidentListItem): string {
  return [
    withoutSeparators(item.id),
    withoutSeparators(item.ref),
    withoutSeparators(item.title),
    item.severity,
    item.phase,
    item.types.join(TYPE),
    withoutSeparators(item.declaredAt),
    withoutSeparators(item.updatedAt),
    item.exercise === true ? '1' : '',
    withoutSeparators(item.haystack),
  ].join(FIELD);
}

/** Packs rows (already in newest-first order) into parts of ROWS_PER_PART. */
export function packParts(rows: readonly string[]): string[] {
  const parts: string[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_PART) {
    parts.push(rows.slice(start, start + ROWS_PER_PART).join(ROW));
  }
  return parts;
}

const SEVERITY_CODE = new Map<string, number>(SEVERITIES.map((severity, i) => [severity, i]));
const PHASE_CODE = new Map<string, number>(PHASES.map((phase, i) => [phase, i]));
const TYPE_BIT = new Map<string, number>(INCIDENT_TYPES.map((type, i) => [type, 1 << i]));

export const severityCode = (severity: Severity): number => SEVERITY_CODE.get(severity) ?? -1;
export const phaseCode = (phase: Phase): number => PHASE_CODE.get(phase) ?? -1;
export const typeMask = (types: readonly IncidentType[]): number =>
  types.reduce((mask, type) => mask | (TYPE_BIT.get(type) ?? 0), 0);

/** Declaration order, newest first, then reference descending: the register's default order. */
export const compareDeclaredDesc = (
  a: { readonly declaredAt: string; readonly ref: string },
  b: { readonly declaredAt: string; readonly ref: string },
): number =>
  a.declaredAt < b.declaredAt ? 1 : a.declaredAt > b.declaredAt ? -1 : a.ref < b.ref ? 1 : a.ref > b.ref ? -1 : 0;

/** The register's severity order: by rank (SEV1 first), then newest declaration first. */
export const compareBySeverity = (a: IncidentListItem, b: IncidentListItem): number =>
  SEVERITY_INFO[a.severity].rank - SEVERITY_INFO[b.severity].rank || compareDeclaredDesc(a, b);

export class PackedIncidentRows {
  private constructor(
    /** The packed parts, as stored. */
    readonly parts: readonly string[],
    /** Which part each row is in. */
    private readonly partOf: Uint16Array,
    /** STRIDE offsets per row into its part's text. */
    private readonly offsets: Int32Array,
    private readonly severities: Uint8Array,
    private readonly phases: Uint8Array,
    private readonly types: Uint32Array,
    /** 1 for a practice incident. */
    private readonly exercises: Uint8Array,
    /** First row of each part, and one past the last. */
    private readonly partStarts: readonly number[],
  ) {}

  get length(): number {
    return this.partOf.length;
  }

  /** Indexes packed parts in place; undefined when any row is malformed (the caller then reads the rows instead). */
  static parse(parts: readonly string[]): PackedIncidentRows | undefined {
    let rows = 0;
    for (const text of parts) if (text !== '') rows += countOf(text, ROW) + 1;
    const partOf = new Uint16Array(rows);
    const offsets = new Int32Array(rows * STRIDE);
    const severities = new Uint8Array(rows);
    const phases = new Uint8Array(rows);
    const types = new Uint32Array(rows);
    const exercises = new Uint8Array(rows);
    const partStarts: number[] = [];
    let row = 0;
    for (let part = 0; part < parts.length; part++) {
      partStarts.push(row);
      const text = parts[part] ?? '';
      if (text === '') continue;
      let at = 0;
      while (at <= text.length) {
        const end = nextOr(text, ROW, at);
        const base = row * STRIDE;
        let field = at;
        for (let f = 0; f < FIELDS; f++) {
          offsets[base + f] = field;
          const next = text.indexOf(FIELD, field);
          if (f < FIELDS - 1) {
            if (next === -1 || next >= end) return undefined;
            field = next + 1;
          } else if (next !== -1 && next < end) {
            return undefined;
          }
        }
        offsets[base + FIELDS] = end;
        const severity = SEVERITY_CODE.get(text.slice(offsets[base + SEVERITY], offsets[base + PHASE]! - 1));
        const phase = PHASE_CODE.get(text.slice(offsets[base + PHASE], offsets[base + TYPES]! - 1));
        if (severity === undefined || phase === undefined) return undefined;
        severities[row] = severity;
        phases[row] = phase;
        const typeText = text.slice(offsets[base + TYPES], offsets[base + DECLARED]! - 1);
        let mask = 0;
        if (typeText !== '') {
          for (const type of typeText.split(TYPE)) {
            const bit = TYPE_BIT.get(type);
            if (bit === undefined) return undefined;
            mask |= bit;
          }
        }
        types[row] = mask;
        const marker = text.slice(offsets[base + EXERCISE], offsets[base + HAYSTACK]! - 1);
        if (marker !== '' && marker !== '1') return undefined;
        exercises[row] = marker === '1' ? 1 : 0;
        partOf[row] = part;
        row++;
        at = end + 1;
      }
    }
    partStarts.push(row);
    return new PackedIncidentRows(parts, partOf, offsets, severities, phases, types, exercises, partStarts);
  }

  private field(row: number, f: number): string {
    const text = this.parts[this.partOf[row]!]!;
    const start = this.offsets[row * STRIDE + f]!;
    const end = f === FIELDS - 1 ? this.offsets[row * STRIDE + FIELDS]! : this.offsets[row * STRIDE + f + 1]! - 1;
    return text.slice(start, end);
  }

  id(row: number): string {
    return this.field(row, ID);
  }

  declaredAt(row: number): string {
    return this.field(row, DECLARED);
  }

  ref(row: number): string {
    return this.field(row, REF);
  }

  severityCode(row: number): number {
    return this.severities[row]!;
  }

  phaseCode(row: number): number {
    return this.phases[row]!;
  }

  typeMask(row: number): number {
    return this.types[row]!;
  }

  /** Severity rank (SEV1 first), for the severity order. */
  severityRank(row: number): number {
    return SEVERITY_INFO[SEVERITIES[this.severities[row]!]!].rank;
  }

  /** The row as the register shows it. */
  item(row: number): IncidentListItem {
    const typeText = this.field(row, TYPES);
    return {
      id: this.field(row, ID),
      ref: this.field(row, REF),
      title: this.field(row, TITLE),
      severity: SEVERITIES[this.severities[row]!]!,
      phase: PHASES[this.phases[row]!]!,
      types: typeText === '' ? [] : (typeText.split(TYPE) as IncidentType[]),
      declaredAt: this.field(row, DECLARED),
      updatedAt: this.field(row, UPDATED),
      ...(this.exercises[row] === 1 ? { exercise: true as const } : {}),
      haystack: this.field(row, HAYSTACK),
    };
  }

  /** The row's packed text, to repack it without decoding it. */
  rowText(row: number): string {
    const base = row * STRIDE;
    return this.parts[this.partOf[row]!]!.slice(this.offsets[base]!, this.offsets[base + FIELDS]!);
  }

  /**
   * Sets `hits[row]` for every row with a word of its search text beginning with `term` (a search word: lower case,
   * letters and digits only). Each part is scanned by `indexOf`; after a hit the scan skips to the next row, and a hit
   * outside the search text moves on to that row's search text, so the work is bounded by the text, not by how often
   * the term occurs.
   */
  markMatches(term: string, hits: Uint8Array): void {
    for (let part = 0; part < this.parts.length; part++) {
      const text = this.parts[part]!;
      const first = this.partStarts[part]!;
      const last = this.partStarts[part + 1]! - 1;
      let lo = first;
      let at = text.indexOf(term);
      while (at !== -1) {
        // The row holding `at`: rows are in text order, so search forwards from the last one found.
        let hi = last;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (this.offsets[mid * STRIDE]! <= at) lo = mid;
          else hi = mid - 1;
        }
        const base = lo * STRIDE;
        const haystack = this.offsets[base + HAYSTACK]!;
        const end = this.offsets[base + FIELDS]!;
        if (at < haystack) {
          at = text.indexOf(term, haystack);
          continue;
        }
        // Inside a word, not at its start: look further along the same row. (The field separator before the search
        // text is not a letter or digit, so the text's first word counts as a start.)
        if (!startsWord(text, at)) {
          at = text.indexOf(term, at + 1);
          continue;
        }
        if (at + term.length <= end) hits[lo] = 1;
        at = end + 1 < text.length ? text.indexOf(term, end + 1) : -1;
      }
    }
  }
}

function countOf(text: string, char: string): number {
  let count = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) count++;
  return count;
}

function nextOr(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at === -1 ? text.length : at;
}
