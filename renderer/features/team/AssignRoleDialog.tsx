/**
 * Assigning a response-team role, or handing it over: the role (a standard one or a custom name), its primary and its
 * backup, chosen from the people directory or typed. The change and any hand-over go on the timeline.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { Incident } from '../../../shared/domain/incidents/incident';
import {
  roleChangeSchema,
  roleName,
  STANDARD_ROLES,
  type RoleChange,
  type RoleChangeInput,
} from '../../../shared/domain/team/team';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { listPeople } from '../../db/team/queries';
import { assignRole } from '../../db/team/team';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { useSaveSubmit } from '../../app/useSaveSubmit';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { showToast } from '../../ui/toastStore';

export function AssignRoleDialog({
  incident,
  role,
  onClose,
}: {
  readonly incident: Incident;
  /** The role to assign or hand over; undefined to choose or name one. */
  readonly role: string | undefined;
  readonly onClose: () => void;
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const people = useLiveQuery(() => listPeople(db), [db]);
  const peopleListId = useId();
  const current = incident.roles.find((assignment) => assignment.role === role);
  const form = useForm<RoleChangeInput, unknown, RoleChange>({
    resolver: zodResolver(roleChangeSchema),
    defaultValues: { role: role ?? 'ai-safety-lead', primary: current?.primary ?? '', backup: current?.backup ?? '' },
  });
  const { errors, isSubmitting } = form.formState;
  // The dialog names the role it assigns: the one it was opened for, or the one typed or chosen so far.
  const chosenRole = (useWatch({ control: form.control, name: 'role' }) ?? '').trim();
  const named = chosenRole === '' ? 'a role' : roleName(chosenRole);

  const { submit, saveError } = useSaveSubmit(form, async (change) => {
    // People are picked from the directory by id; a name not in it is added to it by the repository.
    const idOf = (name: string) => people?.find((person) => person.name === name)?.id;
    await assignRole(db, actor, incident.id, {
      ...change,
      primaryId: idOf(change.primary),
      backupId: idOf(change.backup),
    });
    showToast('success', `${roleName(change.role)}: ${change.primary}`);
    onClose();
  });

  return (
    <Dialog
      open
      title={current ? `Hand over ${roleName(current.role)}` : role === undefined ? 'Assign a role' : `Assign ${named}`}
      description="Recorded on the timeline. Choose people from the directory (Settings) or type a name to add them to it."
      onClose={onClose}
    >
      <form className="dialog-form" noValidate onSubmit={(event) => void submit(event)}>
        {role === undefined ? (
          <Field
            label="Role"
            error={errors.role?.message}
            hint="A standard role, or type a custom one such as “Vendor liaison”."
          >
            {(control) => (
              <>
                <input {...control} {...form.register('role')} className="input" list={`${peopleListId}-roles`} />
                <datalist id={`${peopleListId}-roles`}>
                  {STANDARD_ROLES.map((standard) => (
                    <option key={standard} value={standard}>
                      {roleName(standard)}
                    </option>
                  ))}
                </datalist>
              </>
            )}
          </Field>
        ) : null}
        <Field label="Primary" error={errors.primary?.message}>
          {(control) => <input {...control} {...form.register('primary')} className="input" list={peopleListId} />}
        </Field>
        <Field label="Backup" optional error={errors.backup?.message}>
          {(control) => <input {...control} {...form.register('backup')} className="input" list={peopleListId} />}
        </Field>
        <datalist id={peopleListId}>
          {(people ?? []).map((person) => (
            <option key={person.id} value={person.name}>
              {[person.role, person.team].filter(Boolean).join(', ')}
            </option>
          ))}
        </datalist>
        <FormAlert>{saveError}</FormAlert>
        <div className="dialog-footer dialog-footer-inline">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={isSubmitting}>
            {current ? `Hand over ${roleName(current.role)}` : `Assign ${named}`}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
