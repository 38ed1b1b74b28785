/**
 * The applicability step: yes / no / not known for each question (first answers suggested from the incident's flags
 * and jurisdictions), the regimes those answers make apply with the reason for each, live, and "Apply" to add the
 * ones not held yet. Removing a regime stays a separate decision with its own reason.
 */
import { useState } from 'react';
import type { Incident } from '../../../shared/domain/incidents/incident';
import {
  APPLICABILITY_QUESTIONS,
  applicableRegimes,
  suggestedAnswers,
  type ApplicabilityAnswer,
  type ApplicabilityAnswers,
} from '../../../shared/domain/regulatory/applicability';
import type { RegulatoryProfile } from '../../../shared/domain/regulatory/regulatoryProfile';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { applyApplicability } from '../../db/regulatory/regulatoryProfiles';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { regimeName } from './regimeLabels';

const ANSWER_OPTIONS = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unknown', label: 'Not known' },
] as const;

export function ApplicabilityDialog({
  incident,
  profile,
  onClose,
}: {
  readonly incident: Incident;
  readonly profile: RegulatoryProfile | undefined;
  readonly onClose: () => void;
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const [answers, setAnswers] = useState<ApplicabilityAnswers>(() => ({
    ...suggestedAnswers(incident),
    ...profile?.applicability,
  }));
  const [country, setCountry] = useState(profile?.country ?? '');
  const [timeZone, setTimeZone] = useState(profile?.timeZone ?? '');
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const result = applicableRegimes(answers);
  const held = new Set(profile?.regimes.map((choice) => choice.regime));

  const apply = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      await applyApplicability(db, actor, incident.id, {
        answers,
        country: profile?.country ?? country,
        timeZone: profile?.timeZone ?? timeZone,
      });
      onClose();
    } catch (error) {
      setProblem(describeError(error));
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      size="lg"
      title="Which regimes apply?"
      description="Answer what you know; “Not known” makes nothing apply. The regimes your answers make apply are added with the reason shown, and kept on the record and the timeline."
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" busy={busy} onClick={() => void apply()}>
            Apply answers
          </Button>
        </>
      }
    >
      <div className="applicability-questions">
        {APPLICABILITY_QUESTIONS.map((question) => (
          <SegmentedControl<ApplicabilityAnswer>
            key={question.id}
            label={question.text}
            value={answers[question.id] ?? 'unknown'}
            options={ANSWER_OPTIONS}
            onChange={(value) => setAnswers((current) => ({ ...current, [question.id]: value }))}
          />
        ))}
      </div>
      {profile ? null : (
        <div className="applicability-authority">
          <Field label="Authority’s country" hint="Two-letter code, e.g. BE; its public holidays count.">
            {(control) => (
              <input {...control} className="input" value={country} onChange={(e) => setCountry(e.target.value)} />
            )}
          </Field>
          <Field label="Authority’s time zone" hint="IANA name, e.g. Europe/Brussels.">
            {(control) => (
              <input {...control} className="input" value={timeZone} onChange={(e) => setTimeZone(e.target.value)} />
            )}
          </Field>
        </div>
      )}
      <section aria-labelledby="applies-title" className="applicability-result">
        <h3 id="applies-title">What applies</h3>
        {result.applies.length === 0 ? (
          <p className="muted">No regime applies on these answers yet.</p>
        ) : (
          <ul aria-label="Regimes that apply">
            {result.applies.map((choice) => (
              <li key={choice.regime}>
                <span className="clock-regime">{regimeName(choice.regime)}</span>{' '}
                {held.has(choice.regime) ? <Badge tone="neutral">Already applies</Badge> : null}
                <p className="muted">{choice.reason}</p>
              </li>
            ))}
          </ul>
        )}
        {result.notes.map((note) => (
          <p key={note} className="applicability-note">
            {note}
          </p>
        ))}
      </section>
      {problem ? (
        <p className="form-alert" role="alert">
          {problem}
        </p>
      ) : null}
    </Dialog>
  );
}
