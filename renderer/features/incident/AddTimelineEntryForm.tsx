/** "Add to timeline": a note, decision, action or communication, with when it happened (default: now). */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  ENTRY_KIND_LABELS,
  WRITTEN_ENTRY_KINDS,
  writtenEntryDraftSchema,
  type WrittenEntryDraft,
} from '../../../shared/domain/timeline';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { addTimelineEntry } from '../../db/incidents/incidents';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { Button } from '../../ui/Button';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { nowIso } from '../../../shared/domain/time';
import { DateTimeField } from '../../ui/DateTimeField';
import { showToast } from '../../ui/toastStore';

const freshValues = (): WrittenEntryDraft => ({ kind: 'note', text: '', occurredAt: nowIso() });

export function AddTimelineEntryForm({ incident }: { readonly incident: Incident }) {
  const db = useDatabase();
  const { actor } = useSession();
  const [saveError, setSaveError] = useState<string | undefined>();
  const form = useForm<WrittenEntryDraft>({
    resolver: zodResolver(writtenEntryDraftSchema),
    defaultValues: freshValues(),
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (draft) => {
    setSaveError(undefined);
    try {
      // An untouched "When it happened" means now, not when the form was first shown.
      const occurredAt = form.getFieldState('occurredAt').isDirty ? draft.occurredAt : nowIso();
      await addTimelineEntry(db, actor, incident.id, { ...draft, occurredAt });
      form.reset({ ...freshValues(), kind: draft.kind });
      showToast('success', `${ENTRY_KIND_LABELS[draft.kind]} added to the timeline.`);
    } catch (error) {
      setSaveError(describeError(error));
    }
  });

  if (incident.phase === 'closed') {
    return <p className="notice">This incident is closed. Reopen it to add to its timeline.</p>;
  }

  return (
    <form className="add-entry" noValidate aria-label="Add to timeline" onSubmit={(event) => void submit(event)}>
      <h3 className="add-entry-title">Add to timeline</h3>
      <div className="add-entry-row">
        <Field label="Entry type" error={errors.kind?.message} className="add-entry-kind">
          {(control) => (
            <select {...control} {...form.register('kind')} className="select">
              {WRITTEN_ENTRY_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {ENTRY_KIND_LABELS[kind]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <DateTimeField
          control={form.control}
          name="occurredAt"
          label="When it happened"
          error={errors.occurredAt?.message}
          className="add-entry-when"
        />
      </div>
      <Field label="Entry" error={errors.text?.message}>
        {(control) => (
          <textarea
            {...control}
            {...form.register('text')}
            className="textarea"
            rows={3}
            placeholder="What was observed, decided, done or said — and by whom"
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                void submit();
              }
            }}
          />
        )}
      </Field>
      {saveError ? (
        <p className="form-alert" role="alert">
          {saveError}
        </p>
      ) : null}
      <div className="add-entry-actions">
        <span className="muted add-entry-hint">
          <kbd>Ctrl</kbd> + <kbd>Enter</kbd> to add
        </span>
        <Button type="submit" variant="primary" busy={isSubmitting}>
          Add entry
        </Button>
      </div>
    </form>
  );
}
