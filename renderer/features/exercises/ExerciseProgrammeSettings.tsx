/** Settings › Exercise programme: how many months between tabletop exercises (quarterly unless changed). */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { setExerciseCadence } from '../../db/exercises/evaluation';
import { exerciseCadenceMonths } from '../../db/exercises/queries';
import { Button } from '../../ui/Button';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { showToast } from '../../ui/toastStore';
import { SettingsSection } from '../settings/SettingsSection';

function CadenceForm({ months }: { readonly months: number }) {
  const db = useDatabase();
  const { actor } = useSession();
  const [value, setValue] = useState(String(months));
  const [error, setError] = useState<string | undefined>();
  return (
    <form
      className="inline-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setError(undefined);
        setExerciseCadence(db, actor, Number(value))
          .then(() => showToast('success', 'Exercise programme saved.'))
          .catch((caught: unknown) => setError(describeError(caught)));
      }}
    >
      <Field label="Months between exercises" error={error} hint="3 is quarterly.">
        {(control) => (
          <input
            {...control}
            className="input input-narrow"
            inputMode="numeric"
            value={value}
            onChange={(event) => setValue(event.target.value)}
          />
        )}
      </Field>
      <Button type="submit">Save</Button>
    </form>
  );
}

export function ExerciseProgrammeSettings() {
  const db = useDatabase();
  const months = useLiveQuery(() => exerciseCadenceMonths(db), [db]);
  return (
    <SettingsSection
      title="Exercise programme"
      description="How often the team runs a tabletop exercise. The home screen shows when the next one is due."
    >
      {months === undefined ? null : <CadenceForm key={months} months={months} />}
    </SettingsSection>
  );
}
