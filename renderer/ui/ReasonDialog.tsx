/**
 * Asks for the one thing an action needs in words (a reason, a recipient), checked beside the field with the shared
 * schema the caller names (`zodResolver`), then confirms. Used for custody actions, removing a regime or a signer.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { IN_WORDS } from '../../shared/errors';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { Field } from './Field';

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
  /** The shared schema of the text (its length, whether it may be empty). */
  readonly textSchema: z.ZodType<string, string>;
  /** Asks as an alert dialog (stopping something that cannot simply be undone). */
  readonly alert?: boolean;
  readonly cancelLabel?: string;
}

interface ReasonForm {
  text: string;
}

export function ReasonDialog(props: ReasonDialogProps) {
  const form = useForm<ReasonForm>({
    resolver: zodResolver(z.object({ text: props.textSchema }), IN_WORDS),
    defaultValues: { text: '' },
  });
  const fieldError = form.formState.errors.text?.message;
  const submit = form.handleSubmit(({ text }) => props.onConfirm(text));
  return (
    <Dialog
      open
      title={props.title}
      description={props.description}
      onClose={props.onClose}
      size="sm"
      role={props.alert ? 'alertdialog' : 'dialog'}
    >
      <form noValidate onSubmit={(event) => void submit(event)} className="reason-form">
        <Field label={props.fieldLabel} error={fieldError ?? (props.error || undefined)}>
          {(control) => <textarea {...control} {...form.register('text')} className="textarea" rows={3} />}
        </Field>
        <div className="form-actions">
          <Button variant="ghost" data-autofocus={props.alert ? true : undefined} onClick={props.onClose}>
            {props.cancelLabel ?? 'Cancel'}
          </Button>
          <Button variant={props.destructive ? 'danger' : 'primary'} type="submit" busy={props.busy}>
            {props.confirmLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
