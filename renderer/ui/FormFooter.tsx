/**
 * A form's footer: the save error or, after a submit, how many fields need attention (each field shows its own
 * message), then Cancel and the submit button.
 */
import { Button } from './Button';
import { FormAlert } from './FormAlert';

export interface FormFooterProps {
  readonly saveError: string | undefined;
  /** Top-level fields with errors after a submit; 0 before the first submit. */
  readonly problems: number;
  readonly submitLabel: string;
  readonly busy: boolean;
  readonly onCancel: () => void;
}

/** How many top-level fields of react-hook-form's `errors` have a problem (a root error is not a field). */
export function countFieldErrors(errors: object): number {
  return Object.keys(errors).filter((key) => key !== 'root').length;
}

export function FormFooter({ saveError, problems, submitLabel, busy, onCancel }: FormFooterProps) {
  return (
    <div className="form-footer">
      <div className="form-footer-messages">
        {saveError ? (
          <FormAlert>{saveError}</FormAlert>
        ) : problems > 0 ? (
          <FormAlert>
            {problems === 1 ? 'One field needs' : `${problems} fields need`} attention — see the message beside{' '}
            {problems === 1 ? 'it' : 'each'}. Nothing has been saved.
          </FormAlert>
        ) : null}
      </div>
      <div className="form-footer-actions">
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" busy={busy}>
          {submitLabel}
        </Button>
      </div>
    </div>
  );
}
