/** SEV1–SEV4 with its colour and, when asked, its name ("SEV2 · High"). The level is always written out. */
import { SEVERITY_INFO, type Severity } from '../../shared/domain/incidents/taxonomy';

export function SeverityBadge({
  severity,
  showLabel = false,
}: {
  readonly severity: Severity;
  readonly showLabel?: boolean;
}) {
  const info = SEVERITY_INFO[severity];
  return (
    <span className={`sev-badge sev-${severity.toLowerCase()}`} title={`${severity} — ${info.label}`}>
      <span className="sev-badge-mark" aria-hidden="true" />
      {severity}
      {showLabel ? <span className="sev-badge-label"> · {info.label}</span> : null}
    </span>
  );
}
