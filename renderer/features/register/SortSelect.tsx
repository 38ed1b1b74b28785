/** "Sort by": declared newest or oldest first, or most severe first. */
import type { IncidentSort } from './incidentIndex';
import { useRegisterStore } from './registerStore';

const SORT_LABELS: Readonly<Record<IncidentSort, string>> = {
  'declared-desc': 'Declared, newest first',
  'declared-asc': 'Declared, oldest first',
  severity: 'Severity, most severe first',
};

function isSort(value: string): value is IncidentSort {
  return Object.hasOwn(SORT_LABELS, value);
}

export function SortSelect() {
  const sort = useRegisterStore((state) => state.sort);
  const setSort = useRegisterStore((state) => state.setSort);
  return (
    <div className="inline-field">
      <label htmlFor="register-sort" className="inline-label">
        Sort by
      </label>
      <select
        id="register-sort"
        className="select select-sm"
        value={sort}
        onChange={(event) => {
          if (isSort(event.target.value)) setSort(event.target.value);
        }}
      >
        {Object.entries(SORT_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
