/** A titled part of a long form, as a card: heading, one line on what it is for, then its fields. */
import { useId, type ReactNode } from 'react';

export function FormSection({
  title,
  description,
  children,
}: {
  readonly title: string;
  readonly description?: ReactNode;
  readonly children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="form-section" aria-labelledby={headingId}>
      <header className="form-section-header">
        <h2 id={headingId}>{title}</h2>
        {description ? <p className="form-section-description">{description}</p> : null}
      </header>
      <div className="form-section-body">{children}</div>
    </section>
  );
}
