/**
 * The incident's regulatory clocks: the regimes that apply (each with its reason), every clock the engine computes
 * from the incident's regulatory profile, and the actions that change it — add or remove a regime, record an event,
 * record a submission. In legal review mode the actions are hidden and the clocks stay visible.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { usePublicHolidays } from './usePublicHolidays';
import { incidentRegulatoryClocks } from '../../../shared/domain/regulatory/incidentClocks';
import type { RegimeId } from '../../../shared/domain/regulatory/clockInput';
import { delayReasonsOf, dueHistoryOf, submissionOf } from '../../../shared/domain/regulatory/regulatoryProfile';
import type { RegulatoryClock } from '../../../shared/domain/regulatory/clockEngine';
import { useDatabase } from '../../app/DatabaseContext';
import { useReadOnly } from '../../app/useLegalReview';
import { liveRegulatoryProfile } from '../../db/regulatory/queries';
import { Button } from '../../ui/Button';
import { AddRegimeDialog } from './AddRegimeDialog';
import { ApplicabilityDialog } from './ApplicabilityDialog';
import { DelayReasonDialog } from './DelayReasonDialog';
import { RecordFactsDialog } from './RecordFactsDialog';
import { ClockItem } from './ClockItem';
import { RecordEventDialog, type RecordWhat } from './RecordEventDialog';
import { regimeName } from './regimeLabels';
import { RemoveRegimeDialog } from './RemoveRegimeDialog';

type OpenDialog =
  | { readonly kind: 'add' }
  | { readonly kind: 'remove'; readonly regime: RegimeId }
  | { readonly kind: 'record'; readonly what: RecordWhat }
  | { readonly kind: 'applicability' }
  | { readonly kind: 'facts' }
  | { readonly kind: 'delay'; readonly clock: RegulatoryClock }
  | undefined;

export function RegulatoryClocksPanel({ incident }: { readonly incident: Incident }) {
  const db = useDatabase();
  const readOnly = useReadOnly();
  const [dialog, setDialog] = useState<OpenDialog>();
  const profile = useLiveQuery(async () => (await liveRegulatoryProfile(db, incident.id)) ?? null, [db, incident.id]);
  // Deadlines count public holidays: the calendar is loaded on demand, and no clock is computed without it.
  const holidays = usePublicHolidays();
  const clocks = useMemo(
    () => (holidays ? incidentRegulatoryClocks(incident, profile) : []),
    [holidays, profile, incident],
  );
  if (profile === undefined || !holidays) return null;
  if (incident.exercise) {
    return (
      <section className="panel panel-clocks" aria-labelledby="clocks-title">
        <h2 id="clocks-title" className="panel-title">
          Regulatory clocks
        </h2>
        <p className="muted">
          No regulatory clock runs for a practice incident of exercise {incident.exercise.ref}. Discuss which regimes
          would apply; the exercise’s scenario lists the clocks it expects the team to raise.
        </p>
      </section>
    );
  }
  const close = () => setDialog(undefined);
  const exercise = incident.exercise !== null;

  return (
    <section className="panel panel-clocks" aria-labelledby="clocks-title">
      <div className="panel-header">
        <h2 id="clocks-title" className="panel-title">
          Regulatory clocks
        </h2>
        {readOnly ? null : (
          <div className="panel-actions">
            {profile && profile.regimes.length > 0 ? (
              <>
                <Button size="sm" variant="ghost" onClick={() => setDialog({ kind: 'facts' })}>
                  Record facts
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => setDialog({ kind: 'record', what: { kind: 'event' } })}
                >
                  Record event
                </Button>
              </>
            ) : null}
            <Button size="sm" onClick={() => setDialog({ kind: 'applicability' })}>
              Which regimes apply?
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setDialog({ kind: 'add' })}>
              Add regime
            </Button>
          </div>
        )}
      </div>
      {exercise ? (
        <p className="clock-exercise" role="note">
          Exercise: these clocks are practice. Nothing is due to any authority and no real deadline is raised.
        </p>
      ) : null}
      {profile === null || profile.regimes.length === 0 ? (
        <p className="muted">
          {readOnly
            ? 'No regulatory regimes were chosen for this incident.'
            : 'Choose the regimes that apply — answer “Which regimes apply?” or add one by hand — and the deadlines of GDPR, the EU AI Act, NIS2, DORA, the SEC and the others will run here.'}
        </p>
      ) : (
        <>
          <ul className="clock-regimes" aria-label="Regimes that apply">
            {profile.regimes.map((choice) => (
              <li key={choice.regime}>
                <span className="clock-regime-choice">
                  <span className="clock-regime">{regimeName(choice.regime)}</span>
                  <span className="muted">{choice.reason}</span>
                </span>
                {readOnly ? null : (
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={`Remove ${regimeName(choice.regime)}`}
                    onClick={() => setDialog({ kind: 'remove', regime: choice.regime })}
                  >
                    Remove
                  </Button>
                )}
              </li>
            ))}
          </ul>
          <p className="muted clock-authority">
            Authority in {profile.country}, time zone {profile.timeZone}.
          </p>
          <ul className="clock-list" aria-label="Deadlines">
            {clocks.map((clock) => (
              <ClockItem
                key={`${clock.regime}:${clock.stage}`}
                clock={clock}
                submission={submissionOf(profile, clock.regime, clock.stage)}
                history={dueHistoryOf(profile, clock.regime, clock.stage)}
                delayReasons={delayReasonsOf(profile, clock.regime, clock.stage)}
                exercise={exercise}
                readOnly={readOnly}
                onRecordSubmission={() => setDialog({ kind: 'record', what: { kind: 'submission', clock } })}
                onRecordDelayReason={() => setDialog({ kind: 'delay', clock })}
              />
            ))}
          </ul>
        </>
      )}
      {dialog?.kind === 'add' ? (
        <AddRegimeDialog incidentId={incident.id} profile={profile ?? undefined} onClose={close} />
      ) : null}
      {dialog?.kind === 'remove' ? (
        <RemoveRegimeDialog incidentId={incident.id} regime={dialog.regime} onClose={close} />
      ) : null}
      {dialog?.kind === 'applicability' ? (
        <ApplicabilityDialog incident={incident} profile={profile ?? undefined} onClose={close} />
      ) : null}
      {dialog?.kind === 'facts' && profile ? (
        <RecordFactsDialog incidentId={incident.id} profile={profile} onClose={close} />
      ) : null}
      {dialog?.kind === 'delay' ? (
        <DelayReasonDialog incidentId={incident.id} clock={dialog.clock} onClose={close} />
      ) : null}
      {dialog?.kind === 'record' ? (
        <RecordEventDialog incidentId={incident.id} what={dialog.what} onClose={close} />
      ) : null}
    </section>
  );
}
