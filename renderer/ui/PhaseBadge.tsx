/** The lifecycle phase an incident is in, written out with a coloured dot. */
import { PHASE_LABELS, type Phase } from '../../shared/domain/incidents/taxonomy';

export function PhaseBadge({ phase }: { readonly phase: Phase }) {
  return (
    <span className={`phase-badge phase-${phase}`}>
      <span className="phase-dot" aria-hidden="true" />
      {PHASE_LABELS[phase]}
    </span>
  );
}
