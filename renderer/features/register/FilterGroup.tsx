/** One group of filter checkboxes (Phase, Severity, Incident type) with its legend. */
import type { ReactNode } from 'react';

export interface FilterOption<V extends string> {
  readonly value: V;
  readonly label: string;
  readonly marker?: ReactNode;
}

export function FilterGroup<V extends string>({
  legend,
  options,
  selected,
  onToggle,
}: {
  readonly legend: string;
  readonly options: ReadonlyArray<FilterOption<V>>;
  readonly selected: readonly V[];
  readonly onToggle: (value: V) => void;
}) {
  return (
    <fieldset className="filter-group">
      <legend className="filter-legend">{legend}</legend>
      <ul className="filter-options">
        {options.map((option) => (
          <li key={option.value}>
            <label className="check-row">
              <input
                type="checkbox"
                checked={selected.includes(option.value)}
                onChange={() => onToggle(option.value)}
              />
              {option.marker}
              <span>{option.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
