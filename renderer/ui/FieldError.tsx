/** An error message in words, shown under the control it belongs to (which points at it with aria-describedby). */
export function FieldError({ id, message }: { readonly id?: string | undefined; readonly message: string }) {
  return (
    <p className="field-error" id={id}>
      <span aria-hidden="true" className="field-error-icon">
        !
      </span>
      {message}
    </p>
  );
}
