/**
 * Adds an observable (kind, value, markings, times, the evidence that shows it, a note) or changes one's details.
 * The kind and value are fixed once added, as in TheHive: a wrong value is removed and added again. A token is typed
 * as a password field and hashed before it is stored; the dialog says so. Checked with the shared schema beside
 * each field.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useForm, useWatch } from 'react-hook-form';
import type { Incident } from '../../../shared/domain/incidents/incident';
import {
  OBSERVABLE_KIND_LABELS,
  OBSERVABLE_KINDS,
  observableDraftSchema,
  PAP_LEVELS,
  PAP_MEANINGS,
  TLP_LEVELS,
  TLP_MEANINGS,
  type Observable,
  type ObservableDraft,
  type ObservableDraftInput,
} from '../../../shared/domain/observables/observable';
import { IN_WORDS } from '../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { liveEvidenceOfSubject } from '../../db/evidence/queries';
import { addObservable, changeObservable } from '../../db/observables/observables';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { useSaveSubmit } from '../../app/useSaveSubmit';
import { DateTimeField } from '../../ui/DateTimeField';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';

const EMPTY: ObservableDraftInput = {
  kind: 'prompt-fragment',
  value: '',
  tlp: 'AMBER',
  pap: 'AMBER',
  firstSeen: null,
  lastSeen: null,
  evidenceId: null,
  note: '',
};

const VALUE_HINTS: Partial<Record<ObservableDraftInput['kind'], string>> = {
  'api-token': 'Stored only as its SHA-256 with its first and last characters; the full key is never kept or shown.',
  ip: 'IPv4 or IPv6, e.g. 203.0.113.7.',
  domain: 'A name only, e.g. api.example.com.',
  url: 'The full URL, e.g. https://example.com/path.',
  'file-hash': 'MD5, SHA-1, SHA-256 or SHA-512 in hexadecimal.',
};

/** Empty date fields and the "none" evidence choice give ''; the schema wants null there. */
const orNull = (value: string | null | undefined): string | null => (value ? value : null);

export function ObservableDialog({
  incident,
  observable,
  onClose,
}: {
  readonly incident: Incident;
  readonly observable: Observable | undefined;
  readonly onClose: () => void;
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const evidence = useLiveQuery(() => liveEvidenceOfSubject(db, incident.id), [db, incident.id]);
  const form = useForm<ObservableDraftInput, unknown, ObservableDraft>({
    resolver: async (values, context, options) =>
      zodResolver(observableDraftSchema, IN_WORDS)(
        {
          ...values,
          firstSeen: orNull(values.firstSeen),
          lastSeen: orNull(values.lastSeen),
          evidenceId: orNull(values.evidenceId),
        },
        context,
        options,
      ),
    defaultValues: observable ? { ...observable, value: observable.value } : EMPTY,
  });
  const kind = useWatch({ control: form.control, name: 'kind' });
  const tlp = useWatch({ control: form.control, name: 'tlp' });
  const pap = useWatch({ control: form.control, name: 'pap' });
  const { errors, isSubmitting } = form.formState;

  const { submit: save, saveError } = useSaveSubmit(form, async (draft) => {
    if (observable) {
      const { kind: _kind, value: _value, ...details } = draft;
      await changeObservable(db, actor, observable.id, details);
    } else {
      await addObservable(db, actor, incident.id, draft);
    }
    onClose();
  });

  return (
    <Dialog
      open
      title={observable ? `Change ${OBSERVABLE_KIND_LABELS[observable.kind].toLowerCase()}` : 'Add an observable'}
      description={
        observable
          ? 'The kind and value stay as recorded; to correct a value, remove the observable and add it again.'
          : 'Something this incident was seen with: a prompt, a model or dataset id, a key, an address, an account.'
      }
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" busy={isSubmitting} onClick={() => void save()}>
            {observable ? 'Save changes' : 'Add observable'}
          </Button>
        </>
      }
    >
      <form
        className="observable-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {observable ? (
          <dl className="observable-fixed">
            <div>
              <dt>Kind</dt>
              <dd>{OBSERVABLE_KIND_LABELS[observable.kind]}</dd>
            </div>
            <div>
              <dt>Value</dt>
              <dd className="mono">{observable.value}</dd>
            </div>
          </dl>
        ) : (
          <>
            <Field label="Kind" error={errors.kind?.message}>
              {(control) => (
                <select {...control} {...form.register('kind')} className="select">
                  {OBSERVABLE_KINDS.map((option) => (
                    <option key={option} value={option}>
                      {OBSERVABLE_KIND_LABELS[option]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Value" hint={VALUE_HINTS[kind]} error={errors.value?.message}>
              {(control) =>
                kind === 'prompt' || kind === 'prompt-fragment' ? (
                  <textarea {...control} {...form.register('value')} className="textarea" rows={3} />
                ) : (
                  <input
                    {...control}
                    {...form.register('value')}
                    className="input mono"
                    type={kind === 'api-token' ? 'password' : 'text'}
                    autoComplete="off"
                    spellCheck={false}
                  />
                )
              }
            </Field>
          </>
        )}
        <div className="observable-form-row">
          <Field label="TLP" hint={TLP_MEANINGS[tlp]} error={errors.tlp?.message}>
            {(control) => (
              <select {...control} {...form.register('tlp')} className="select">
                {TLP_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    TLP:{level}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="PAP" hint={PAP_MEANINGS[pap]} error={errors.pap?.message}>
            {(control) => (
              <select {...control} {...form.register('pap')} className="select">
                {PAP_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    PAP:{level}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="observable-form-row">
          <DateTimeField control={form.control} name="firstSeen" label="First seen" error={errors.firstSeen?.message} />
          <DateTimeField control={form.control} name="lastSeen" label="Last seen" error={errors.lastSeen?.message} />
        </div>
        <Field label="Evidence that shows it" error={errors.evidenceId?.message}>
          {(control) => (
            <select {...control} {...form.register('evidenceId')} className="select">
              <option value="">None</option>
              {(evidence ?? []).map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Note" optional error={errors.note?.message}>
          {(control) => <textarea {...control} {...form.register('note')} className="textarea" rows={2} />}
        </Field>
        <FormAlert>{saveError}</FormAlert>
      </form>
    </Dialog>
  );
}
