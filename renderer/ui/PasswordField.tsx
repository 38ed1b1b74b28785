/** A labelled secret: never autofilled from a saved login, never echoed, with an optional hint and error. */
import type { ReactNode } from 'react';
import { Field } from './Field';

export function PasswordField({
  label,
  hint,
  error,
  value,
  onChange,
  newPassword = false,
}: {
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** A passphrase being chosen (the browser may offer to generate one) rather than one being entered. */
  readonly newPassword?: boolean;
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          className="input"
          type="password"
          autoComplete={newPassword ? 'new-password' : 'off'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
