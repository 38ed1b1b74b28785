/** Filters for the evidence screen: type, tag, legal hold, verification state, and the sort order. */
import { Field } from '../../ui/Field';
import { VERIFICATION_LABELS, VERIFICATION_STATES } from '../../../shared/domain/evidence/evidence';
import { useEvidenceFilterStore } from './evidenceFilterStore';
import { KIND_LABELS } from './evidenceLabels';
import type { EvidenceFilter, EvidenceSort, HoldFilter } from './filterEvidence';

const SORTS: ReadonlyArray<readonly [EvidenceSort, string]> = [
  ['acquired-desc', 'Newest acquired first'],
  ['acquired-asc', 'Oldest acquired first'],
  ['name', 'Name'],
  ['size-desc', 'Largest first'],
];

export function EvidenceFilters({ tags }: { readonly tags: readonly string[] }) {
  const filter = useEvidenceFilterStore((state) => state.filter);
  const setFilter = useEvidenceFilterStore((state) => state.setFilter);
  return (
    <div className="evidence-filters">
      <Field label="Type">
        {(control) => (
          <select
            {...control}
            className="select"
            value={filter.kind}
            onChange={(event) => setFilter({ kind: event.target.value as EvidenceFilter['kind'] })}
          >
            <option value="any">All types</option>
            {Object.entries(KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Tag">
        {(control) => (
          <select
            {...control}
            className="select"
            value={filter.tag}
            onChange={(e) => setFilter({ tag: e.target.value })}
          >
            <option value="">All tags</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Legal hold">
        {(control) => (
          <select
            {...control}
            className="select"
            value={filter.hold}
            onChange={(event) => setFilter({ hold: event.target.value as HoldFilter })}
          >
            <option value="any">Any</option>
            <option value="on-hold">On hold</option>
            <option value="not-on-hold">Not on hold</option>
          </select>
        )}
      </Field>
      <Field label="Verification">
        {(control) => (
          <select
            {...control}
            className="select"
            value={filter.verification}
            onChange={(event) => setFilter({ verification: event.target.value as EvidenceFilter['verification'] })}
          >
            <option value="any">Any</option>
            {VERIFICATION_STATES.map((state) => (
              <option key={state} value={state}>
                {VERIFICATION_LABELS[state]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Sort by">
        {(control) => (
          <select
            {...control}
            className="select"
            value={filter.sort}
            onChange={(event) => setFilter({ sort: event.target.value as EvidenceSort })}
          >
            {SORTS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
