/**
 * Adds a regulatory regime to an incident with the reason it applies. The first regime also asks where the
 * authority is (country and time zone), which the day-counting rules need.
 */
import { useState } from 'react';
import type { RegimeId } from '../../../shared/domain/regulatory/clockInput';
import { addRegimeSchema, type RegulatoryProfile } from '../../../shared/domain/regulatory/regulatoryProfile';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { addRegime } from '../../db/regulatory/regulatoryProfiles';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { REGIME_OPTIONS } from './regimeLabels';

type Problems = Partial<Record<'regime' | 'reason' | 'country' | 'timeZone' | 'form', string>>;

export function AddRegimeDialog({
  incidentId,
  profile,
  onClose,
}: {
  readonly incidentId: string;
  readonly profile: RegulatoryProfile | undefined;
  readonly onClose: () => void;
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const chosen = new Set(profile?.regimes.map((held) => held.regime));
  const options = REGIME_OPTIONS.filter((option) => !chosen.has(option.id));
  const [regime, setRegime] = useState<RegimeId | ''>('');
  const [reason, setReason] = useState('');
  const [country, setCountry] = useState(profile?.country ?? '');
  const [timeZone, setTimeZone] = useState(profile?.timeZone ?? '');
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);

  const add = async (): Promise<void> => {
    const parsed = addRegimeSchema.safeParse({ regime, reason, country, timeZone });
    if (!parsed.success) {
      const found: Problems = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (
          (field === 'regime' || field === 'reason' || field === 'country' || field === 'timeZone') &&
          !found[field]
        ) {
          found[field] = issue.message;
        }
      }
      setProblems(found);
      return;
    }
    setBusy(true);
    try {
      await addRegime(db, actor, incidentId, parsed.data);
      onClose();
    } catch (error) {
      setProblems({ form: describeError(error) });
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      title="Add a regime that applies"
      description="The clocks of the regimes you choose are computed from the incident’s recorded events. Your reason is kept on the record and the timeline."
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" busy={busy} onClick={() => void add()}>
            Add regime
          </Button>
        </>
      }
    >
      <Field label="Regime" error={problems.regime}>
        {(control) => (
          <select
            {...control}
            className="select"
            value={regime}
            onChange={(event) => setRegime(options.find((option) => option.id === event.target.value)?.id ?? '')}
          >
            <option value="">Choose a regime…</option>
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Why it applies" error={problems.reason}>
        {(control) => (
          <textarea
            {...control}
            className="textarea"
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </Field>
      {profile ? null : (
        <>
          <Field
            label="Authority’s country"
            hint="Two-letter code, e.g. BE; its public holidays count."
            error={problems.country}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                value={country}
                onChange={(event) => setCountry(event.target.value)}
              />
            )}
          </Field>
          <Field label="Authority’s time zone" hint="IANA name, e.g. Europe/Brussels." error={problems.timeZone}>
            {(control) => (
              <input
                {...control}
                className="input"
                value={timeZone}
                onChange={(event) => setTimeZone(event.target.value)}
              />
            )}
          </Field>
        </>
      )}
      {problems.form ? (
        <p className="form-alert" role="alert">
          {problems.form}
        </p>
      ) : null}
    </Dialog>
  );
}
