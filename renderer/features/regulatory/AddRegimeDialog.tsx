/**
 * Adds a regulatory regime to an incident with the reason it applies. The first regime also asks where the
 * authority is (country and time zone), which the day-counting rules need.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { IN_WORDS } from '../../../shared/errors';
import {
  addRegimeSchema,
  type AddRegimeInput,
  type RegulatoryProfile,
} from '../../../shared/domain/regulatory/regulatoryProfile';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { addRegime } from '../../db/regulatory/regulatoryProfiles';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { useSaveSubmit } from '../../app/useSaveSubmit';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { REGIME_OPTIONS } from './regimeLabels';

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
  const form = useForm<AddRegimeInput>({
    resolver: zodResolver(addRegimeSchema, IN_WORDS),
    // An empty choice is refused by the schema with its own words.
    defaultValues: { reason: '', country: profile?.country ?? '', timeZone: profile?.timeZone ?? '' },
  });
  const { errors, isSubmitting } = form.formState;

  const { submit: add, saveError } = useSaveSubmit(form, async (input) => {
    await addRegime(db, actor, incidentId, input);
    onClose();
  });

  return (
    <Dialog
      open
      title="Add a regime that applies"
      description="The clocks of the regimes you choose are computed from the incident’s recorded events. Your reason is kept on the record and the timeline."
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" busy={isSubmitting} onClick={() => void add()}>
            Add regime
          </Button>
        </>
      }
    >
      <Field label="Regime" error={errors.regime?.message}>
        {(control) => (
          <select {...control} {...form.register('regime')} className="select" defaultValue="">
            <option value="">Choose a regime…</option>
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Why it applies" error={errors.reason?.message}>
        {(control) => <textarea {...control} {...form.register('reason')} className="textarea" rows={2} />}
      </Field>
      {profile ? null : (
        <>
          <Field
            label="Authority’s country"
            hint="Two-letter code, e.g. BE; its public holidays count."
            error={errors.country?.message}
          >
            {(control) => <input {...control} {...form.register('country')} className="input" />}
          </Field>
          <Field label="Authority’s time zone" hint="IANA name, e.g. Europe/Brussels." error={errors.timeZone?.message}>
            {(control) => <input {...control} {...form.register('timeZone')} className="input" />}
          </Field>
        </>
      )}
      <FormAlert>{saveError}</FormAlert>
    </Dialog>
  );
}
