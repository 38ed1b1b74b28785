/**
 * Settings › People: the local directory of responders — name, role, team and contact channels, marking the
 * out-of-band ones (phone, radio) that still work when the network is down. Used for roles and step owners.
 * _Edit_ loads an entry into the form, which then saves it in place (an audited update) instead of adding one.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import {
  CONTACT_KINDS,
  CONTACT_KIND_LABELS,
  personDraftSchema,
  type PersonDraft,
  type PersonDraftInput,
} from '../../../shared/domain/team/team';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { listPeople } from '../../db/team/queries';
import { removePerson, savePerson } from '../../db/team/team';
import { Button } from '../../ui/Button';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { showToast } from '../../ui/toastStore';
import { SettingsSection } from './SettingsSection';
import { FormAlert } from '../../ui/FormAlert';

const EMPTY: PersonDraftInput = {
  name: '',
  role: '',
  team: '',
  channels: [{ kind: 'phone', value: '', outOfBand: true }],
};

export function PeopleSettings() {
  const db = useDatabase();
  const { actor } = useSession();
  const people = useLiveQuery(() => listPeople(db), [db]);
  const [saveError, setSaveError] = useState<string | undefined>();
  const [editing, setEditing] = useState<{ readonly id: string; readonly name: string } | undefined>();
  const form = useForm<PersonDraftInput, unknown, PersonDraft>({
    resolver: zodResolver(personDraftSchema),
    defaultValues: EMPTY,
  });
  const channels = useFieldArray({ control: form.control, name: 'channels' });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (draft) => {
    setSaveError(undefined);
    try {
      await savePerson(db, actor, draft, editing?.id);
      showToast('success', editing ? `${draft.name}’s entry saved.` : `${draft.name} added to the directory.`);
      setEditing(undefined);
      form.reset(EMPTY);
    } catch (error) {
      setSaveError(describeError(error));
    }
  });

  return (
    <SettingsSection
      title="People"
      description="Responders you can assign to roles and steps, with out-of-band channels for when the network is down. Kept on this machine."
    >
      {people && people.length > 0 ? (
        <ul className="people-list" aria-label="People directory">
          {people.map((person) => (
            <li key={person.id} className="team-role">
              <div className="team-role-main">
                <strong>{person.name}</strong>
                <span className="muted">
                  {[person.role, person.team].filter(Boolean).join(' · ')}
                  {person.channels.map((channel) => (
                    <span key={`${channel.kind}-${channel.value}`}>
                      {' · '}
                      {CONTACT_KIND_LABELS[channel.kind]} {channel.value}
                      {channel.outOfBand ? ' (out of band)' : ''}
                    </span>
                  ))}
                </span>
              </div>
              {person.id === actor.personId ? (
                // The responder's own entry is their profile: it changes under Profile and is never removed.
                <span className="muted">You</span>
              ) : (
                <span className="people-actions">
                  <Button
                    size="sm"
                    variant="ghost"
                    icon="edit"
                    aria-label={`Edit ${person.name}`}
                    onClick={() => {
                      setSaveError(undefined);
                      setEditing({ id: person.id, name: person.name });
                      form.reset({
                        name: person.name,
                        role: person.role,
                        team: person.team,
                        channels: person.channels,
                      });
                    }}
                  >
                    Edit
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    icon="trash"
                    aria-label={`Remove ${person.name}`}
                    onClick={() =>
                      void removePerson(db, actor, person.id).catch((e: unknown) =>
                        showToast('error', describeError(e)),
                      )
                    }
                  >
                    Remove
                  </Button>
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Nobody in the directory yet.</p>
      )}
      <form
        className="dialog-form people-form"
        noValidate
        aria-label={editing ? `Edit ${editing.name}` : 'Add a person'}
        onSubmit={(event) => void submit(event)}
      >
        <h3 className="people-form-title">{editing ? `Editing ${editing.name}` : 'Add a person'}</h3>
        <div className="field-row">
          <Field label="Name" error={errors.name?.message}>
            {(control) => <input {...control} {...form.register('name')} className="input" />}
          </Field>
          <Field label="Job role" optional error={errors.role?.message}>
            {(control) => <input {...control} {...form.register('role')} className="input" />}
          </Field>
          <Field label="Team" optional error={errors.team?.message}>
            {(control) => <input {...control} {...form.register('team')} className="input" />}
          </Field>
        </div>
        {channels.fields.map((field, index) => (
          <div key={field.id} className="field-row channel-row">
            <Field label={`Channel ${index + 1} kind`}>
              {(control) => (
                <select {...control} {...form.register(`channels.${index}.kind`)} className="select">
                  {CONTACT_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {CONTACT_KIND_LABELS[kind]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={`Channel ${index + 1} number or address`} error={errors.channels?.[index]?.value?.message}>
              {(control) => <input {...control} {...form.register(`channels.${index}.value`)} className="input" />}
            </Field>
            <div className="channel-tools">
              <label className="check-row">
                <input type="checkbox" {...form.register(`channels.${index}.outOfBand`)} /> Out of band
              </label>
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Remove channel ${index + 1}`}
                onClick={() => channels.remove(index)}
              >
                Remove
              </Button>
            </div>
          </div>
        ))}
        <FormAlert>{saveError}</FormAlert>
        <div className="settings-actions">
          <Button size="sm" icon="plus" onClick={() => channels.append({ kind: 'radio', value: '', outOfBand: true })}>
            Add channel
          </Button>
          {editing ? (
            <Button
              size="sm"
              variant="ghost"
              onClick={() => {
                setEditing(undefined);
                form.reset(EMPTY);
              }}
            >
              Cancel editing
            </Button>
          ) : null}
          <Button type="submit" variant="primary" busy={isSubmitting}>
            {editing ? 'Save changes' : 'Add person'}
          </Button>
        </div>
      </form>
    </SettingsSection>
  );
}
