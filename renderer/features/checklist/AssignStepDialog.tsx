/** Chooses the person who owns one step, from the people directory or typed; empty hands it back to its role. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import type { ChecklistStep } from '../../../shared/domain/runbooks/checklist';
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
  const [name, setName] = useState(step.assignee);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    try {
      await assignChecklistStep(db, actor, step.id, name);
      onClose();
    } catch (failure) {
      setError(describeError(failure));
      setBusy(false);
    }
  };

  return (
    <Dialog open title="Assign step" description={<strong>{step.step.title}</strong>} onClose={onClose}>
      <form className="dialog-form" noValidate onSubmit={(event) => void submit(event)}>
        <Field
          label="Owner"
          error={error}
          hint={`Leave empty to leave it with whoever holds ${roleName(step.step.ownerRole)}.`}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              list={listId}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          )}
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
          <Button type="submit" variant="primary" busy={busy}>
            Save owner
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
