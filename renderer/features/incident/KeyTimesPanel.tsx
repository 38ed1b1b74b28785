/** Key times: detected, became aware, declared, and when each phase was entered — in the responder's zone. */
import type { Incident } from '../../../shared/domain/incidents/incident';
import { PHASES, PHASE_LABELS } from '../../../shared/domain/incidents/taxonomy';
import { DateTime } from '../../ui/DateTime';

export function KeyTimesPanel({ incident }: { readonly incident: Incident }) {
  // In the order they happened: after a reopen, a phase's latest entry can come after later phases'.
  const phaseTimes = PHASES.flatMap((phase) => {
    const at = incident.phaseEnteredAt[phase];
    return at ? [{ phase, at }] : [];
  }).sort((a, b) => a.at.localeCompare(b.at));
  return (
    <section className="panel" aria-labelledby="key-times-title">
      <h2 id="key-times-title" className="panel-title">
        Key times
      </h2>
      <dl className="facts-list">
        <div>
          <dt>Detected</dt>
          <dd>
            <DateTime iso={incident.detectedAt} />
          </dd>
        </div>
        <div>
          <dt>Became aware</dt>
          <dd>
            <DateTime iso={incident.awareAt} />
          </dd>
        </div>
        <div>
          <dt>Declared</dt>
          <dd>
            <DateTime iso={incident.declaredAt} />
          </dd>
        </div>
        {phaseTimes.map(({ phase, at }) => (
          <div key={phase}>
            <dt>{PHASE_LABELS[phase]} entered</dt>
            <dd>
              <DateTime iso={at} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
