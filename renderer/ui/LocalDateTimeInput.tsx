/**
 * A datetime-local input that shows local wall time in the responder's zone but reads and writes ISO-8601 UTC with
 * milliseconds, the stored form. An incomplete entry reads as '' so the schema reports it in words.
 */
import type { Ref } from 'react';
import { fromLocalInputValue, toLocalInputValue } from './formatTime';

export interface LocalDateTimeInputProps {
  readonly id: string;
  readonly value: string | undefined;
  readonly onChange: (iso: string) => void;
  readonly onBlur?: () => void;
  readonly name?: string;
  readonly ref?: Ref<HTMLInputElement>;
  readonly disabled?: boolean;
  readonly 'aria-describedby'?: string | undefined;
  readonly 'aria-invalid'?: boolean | undefined;
}

export function LocalDateTimeInput({ value, onChange, ...rest }: LocalDateTimeInputProps) {
  return (
    <input
      {...rest}
      type="datetime-local"
      className="input input-datetime"
      value={value ? toLocalInputValue(value) : ''}
      onChange={(event) => onChange(fromLocalInputValue(event.target.value))}
    />
  );
}
