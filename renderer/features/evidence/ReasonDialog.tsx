/** Asks for the one thing a custody action needs in words (a reason, or a recipient), then confirms. */
import { useState, type FormEvent } from 'react';
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

export function ReasonDialog(props: ReasonDialogProps) {
  const [text, setText] = useState('');
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    props.onConfirm(text);
  };
  return (
    <Dialog open title={props.title} description={props.description} onClose={props.onClose} size="sm">
      <form noValidate onSubmit={submit} className="reason-form">
        <Field label={props.fieldLabel} error={props.error || undefined}>
          {(control) => (
            <textarea
              {...control}
              className="textarea"
              rows={3}
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
          )}
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
