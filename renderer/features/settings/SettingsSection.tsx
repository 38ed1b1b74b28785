/** A settings group: heading and description on the left, its controls on the right. */
import { useId, type ReactNode } from 'react';

export function SettingsSection({
  title,
  description,
  children,
}: {
  readonly title: string;
  readonly description: ReactNode;
  readonly children: ReactNode;
}) {
  const id = useId();
  return (
    <section className="settings-section" aria-labelledby={id}>
      <div className="settings-section-intro">
        <h2 id={id}>{title}</h2>
        <p className="muted">{description}</p>
      </div>
      <div className="settings-section-body">{children}</div>
    </section>
  );
}
