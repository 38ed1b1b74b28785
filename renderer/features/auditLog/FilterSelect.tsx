/** One of the audit log's filter choices: a labelled small select whose first option means "no filter". */
export interface FilterOption {
  readonly value: string;
  readonly label: string;
}

export function FilterSelect({
  id,
  label,
  anyLabel,
  value,
  options,
  onChange,
}: {
  readonly id: string;
  readonly label: string;
  /** The first option, value "": what choosing no filter is called ("Anyone", "Any kind"). */
  readonly anyLabel: string;
  readonly value: string;
  readonly options: readonly FilterOption[];
  readonly onChange: (value: string) => void;
}) {
  return (
    <div className="inline-field">
      <label htmlFor={id} className="inline-label">
        {label}
      </label>
      <select id={id} className="select select-sm" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
