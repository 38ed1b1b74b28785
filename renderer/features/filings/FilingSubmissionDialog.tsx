/** Records that an approved filing was submitted: when, and the reference the authority gave it. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { recordFilingSubmissionSchema, type Filing } from '../../../shared/domain/filings/filing';
import { IN_WORDS } from '../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { recordFilingSubmission } from '../../db/filings/filings';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { useSaveSubmit } from '../../app/useSaveSubmit';
import { DateTimeField } from '../../ui/DateTimeField';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { showToast } from '../../ui/toastStore';
import { ZoneNote } from '../../ui/ZoneNote';

function nowToTheMinute(): string {
  return new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString();
}

interface SubmissionForm {
  submittedAt: string;
  authorityReference: string;
}

export function FilingSubmissionDialog({ filing, onClose }: { readonly filing: Filing; readonly onClose: () => void }) {
  const db = useDatabase();
  const { actor } = useSession();
  const form = useForm<SubmissionForm>({
    resolver: zodResolver<SubmissionForm, unknown, SubmissionForm>(recordFilingSubmissionSchema, IN_WORDS),
    defaultValues: {
      submittedAt: nowToTheMinute(),
      authorityReference: '',
    },
  });
  const { errors, isSubmitting } = form.formState;
  const { submit, saveError } = useSaveSubmit(form, async (input) => {
    await recordFilingSubmission(db, actor, filing.id, input);
    showToast('success', `${filing.ref} recorded as submitted.`);
    onClose();
  });
  return (
    <Dialog
      open
      size="sm"
      title={`Record submission of ${filing.ref}`}
      description="The submission goes on the timeline, and a later stage that runs from it starts its clock."
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" busy={isSubmitting} onClick={() => void submit()}>
            Record submission
          </Button>
        </>
      }
    >
      <DateTimeField
        control={form.control}
        name="submittedAt"
        label="Submitted at"
        hint={<ZoneNote />}
        error={errors.submittedAt?.message}
      />
      <Field label="Authority’s reference" error={errors.authorityReference?.message}>
        {(control) => <input {...control} {...form.register('authorityReference')} className="input" />}
      </Field>
      <FormAlert>{saveError}</FormAlert>
    </Dialog>
  );
}
