/** A small group of mutually exclusive options (a radio group styled as buttons), with a group label. */
import { useId } from 'react';

export interface SegmentedOption<V extends string> {
  readonly value: V;
  readonly label: string;
}

export function SegmentedControl<V extends string>({
  label,
  value,
  options,
  onChange,
  hideLabel = false,
}: {
  readonly label: string;
  readonly value: V;
  readonly options: ReadonlyArray<SegmentedOption<V>>;
  readonly onChange: (value: V) => void;
  readonly hideLabel?: boolean;
}) {
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend className={hideLabel ? 'visually-hidden' : 'segmented-legend'}>{label}</legend>
      <div className="segmented-options">
        {options.map((option) => (
          <label
            key={option.value}
            className={option.value === value ? 'segmented-option is-selected' : 'segmented-option'}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
