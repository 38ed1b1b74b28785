/** What changed between two versions of a runbook: fields, then steps added, removed or changed, field by field. */
import { diffRunbooks, type RunbookContent } from '../../../shared/domain/runbooks/runbook';
import { PHASE_LABELS } from '../../../shared/domain/incidents/taxonomy';

const KIND_LABELS = { added: 'Added', removed: 'Removed', changed: 'Changed' } as const;

export function RunbookDiffView({
  before,
  after,
  label,
}: {
  readonly before: RunbookContent;
  readonly after: RunbookContent;
  readonly label: string;
}) {
  const diff = diffRunbooks(before, after);
  if (diff.fields.length === 0 && diff.steps.length === 0) {
    return <p className="muted">The two versions have the same content.</p>;
  }
  return (
    <ul className="runbook-diff" aria-label={label}>
      {diff.fields.map((change) => (
        <li key={change.field} className="diff-item diff-changed">
          <span className="diff-kind">Changed</span> <strong>{change.field}</strong>
          <p className="diff-values">
            <del>{change.before || '—'}</del> <span aria-hidden="true">→</span>
            <span className="visually-hidden">changed to</span> <ins>{change.after || '—'}</ins>
          </p>
        </li>
      ))}
      {diff.steps.map((change) => (
        <li key={`${change.kind}-${change.step.id}`} className={`diff-item diff-${change.kind}`}>
          <span className="diff-kind">{KIND_LABELS[change.kind]}</span> <strong>{change.step.title}</strong>{' '}
          <span className="muted">({PHASE_LABELS[change.phase]})</span>
          {change.kind === 'changed' ? (
            <ul className="diff-fields">
              {change.changes.map((field) => (
                <li key={field.field}>
                  {field.field}: <del>{field.before || '—'}</del> <span aria-hidden="true">→</span>
                  <span className="visually-hidden">changed to</span> <ins>{field.after || '—'}</ins>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
