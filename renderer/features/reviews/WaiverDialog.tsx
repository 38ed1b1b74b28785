/** Recording that an incident may close without a completed review: the reason and the approver (a directory person). */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { waiverRequestSchema, type WaiverRequest } from '../../../shared/domain/reviews/review';
import type { Person } from '../../../shared/domain/team/team';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { recordReviewWaiver } from '../../db/reviews/reviews';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { useSaveSubmit } from '../../app/useSaveSubmit';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { showToast } from '../../ui/toastStore';

export function WaiverDialog({
  incident,
  people,
  onClose,
}: {
  readonly incident: Incident;
  readonly people: readonly Person[];
  readonly onClose: () => void;
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const form = useForm<WaiverRequest>({
    resolver: zodResolver(waiverRequestSchema),
    defaultValues: { reason: '', approverId: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const { submit, saveError } = useSaveSubmit(form, async (request) => {
    await recordReviewWaiver(db, actor, incident.id, request);
    showToast('success', `Review waiver recorded for ${incident.ref}.`);
    onClose();
  });
  return (
    <Dialog
      open
      title={`Waive the review of ${incident.ref}`}
      description="Closing normally needs a completed post-incident review. A waiver records why not, and who approved it; it goes on the timeline."
      onClose={onClose}
    >
      <form className="dialog-form" noValidate onSubmit={(event) => void submit(event)}>
        <Field label="Reason for the waiver" error={errors.reason?.message}>
          {(control) => <textarea {...control} {...form.register('reason')} className="textarea" rows={3} />}
        </Field>
        <Field label="Approved by" error={errors.approverId?.message}>
          {(control) => (
            <select {...control} {...form.register('approverId')} className="select">
              <option value="">Choose a person…</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                  {person.role ? ` (${person.role})` : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
        <FormAlert>{saveError}</FormAlert>
        <div className="dialog-footer dialog-footer-inline">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={isSubmitting}>
            Record waiver
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
