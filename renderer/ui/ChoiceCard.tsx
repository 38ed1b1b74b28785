/**
 * A checkbox or radio drawn as a card: its accessible name is the title alone ("SEV2 — High", "Prompt injection");
 * the longer text is its description. The whole card is clickable.
 */
import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

export interface ChoiceCardProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'title'> {
  readonly type: 'checkbox' | 'radio';
  readonly title: ReactNode;
  readonly description?: ReactNode;
  readonly aside?: ReactNode;
  readonly ref?: Ref<HTMLInputElement>;
  /** Extra ids the control is described by (e.g. the group's error). */
  readonly describedBy?: string | undefined;
  readonly tone?: string;
}

export function ChoiceCard({
  type,
  title,
  description,
  aside,
  describedBy,
  tone,
  className,
  ...input
}: ChoiceCardProps) {
  const titleId = useId();
  const descriptionId = useId();
  const described = [description ? descriptionId : undefined, describedBy].filter(Boolean).join(' ') || undefined;
  return (
    <label className={['choice-card', tone, className].filter(Boolean).join(' ')}>
      <input {...input} type={type} aria-labelledby={titleId} aria-describedby={described} className="choice-input" />
      <span className="choice-content">
        <span className="choice-title-row">
          <span className="choice-title" id={titleId}>
            {title}
          </span>
          {aside}
        </span>
        {description ? (
          <span className="choice-description" id={descriptionId}>
            {description}
          </span>
        ) : null}
      </span>
    </label>
  );
}
