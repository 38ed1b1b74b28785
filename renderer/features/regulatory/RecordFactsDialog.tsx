/**
 * Records the facts the rules ask about (a death, a widespread infringement, the number of people affected…). A
 * changed fact moves the clocks it decides, and the due-date history says so.
 */
import { useState } from 'react';
import type { ClockFacts } from '../../../shared/domain/regulatory/clockInput';
import { FACT_LABELS, type RegulatoryProfile } from '../../../shared/domain/regulatory/regulatoryProfile';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { recordFacts } from '../../db/regulatory/regulatoryProfiles';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { SegmentedControl } from '../../ui/SegmentedControl';

const BOOLEAN_FACTS = [
  'death',
  'widespreadInfringement',
  'criticalInfrastructureDisruption',
  'doraSignificantEntity',
  'extortionPayment',
] as const;
type Tri = 'yes' | 'no' | 'unknown';
const TRI_OPTIONS = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unknown', label: 'Not known' },
] as const;

function tri(value: boolean | undefined): Tri {
  return value === undefined ? 'unknown' : value ? 'yes' : 'no';
}

export function RecordFactsDialog({
  incidentId,
  profile,
  onClose,
}: {
  readonly incidentId: string;
  readonly profile: RegulatoryProfile;
  readonly onClose: () => void;
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const [flags, setFlags] = useState<Record<(typeof BOOLEAN_FACTS)[number], Tri>>(() => ({
    death: tri(profile.facts.death),
    widespreadInfringement: tri(profile.facts.widespreadInfringement),
    criticalInfrastructureDisruption: tri(profile.facts.criticalInfrastructureDisruption),
    doraSignificantEntity: tri(profile.facts.doraSignificantEntity),
    extortionPayment: tri(profile.facts.extortionPayment),
  }));
  const [craKind, setCraKind] = useState(profile.facts.craKind ?? '');
  const [affected, setAffected] = useState(profile.facts.affectedIndividuals?.toString() ?? '');
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const facts: Record<string, unknown> = {};
    for (const fact of BOOLEAN_FACTS) {
      if (flags[fact] !== 'unknown') facts[fact] = flags[fact] === 'yes';
    }
    if (craKind !== '') facts.craKind = craKind;
    if (affected.trim() !== '') facts.affectedIndividuals = Number(affected);
    setBusy(true);
    setProblem(undefined);
    try {
      // The shared schema checks every value and names any that is wrong.
      await recordFacts(db, actor, incidentId, facts as ClockFacts);
      onClose();
    } catch (error) {
      setProblem(describeError(error));
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      title="Record facts for the clocks"
      description="Facts decide which period applies (a death turns the AI Act’s 15 days into 10). Every change is on the timeline and in each clock’s history."
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" busy={busy} onClick={() => void save()}>
            Record facts
          </Button>
        </>
      }
    >
      {BOOLEAN_FACTS.map((fact) => (
        <SegmentedControl<Tri>
          key={fact}
          label={FACT_LABELS[fact]}
          value={flags[fact]}
          options={TRI_OPTIONS}
          onChange={(value) => setFlags((current) => ({ ...current, [fact]: value }))}
        />
      ))}
      <Field label={FACT_LABELS.craKind}>
        {(control) => (
          <select {...control} className="select" value={craKind} onChange={(e) => setCraKind(e.target.value)}>
            <option value="">Not known</option>
            <option value="vulnerability">Actively exploited vulnerability</option>
            <option value="incident">Severe incident</option>
          </select>
        )}
      </Field>
      <Field label={FACT_LABELS.affectedIndividuals} hint="Leave empty while not known.">
        {(control) => (
          <input
            {...control}
            className="input"
            inputMode="numeric"
            value={affected}
            onChange={(e) => setAffected(e.target.value)}
          />
        )}
      </Field>
      {problem ? (
        <p className="form-alert" role="alert">
          {problem}
        </p>
      ) : null}
    </Dialog>
  );
}
