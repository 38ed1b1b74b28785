/**
 * The fields the first-run form, the profile form and the site-code form share: the responder's name and role, the
 * site code, and the form's closing alert and submit button. Each form keeps its own schema and save.
 */
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { SiteCodeHint } from './SiteCodeHint';
import { FormAlert } from '../../ui/FormAlert';

export function NameAndRoleFields({
  name,
  role,
  errors,
}: {
  readonly name: UseFormRegisterReturn<'name'>;
  readonly role: UseFormRegisterReturn<'role'>;
  readonly errors: { readonly name?: string | undefined; readonly role?: string | undefined };
}) {
  return (
    <>
      <Field label="Your name" error={errors.name} hint="Shown as the author of everything you record.">
        {(control) => <input {...control} {...name} className="input" autoComplete="name" />}
      </Field>
      <Field label="Your role" error={errors.role} hint="For example: Security analyst, AI safety lead.">
        {(control) => <input {...control} {...role} className="input" autoComplete="organization-title" />}
      </Field>
    </>
  );
}

export function SiteCodeField({
  registration,
  error,
}: {
  readonly registration: UseFormRegisterReturn<'siteCode'>;
  readonly error: string | undefined;
}) {
  return (
    <Field label="Site code" error={error} hint={<SiteCodeHint />}>
      {(control) => (
        <input
          {...control}
          {...registration}
          className="input input-code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
        />
      )}
    </Field>
  );
}

export function ProfileFormEnd({
  saveError,
  busy,
  submitLabel,
}: {
  readonly saveError: string | undefined;
  readonly busy: boolean;
  readonly submitLabel: string;
}) {
  return (
    <>
      <FormAlert>{saveError}</FormAlert>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy}>
          {submitLabel}
        </Button>
      </div>
    </>
  );
}
