/** Filtering and sorting evidence lists: pure, so the screen and tests share it. */
import type { EvidenceItem, EvidenceKind, VerificationState } from '../../../shared/domain/evidence/evidence';

export type HoldFilter = 'any' | 'on-hold' | 'not-on-hold';
export type EvidenceSort = 'acquired-desc' | 'acquired-asc' | 'name' | 'size-desc';

export interface EvidenceFilter {
  readonly kind: EvidenceKind | 'any';
  readonly tag: string;
  readonly hold: HoldFilter;
  readonly verification: VerificationState | 'any';
  readonly sort: EvidenceSort;
}

export const NO_EVIDENCE_FILTER: EvidenceFilter = {
  kind: 'any',
  tag: '',
  hold: 'any',
  verification: 'any',
  sort: 'acquired-desc',
};

const COMPARE: Readonly<Record<EvidenceSort, (a: EvidenceItem, b: EvidenceItem) => number>> = {
  'acquired-desc': (a, b) => b.acquiredAt.localeCompare(a.acquiredAt),
  'acquired-asc': (a, b) => a.acquiredAt.localeCompare(b.acquiredAt),
  name: (a, b) => a.name.localeCompare(b.name),
  'size-desc': (a, b) => b.size - a.size,
};

export function filterEvidence(items: readonly EvidenceItem[], filter: EvidenceFilter): EvidenceItem[] {
  return items
    .filter(
      (item) =>
        item.deletedAt === null &&
        (filter.kind === 'any' || item.kind === filter.kind) &&
        (filter.tag === '' || item.tags.includes(filter.tag)) &&
        (filter.hold === 'any' || (filter.hold === 'on-hold') === (item.hold !== null)) &&
        (filter.verification === 'any' || item.verification.state === filter.verification),
    )
    .sort(COMPARE[filter.sort]);
}

/** Every tag in use, sorted, for the tag filter. */
export function tagsInUse(items: readonly EvidenceItem[]): string[] {
  return [...new Set(items.flatMap((item) => item.tags))].sort();
}
