/** One expected action: met / partially met / not met with a note, saved to the exercise's evaluation. */
import { useState } from 'react';
import {
  ACTION_RESULTS,
  ACTION_RESULT_LABELS,
  type ActionAssessment,
  type ActionResult,
} from '../../../shared/domain/exercises/evaluation';
import { EXERCISE_CAPABILITY_LABELS, type ExpectedAction } from '../../../shared/domain/exercises/scenario';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { useReadOnly } from '../../app/useLegalReview';
import { saveEvaluation } from '../../db/exercises/evaluation';
import { Button } from '../../ui/Button';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { showToast } from '../../ui/toastStore';
import { RunbookStepLink } from './RunbookStepLink';

export function ExpectedActionAssessment({
  exerciseId,
  injectId,
  action,
  saved,
}: {
  readonly exerciseId: string;
  readonly injectId: string;
  readonly action: ExpectedAction;
  readonly saved: ActionAssessment | undefined;
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const readOnly = useReadOnly();
  const [result, setResult] = useState<ActionResult | ''>(saved?.result ?? '');
  const [note, setNote] = useState(saved?.note ?? '');
  const [error, setError] = useState<string | undefined>();
  const save = async () => {
    if (result === '') {
      setError('Choose met, partially met or not met.');
      return;
    }
    setError(undefined);
    try {
      await saveEvaluation(db, actor, exerciseId, {
        kind: 'action',
        injectId,
        actionId: action.id,
        assessment: { result, note },
      });
      showToast('success', `Assessed: ${ACTION_RESULT_LABELS[result]}.`);
    } catch (caught) {
      setError(describeError(caught));
    }
  };
  return (
    <li className="expected-action">
      <p className="expected-action-text">{action.text}</p>
      <p className="muted">
        {EXERCISE_CAPABILITY_LABELS[action.capability]}
        {action.runbookStep ? (
          <>
            {' · '}
            <RunbookStepLink link={action.runbookStep} />
          </>
        ) : null}
      </p>
      {readOnly ? (
        <p>{saved ? `${ACTION_RESULT_LABELS[saved.result]}${saved.note ? ` — ${saved.note}` : ''}` : 'Not assessed'}</p>
      ) : (
        <div className="assessment-row">
          <fieldset className="choice-row">
            <legend className="visually-hidden">Result for “{action.text}”</legend>
            {ACTION_RESULTS.map((value) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name={`result-${injectId}-${action.id}`}
                  value={value}
                  checked={result === value}
                  onChange={() => setResult(value)}
                />
                {ACTION_RESULT_LABELS[value]}
              </label>
            ))}
          </fieldset>
          <Field label="Assessment note" error={error}>
            {(control) => (
              <input {...control} className="input" value={note} onChange={(event) => setNote(event.target.value)} />
            )}
          </Field>
          <Button size="sm" onClick={() => void save()} aria-label={`Save assessment of “${action.text}”`}>
            Save
          </Button>
        </div>
      )}
    </li>
  );
}
