/**
 * Chooses the person who owns one step, from the people directory (by id) or typed (added to the directory); empty
 * hands it back to its role.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  stepAssignmentSchema,
  type ChecklistStep,
  type StepAssignment,
} from '../../../shared/domain/runbooks/checklist';
import { IN_WORDS } from '../../../shared/errors';
import { roleName } from '../../../shared/domain/team/team';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { assignChecklistStep } from '../../db/runbooks/checklists';
import { listPeople } from '../../db/team/queries';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';

export function AssignStepDialog({ step, onClose }: { readonly step: ChecklistStep; readonly onClose: () => void }) {
  const db = useDatabase();
  const { actor } = useSession();
  const people = useLiveQuery(() => listPeople(db), [db]);
  const listId = useId();
  const [error, setError] = useState<string | undefined>();
  const form = useForm<StepAssignment>({
    resolver: zodResolver(stepAssignmentSchema, IN_WORDS),
    defaultValues: { assignee: step.assignee },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ assignee }) => {
    setError(undefined);
    try {
      const picked = people?.find((person) => person.name === assignee.trim());
      await assignChecklistStep(db, actor, step.id, assignee, picked?.id);
      onClose();
    } catch (failure) {
      setError(describeError(failure));
    }
  });

  return (
    <Dialog open title="Assign step" description={<strong>{step.step.title}</strong>} onClose={onClose}>
      <form className="dialog-form" noValidate onSubmit={(event) => void submit(event)}>
        <Field
          label="Owner"
          error={errors.assignee?.message ?? error}
          hint={`Leave empty to leave it with whoever holds ${roleName(step.step.ownerRole)}.`}
        >
          {(control) => <input {...control} {...form.register('assignee')} className="input" list={listId} />}
        </Field>
        <datalist id={listId}>
          {(people ?? []).map((person) => (
            <option key={person.id} value={person.name}>
              {[person.role, person.team].filter(Boolean).join(', ')}
            </option>
          ))}
        </datalist>
        <div className="dialog-footer dialog-footer-inline">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={isSubmitting}>
            Save owner
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
