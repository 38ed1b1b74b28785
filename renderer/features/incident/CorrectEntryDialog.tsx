/**
 * Correcting a timeline entry: the corrected text (starting from the entry's current text) and why. The correction
 * is appended; the original stays on the timeline, struck through, with a way to the correction.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  correctionDraftSchema,
  ENTRY_KIND_LABELS,
  type CorrectionDraft,
  type TimelineEntry,
} from '../../../shared/domain/timeline';
import { IN_WORDS } from '../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { correctTimelineEntry } from '../../db/timeline/corrections';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { formatDateTime } from '../../ui/formatTime';
import { showToast } from '../../ui/toastStore';

export function CorrectEntryDialog({
  incidentId,
  entry,
  currentText,
  onClose,
}: {
  readonly incidentId: string;
  readonly entry: TimelineEntry;
  /** The text in force: the newest correction's, or the entry's own. */
  readonly currentText: string;
  readonly onClose: () => void;
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const [problem, setProblem] = useState('');
  const form = useForm<CorrectionDraft>({
    resolver: zodResolver(correctionDraftSchema, IN_WORDS),
    defaultValues: { correctsId: entry.id, text: currentText, reason: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (draft) => {
    setProblem('');
    try {
      await correctTimelineEntry(db, actor, incidentId, draft);
      showToast('success', 'Correction added to the timeline. The original stays visible.');
      onClose();
    } catch (error) {
      setProblem(describeError(error));
    }
  });
  const kind = ENTRY_KIND_LABELS[entry.kind].toLowerCase();
  return (
    <Dialog
      open
      title={`Correct the ${kind} of ${formatDateTime(entry.occurredAt)}`}
      description="The correction is added beside the entry; the original is kept, struck through, and both are in the audit log and in reports."
      onClose={onClose}
    >
      <form noValidate onSubmit={(event) => void submit(event)} className="reason-form">
        <Field label="Corrected text" error={errors.text?.message}>
          {(control) => <textarea {...control} {...form.register('text')} className="textarea" rows={4} />}
        </Field>
        <Field label="Why it is corrected" error={errors.reason?.message}>
          {(control) => <textarea {...control} {...form.register('reason')} className="textarea" rows={2} />}
        </Field>
        {problem ? (
          <p className="form-alert" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="form-actions">
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" busy={isSubmitting}>
            Add correction
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
