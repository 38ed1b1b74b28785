/**
 * Asks for the one thing a custody action needs in words (a reason, or a recipient), then confirms. The length is
 * checked with the shared custody schema beside the field; whether it may be empty is the repository's rule.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { custodyReasonSchema } from '../../../shared/domain/evidence/evidence';
import { IN_WORDS } from '../../../shared/errors';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';

export interface ReasonDialogProps {
  readonly title: string;
  readonly description: string;
  readonly fieldLabel: string;
  readonly confirmLabel: string;
  readonly destructive?: boolean;
  readonly error: string;
  readonly busy: boolean;
  readonly onConfirm: (text: string) => void;
  readonly onClose: () => void;
}

const reasonFormSchema = z.object({ text: custodyReasonSchema });
type ReasonForm = z.infer<typeof reasonFormSchema>;

export function ReasonDialog(props: ReasonDialogProps) {
  const form = useForm<ReasonForm>({ resolver: zodResolver(reasonFormSchema, IN_WORDS), defaultValues: { text: '' } });
  const fieldError = form.formState.errors.text?.message;
  const submit = form.handleSubmit(({ text }) => props.onConfirm(text));
  return (
    <Dialog open title={props.title} description={props.description} onClose={props.onClose} size="sm">
      <form noValidate onSubmit={(event) => void submit(event)} className="reason-form">
        <Field label={props.fieldLabel} error={fieldError ?? (props.error || undefined)}>
          {(control) => <textarea {...control} {...form.register('text')} className="textarea" rows={3} />}
        </Field>
        <div className="form-actions">
          <Button variant="ghost" onClick={props.onClose}>
            Cancel
          </Button>
          <Button variant={props.destructive ? 'danger' : 'primary'} type="submit" busy={props.busy}>
            {props.confirmLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
