/**
 * A labelled date-and-time field bound to a react-hook-form field holding an ISO-8601 UTC timestamp: the Field's
 * label, hint and error around a LocalDateTimeInput, so every form asks for times the same way.
 */
import type { ReactNode } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { Field } from './Field';
import { LocalDateTimeInput } from './LocalDateTimeInput';

export interface DateTimeFieldProps<T extends FieldValues> {
  readonly control: Control<T>;
  readonly name: FieldPath<T>;
  readonly label: string;
  readonly error?: string | undefined;
  readonly hint?: ReactNode;
  readonly className?: string;
}

export function DateTimeField<T extends FieldValues>({
  control,
  name,
  label,
  error,
  hint,
  className,
}: DateTimeFieldProps<T>) {
  return (
    <Field label={label} error={error} hint={hint} className={className}>
      {(controlProps) => (
        <Controller
          control={control}
          name={name}
          render={({ field }) => (
            <LocalDateTimeInput
              {...controlProps}
              name={field.name}
              ref={field.ref}
              value={typeof field.value === 'string' ? field.value : undefined}
              onChange={field.onChange}
              onBlur={field.onBlur}
            />
          )}
        />
      )}
    </Field>
  );
}
