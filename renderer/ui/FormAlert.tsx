/** A form's or dialog's message in words (a refused save, what needs attention); nothing when there is none. */
import type { ReactNode } from 'react';

export function FormAlert({ children }: { readonly children: ReactNode }) {
  if (children === undefined || children === null || children === '' || children === false) return null;
  return (
    <p className="form-alert" role="alert">
      {children}
    </p>
  );
}
