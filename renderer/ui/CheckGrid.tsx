/**
 * A group of checkboxes bound to one react-hook-form array field: a fieldset with its legend, the options in the
 * check grid, and the field's error in words under it. `registration` is `form.register(name)`; react-hook-form
 * collects every checked value of the group into the array.
 */
import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { ATLAS_TECHNIQUES } from '../../shared/domain/incidents/taxonomy';
import { FieldError } from './FieldError';

export interface CheckGridProps<Value extends string> {
  readonly legend: ReactNode;
  readonly options: readonly Value[];
  readonly label: (value: Value) => ReactNode;
  readonly registration: UseFormRegisterReturn;
  /** The fieldset's class: `choice-fieldset` inside a form section, `subsection` or `impact-flags` where they lay out. */
  readonly className?: string;
  /** Options drawn as boxes that show their checked state (the declare form's impact flags). */
  readonly boxed?: boolean;
  readonly error?: { readonly id: string; readonly message: string | undefined };
}

export function CheckGrid<Value extends string>({
  legend,
  options,
  label,
  registration,
  className = 'choice-fieldset',
  boxed = false,
  error,
}: CheckGridProps<Value>) {
  return (
    <fieldset className={className}>
      <legend className="subsection-title">{legend}</legend>
      <ul className="check-grid">
        {options.map((value) => (
          <li key={value}>
            <label className={boxed ? 'check-row check-row-boxed' : 'check-row'}>
              <input type="checkbox" value={value} {...registration} />
              {label(value)}
            </label>
          </li>
        ))}
      </ul>
      {error?.message ? <FieldError id={error.id} message={error.message} /> : null}
    </fieldset>
  );
}

const ATLAS_IDS = Object.keys(ATLAS_TECHNIQUES) as ReadonlyArray<keyof typeof ATLAS_TECHNIQUES>;

/** The MITRE ATLAS techniques as a check grid: each option shows the technique's id and its name. */
export function AtlasTechniquesGrid({
  legend,
  registration,
}: {
  readonly legend: ReactNode;
  readonly registration: UseFormRegisterReturn;
}) {
  return (
    <CheckGrid
      legend={legend}
      options={ATLAS_IDS}
      registration={registration}
      label={(id) => (
        <>
          <span className="mono atlas-id">{id}</span> {ATLAS_TECHNIQUES[id]}
        </>
      )}
    />
  );
}
