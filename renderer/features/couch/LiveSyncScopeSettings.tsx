/**
 * What this installation sends to the server: everything, or chosen incidents (with their timeline, checklist and
 * regulatory profile) and runbooks; and whether exercises' practice incidents go too — off unless the facilitator
 * turns it on. What other sites send is received either way. Every change is audited.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { LiveSyncPreferences } from '../../../shared/domain/couch/preferences';
import { useDatabase } from '../../app/DatabaseContext';
import { useReadOnly } from '../../app/useLegalReview';
import { useSession } from '../../app/ProfileContext';
import { changeLiveSyncPreferences, readLiveSyncPreferences } from '../../db/couch/preferences';
import { chosenIncidents, incidentByRef, storedRunbookLineages } from '../../db/couch/queries';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { describeError } from '../../ui/errorMessage';
import { SettingsSection } from '../settings/SettingsSection';
import { useLiveSyncStore } from './liveSyncStore';

export function LiveSyncScopeSettings() {
  const db = useDatabase();
  const { actor } = useSession();
  const readOnly = useReadOnly();
  const preferences = useLiveQuery(() => readLiveSyncPreferences(db), [db]);
  const runbooks = useLiveQuery(() => storedRunbookLineages(db), [db]);
  const chosen = useLiveQuery(
    () => chosenIncidents(db, preferences?.incidentIds ?? []),
    [db, preferences?.incidentIds],
  );
  const [reference, setReference] = useState('');
  const [referenceProblem, setReferenceProblem] = useState<string | undefined>();
  const [problem, setProblem] = useState('');
  if (!preferences) return null;

  const change = async (next: Partial<LiveSyncPreferences>) => {
    setProblem('');
    try {
      await changeLiveSyncPreferences(db, actor, next);
      useLiveSyncStore.getState().wake?.();
    } catch (error) {
      setProblem(describeError(error));
    }
  };
  const addIncident = async () => {
    const incident = await incidentByRef(db, reference);
    if (!incident) {
      setReferenceProblem(`No incident here has the reference “${reference.trim()}”.`);
      return;
    }
    setReferenceProblem(undefined);
    setReference('');
    if (!preferences.incidentIds.includes(incident.id))
      await change({ incidentIds: [...preferences.incidentIds, incident.id] });
  };
  const toggleRunbook = (lineageId: string) =>
    void change({
      runbookLineageIds: preferences.runbookLineageIds.includes(lineageId)
        ? preferences.runbookLineageIds.filter((id) => id !== lineageId)
        : [...preferences.runbookLineageIds, lineageId],
    });

  return (
    <SettingsSection
      title="What this installation sends"
      description="People (every record names its author) are always sent. What other installations send is received whatever you choose here."
    >
      <fieldset className="filter-group" disabled={readOnly}>
        <legend className="filter-legend">Send</legend>
        <label className="check-row">
          <input
            type="radio"
            name="live-sync-scope"
            checked={preferences.scope === 'everything'}
            onChange={() => void change({ scope: 'everything' })}
          />
          <span>Everything: every incident and runbook</span>
        </label>
        <label className="check-row">
          <input
            type="radio"
            name="live-sync-scope"
            checked={preferences.scope === 'chosen'}
            onChange={() => void change({ scope: 'chosen' })}
          />
          <span>Only the incidents and runbooks chosen below</span>
        </label>
      </fieldset>
      {preferences.scope === 'chosen' ? (
        <>
          <ul className="people-list" aria-label="Incidents sent">
            {(chosen ?? []).map((incident) => (
              <li key={incident.id} className="team-role">
                <span className="team-role-main">{incident.label}</span>
                {readOnly ? null : (
                  <Button
                    size="sm"
                    variant="ghost"
                    icon="x"
                    aria-label={`Stop sending ${incident.label}`}
                    onClick={() =>
                      void change({ incidentIds: preferences.incidentIds.filter((id) => id !== incident.id) })
                    }
                  >
                    Remove
                  </Button>
                )}
              </li>
            ))}
          </ul>
          {chosen && chosen.length === 0 ? (
            <p className="muted">No incident is chosen yet: add one by its reference.</p>
          ) : null}
          {readOnly ? null : (
            <form
              className="field-row"
              aria-label="Choose an incident to send"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                void addIncident();
              }}
            >
              <Field label="Incident reference" hint="For example INC-2026-LON-0042." error={referenceProblem}>
                {(control) => (
                  <input
                    {...control}
                    className="input mono"
                    value={reference}
                    onChange={(event) => setReference(event.target.value)}
                  />
                )}
              </Field>
              <div className="settings-actions">
                <Button type="submit" icon="plus">
                  Send this incident
                </Button>
              </div>
            </form>
          )}
          <fieldset className="filter-group" disabled={readOnly}>
            <legend className="filter-legend">Runbooks sent</legend>
            {runbooks && runbooks.length === 0 ? (
              <p className="muted">No runbook is stored here yet (built-in runbooks are on every installation).</p>
            ) : null}
            <ul className="filter-options">
              {(runbooks ?? []).map((runbook) => (
                <li key={runbook.lineageId}>
                  <label className="check-row">
                    <input
                      type="checkbox"
                      checked={preferences.runbookLineageIds.includes(runbook.lineageId)}
                      onChange={() => toggleRunbook(runbook.lineageId)}
                    />
                    <span>{runbook.title}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        </>
      ) : null}
      <fieldset className="filter-group" disabled={readOnly}>
        <legend className="filter-legend">Exercises</legend>
        <label className="check-row">
          <input
            type="checkbox"
            checked={preferences.exercises}
            onChange={() => void change({ exercises: !preferences.exercises })}
          />
          <span>Send exercises’ practice incidents (the facilitator’s choice; off by default)</span>
        </label>
      </fieldset>
      {problem ? (
        <p className="form-alert" role="alert">
          {problem}
        </p>
      ) : null}
    </SettingsSection>
  );
}
