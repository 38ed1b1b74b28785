/**
 * Adds or changes a stakeholder: a group or person (who they are to the notification plan) or an authority (regime
 * and country), with one or more contacts — out-of-band ones marked — and the channel to use first. Checked with the
 * shared schema beside each field.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import {
  AUDIENCES,
  AUDIENCE_LABELS,
  CHANNELS,
  CHANNEL_LABELS,
  stakeholderDraftSchema,
  type Stakeholder,
  type StakeholderDraft,
  type StakeholderDraftInput,
} from '../../../shared/domain/stakeholders/stakeholder';
import { IN_WORDS } from '../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { addStakeholder, changeStakeholder } from '../../db/stakeholders/stakeholders';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { useSaveSubmit } from '../../app/useSaveSubmit';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { REGIME_OPTIONS } from '../regulatory/regimeLabels';

const EMPTY: StakeholderDraftInput = {
  kind: 'group',
  name: '',
  audience: null,
  regime: null,
  country: null,
  contacts: [{ channel: 'phone', value: '', outOfBand: true }],
  channel: 'phone',
  notes: '',
};

/** Selects give '' for "none"; the schema wants null there. */
function nullIfEmpty<T>(value: T | ''): T | null {
  return value === '' ? null : value;
}

export function StakeholderDialog({
  stakeholder,
  onClose,
}: {
  readonly stakeholder: Stakeholder | undefined;
  readonly onClose: () => void;
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const form = useForm<StakeholderDraftInput, unknown, StakeholderDraft>({
    resolver: async (values, context, options) =>
      zodResolver(stakeholderDraftSchema, IN_WORDS)(
        {
          ...values,
          audience: nullIfEmpty(values.audience ?? ''),
          regime: nullIfEmpty(values.regime ?? ''),
          country: nullIfEmpty(values.country ?? ''),
        },
        context,
        options,
      ),
    defaultValues: stakeholder ?? EMPTY,
  });
  const contacts = useFieldArray({ control: form.control, name: 'contacts' });
  const kind = useWatch({ control: form.control, name: 'kind' });
  const { errors, isSubmitting } = form.formState;

  const { submit: save, saveError } = useSaveSubmit(form, async (draft) => {
    if (stakeholder) await changeStakeholder(db, actor, stakeholder.id, draft);
    else await addStakeholder(db, actor, draft);
    onClose();
  });

  return (
    <Dialog
      open
      title={stakeholder ? `Change ${stakeholder.name}` : 'Add a stakeholder'}
      description="Give at least one contact that works when e-mail and chat are down, and mark it out of band."
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" busy={isSubmitting} onClick={() => void save()}>
            {stakeholder ? 'Save changes' : 'Add stakeholder'}
          </Button>
        </>
      }
    >
      <Field label="Kind" error={errors.kind?.message}>
        {(control) => (
          <select {...control} {...form.register('kind')} className="select">
            <option value="group">Group</option>
            <option value="person">Person</option>
            <option value="authority">Authority</option>
          </select>
        )}
      </Field>
      <Field label="Name" error={errors.name?.message}>
        {(control) => <input {...control} {...form.register('name')} className="input" />}
      </Field>
      {kind === 'authority' ? (
        <>
          <Field label="Regime" error={errors.regime?.message}>
            {(control) => (
              <select {...control} {...form.register('regime')} className="select">
                <option value="">Choose a regime…</option>
                {REGIME_OPTIONS.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Country" hint="Two-letter code, e.g. BE." error={errors.country?.message}>
            {(control) => <input {...control} {...form.register('country')} className="input" />}
          </Field>
        </>
      ) : (
        <Field label="Who they are" error={errors.audience?.message}>
          {(control) => (
            <select {...control} {...form.register('audience')} className="select">
              <option value="">Choose…</option>
              {AUDIENCES.map((audience) => (
                <option key={audience} value={audience}>
                  {AUDIENCE_LABELS[audience]}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <fieldset className="stakeholder-contacts-fields">
        <legend>Contacts</legend>
        {errors.contacts?.message ? (
          <p className="field-error" role="alert">
            {errors.contacts.message}
          </p>
        ) : null}
        {contacts.fields.map((field, index) => (
          <div key={field.id} className="stakeholder-contact-row">
            <Field label={`Contact ${index + 1} channel`}>
              {(control) => (
                <select {...control} {...form.register(`contacts.${index}.channel`)} className="select">
                  {CHANNELS.map((channel) => (
                    <option key={channel} value={channel}>
                      {CHANNEL_LABELS[channel]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={`Contact ${index + 1}`} error={errors.contacts?.[index]?.value?.message}>
              {(control) => <input {...control} {...form.register(`contacts.${index}.value`)} className="input" />}
            </Field>
            <label className="checkbox">
              <input type="checkbox" {...form.register(`contacts.${index}.outOfBand`)} /> Out of band
            </label>
            <Button
              size="sm"
              variant="ghost"
              aria-label={`Remove contact ${index + 1}`}
              onClick={() => contacts.remove(index)}
            >
              Remove
            </Button>
          </div>
        ))}
        <Button size="sm" onClick={() => contacts.append({ channel: 'email', value: '', outOfBand: false })}>
          Add contact
        </Button>
      </fieldset>
      <Field label="Channel to use first" error={errors.channel?.message}>
        {(control) => (
          <select {...control} {...form.register('channel')} className="select">
            {CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {CHANNEL_LABELS[channel]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Notes" optional error={errors.notes?.message}>
        {(control) => <textarea {...control} {...form.register('notes')} className="textarea" rows={2} />}
      </Field>
      <FormAlert>{saveError}</FormAlert>
    </Dialog>
  );
}
