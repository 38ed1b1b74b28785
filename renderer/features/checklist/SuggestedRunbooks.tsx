/**
 * The runbooks whose activation criteria match this incident (type and severity), offered for applying, and every
 * other published runbook in a picker. Applying one snapshots its steps onto the incident as checklist rows.
 */
import { useId, useState } from 'react';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { matchRunbooks, type RunbookVersion } from '../../../shared/domain/runbooks/runbook';
import { INCIDENT_TYPE_INFO } from '../../../shared/domain/incidents/taxonomy';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { applyRunbook } from '../../db/runbooks/checklists';
import { Button } from '../../ui/Button';
import { describeError } from '../../ui/errorMessage';
import { showToast } from '../../ui/toastStore';

export function SuggestedRunbooks({
  incident,
  appliedLineages,
  library,
}: {
  readonly incident: Incident;
  readonly appliedLineages: ReadonlySet<string>;
  /** Every runbook version in the library. */
  readonly library: readonly RunbookVersion[];
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const pickerId = useId();
  const [busy, setBusy] = useState<string | undefined>();
  const [picked, setPicked] = useState('');
  const available = library.filter(
    (runbook) => runbook.status === 'published' && !appliedLineages.has(runbook.lineageId),
  );
  const matches = matchRunbooks(available, incident);
  const others = available.filter((runbook) => !matches.some((match) => match.runbook.id === runbook.id));

  const apply = async (id: string): Promise<void> => {
    setBusy(id);
    try {
      const steps = await applyRunbook(db, actor, incident.id, id);
      showToast('success', `Applied “${steps[0]?.runbookTitle ?? 'runbook'}”: ${steps.length} steps.`);
      setPicked('');
    } catch (error) {
      showToast('error', describeError(error));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <div className="runbook-suggestions">
      {matches.length > 0 ? (
        <>
          <h3 className="panel-subtitle">Suggested for this incident</h3>
          <ul className="suggestion-list" aria-label="Suggested runbooks">
            {matches.map(({ runbook, matchedTypes }) => (
              <li key={runbook.id} className="suggestion">
                <div>
                  <p className="suggestion-title">
                    {runbook.title} <span className="muted">v{runbook.version}</span>
                  </p>
                  <p className="suggestion-why muted">
                    Matches {matchedTypes.map((type) => INCIDENT_TYPE_INFO[type].label.toLowerCase()).join(', ')} at{' '}
                    {incident.severity}
                  </p>
                </div>
                <Button
                  size="sm"
                  variant="primary"
                  busy={busy === runbook.id}
                  aria-label={`Apply runbook “${runbook.title}”`}
                  onClick={() => void apply(runbook.id)}
                >
                  Apply
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {others.length > 0 ? (
        <div className="runbook-picker">
          <label htmlFor={pickerId} className="field-label">
            Apply another runbook
          </label>
          <div className="runbook-picker-row">
            <select id={pickerId} className="select" value={picked} onChange={(event) => setPicked(event.target.value)}>
              <option value="">Choose a published runbook…</option>
              {others.map((runbook) => (
                <option key={runbook.id} value={runbook.id}>
                  {runbook.title} (v{runbook.version})
                </option>
              ))}
            </select>
            <Button
              size="sm"
              disabled={picked === ''}
              busy={busy === picked && picked !== ''}
              onClick={() => void apply(picked)}
            >
              Apply selected
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
