/**
 * Links this incident to another: how they relate (the seven labels, each side reading its own) and which incident,
 * found by reference or title in the register's in-memory index (fast at 100,000 incidents). The candidates are a
 * radio group, so the keyboard moves through them and each is named by its reference and title.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useDeferredValue, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Incident } from '../../../shared/domain/incidents/incident';
import {
  LINK_CHOICE_LABELS,
  LINK_CHOICES,
  linkDraftSchema,
  type LinkDraft,
  type LinkDraftInput,
} from '../../../shared/domain/observables/incidentLink';
import { IN_WORDS } from '../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { linkIncidents } from '../../db/observables/links';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { useSaveSubmit } from '../../app/useSaveSubmit';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { FieldError } from '../../ui/FieldError';
import { showToast } from '../../ui/toastStore';
import { useLiveIncidentIndex } from '../register/useLiveIncidentIndex';

const SHOWN = 8;

export function LinkIncidentDialog({
  incident,
  onClose,
}: {
  readonly incident: Incident;
  readonly onClose: () => void;
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const { live, status } = useLiveIncidentIndex();
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const form = useForm<LinkDraftInput, unknown, LinkDraft>({
    resolver: zodResolver(linkDraftSchema, IN_WORDS),
    defaultValues: { otherIncidentId: '', choice: 'related', note: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const candidates = useMemo(() => {
    const results = live.index.query({ text: deferred, phases: [], severities: [], types: [], sort: 'declared-desc' });
    const shown = [];
    for (let i = 0; i < results.length && shown.length < SHOWN; i++) {
      const item = results.at(i);
      if (item && item.id !== incident.id) shown.push(item);
    }
    return { shown, total: results.length };
    // status.version changes when the index does.
  }, [live, deferred, incident.id, status.version]); // eslint-disable-line react-hooks/exhaustive-deps

  const { submit: save, saveError } = useSaveSubmit(form, async (draft) => {
    const link = await linkIncidents(db, actor, incident.id, draft);
    const other = link.from.id === incident.id ? link.to : link.from;
    showToast('success', `Linked to ${other.ref}.`);
    onClose();
  });

  return (
    <Dialog
      open
      size="lg"
      title="Link to another incident"
      description="The other incident shows the link too, with the inverse label, and both timelines record it."
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" busy={isSubmitting} onClick={() => void save()}>
            Link incidents
          </Button>
        </>
      }
    >
      <div className="link-form">
        <Field label={`How ${incident.ref} relates`} error={errors.choice?.message}>
          {(control) => (
            <select {...control} {...form.register('choice')} className="select">
              {LINK_CHOICES.map((choice) => (
                <option key={choice} value={choice}>
                  {LINK_CHOICE_LABELS[choice]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Find the incident" hint="Search by reference or title.">
          {(control) => (
            <input
              {...control}
              className="input"
              type="search"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              autoComplete="off"
            />
          )}
        </Field>
        <fieldset
          className="link-candidates"
          aria-describedby={errors.otherIncidentId ? 'link-choice-error' : undefined}
        >
          <legend>Incident to link</legend>
          {status.phase === 'loading' && candidates.shown.length === 0 ? (
            <p className="muted">Loading the register…</p>
          ) : candidates.shown.length === 0 ? (
            <p className="muted">No incident matches “{deferred}”. Try part of the reference, such as 0042.</p>
          ) : (
            <ul className="link-candidate-list">
              {candidates.shown.map((item) => (
                <li key={item.id}>
                  <label className="link-candidate">
                    <input type="radio" value={item.id} {...form.register('otherIncidentId')} />
                    <span className="mono">{item.ref}</span> <span>{item.title}</span>
                  </label>
                </li>
              ))}
            </ul>
          )}
          {candidates.total > candidates.shown.length + 1 ? (
            <p className="muted">
              Showing {candidates.shown.length} of {candidates.total.toLocaleString()}; type more to narrow.
            </p>
          ) : null}
          {errors.otherIncidentId?.message ? (
            <FieldError id="link-choice-error" message={errors.otherIncidentId.message} />
          ) : null}
        </fieldset>
        <Field label="Note" optional error={errors.note?.message}>
          {(control) => <input {...control} {...form.register('note')} className="input" />}
        </Field>
        <FormAlert>{saveError}</FormAlert>
      </div>
    </Dialog>
  );
}
