/** "Add to timeline": a note, decision, action or communication, with when it happened (default: now). */
import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import {
  ENTRY_KIND_LABELS,
  WRITTEN_ENTRY_KINDS,
  writtenEntryDraftSchema,
  type TimelineEntry,
  type WrittenEntryDraft,
} from '../../../shared/domain/timeline';
import { addTimelineEntry } from '../../db/incidents/incidents';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { Button } from '../../ui/Button';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { nowIso } from '../../../shared/domain/time';
import { DateTimeField } from '../../ui/DateTimeField';
import { showToast } from '../../ui/toastStore';
import { FormAlert } from '../../ui/FormAlert';

const freshValues = (): WrittenEntryDraft => ({ kind: 'note', text: '', occurredAt: nowIso() });

/** A save slower than this shows the button as busy (a quicker one would only flicker it and draw the form twice). */
const SLOW_SAVE_MS = 300;

export interface AddTimelineEntryFormProps {
  readonly incidentId: string;
  /** A closed incident takes no entries (the form says to reopen it). */
  readonly closed: boolean;
  /** Lists the committed entry at once (the timeline's `take`). */
  readonly onAdded?: (entry: TimelineEntry) => void;
}

export function AddTimelineEntryForm({ incidentId, closed, onAdded }: AddTimelineEntryFormProps) {
  const db = useDatabase();
  const { actor } = useSession();
  const [saveError, setSaveError] = useState<string | undefined>();
  // One save at a time; the form re-renders for it only when it is slow (see SLOW_SAVE_MS).
  const saving = useRef(false);
  const [busy, setBusy] = useState(false);
  const form = useForm<WrittenEntryDraft>({
    resolver: zodResolver(writtenEntryDraftSchema),
    defaultValues: freshValues(),
  });
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (draft) => {
    setSaveError(undefined);
    try {
      // An untouched "When it happened" means now, not when the form was first shown.
      const occurredAt = form.getFieldState('occurredAt').isDirty ? draft.occurredAt : nowIso();
      const entry = await addTimelineEntry(db, actor, incidentId, { ...draft, occurredAt });
      // The entry listed, the form cleared and the toast shown in one render.
      onAdded?.(entry);
      form.reset({ ...freshValues(), kind: draft.kind });
      showToast('success', `${ENTRY_KIND_LABELS[draft.kind]} added to the timeline.`);
    } catch (error) {
      setSaveError(describeError(error));
    }
  });
  const save = (event?: FormEvent<HTMLFormElement>): void => {
    if (saving.current) return;
    saving.current = true;
    const slow = setTimeout(() => setBusy(true), SLOW_SAVE_MS);
    void submit(event).finally(() => {
      clearTimeout(slow);
      saving.current = false;
      setBusy(false);
    });
  };

  if (closed) {
    return <p className="notice">This incident is closed. Reopen it to add to its timeline.</p>;
  }

  return (
    <form className="add-entry" noValidate aria-label="Add to timeline" onSubmit={save}>
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
                save();
              }
            }}
          />
        )}
      </Field>
      <FormAlert>{saveError}</FormAlert>
      <div className="add-entry-actions">
        <span className="muted add-entry-hint">
          <kbd>Ctrl</kbd> + <kbd>Enter</kbd> to add
        </span>
        <Button type="submit" variant="primary" busy={busy}>
          Add entry
        </Button>
      </div>
    </form>
  );
}
