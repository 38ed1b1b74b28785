/**
 * The exercise planner: the scenario version, when and where, the facilitator, evaluators and players (from the
 * people directory or typed), the clock speed and an optional practice incident with a runbook applied. The
 * improvement items still open from earlier exercises are listed beside it, so the plan can test them.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { CLOCK_SPEEDS, exercisePlanSchema, splitNames } from '../../../shared/domain/exercises/exercise';
import { IN_WORDS } from '../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { navigate } from '../../app/routeStore';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { planExercise } from '../../db/exercises/exercises';
import { openImprovementItems, scenarioChoices } from '../../db/exercises/queries';
import { listPeople } from '../../db/team/queries';
import { Button } from '../../ui/Button';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { LocalDateTimeInput } from '../../ui/LocalDateTimeInput';
import { ZoneNote } from '../../ui/ZoneNote';
import { fieldErrors } from './fieldErrors';
import { ImprovementItemsTable } from './ImprovementItemsTable';
import { usePublishedRunbooks } from './usePublishedRunbooks';
import { FormAlert } from '../../ui/FormAlert';

export function PlanExerciseScreen() {
  useDocumentTitle('Plan an exercise');
  const db = useDatabase();
  const { actor, profile } = useSession();
  const scenarios = useLiveQuery(() => scenarioChoices(db), [db]);
  const people = useLiveQuery(() => listPeople(db), [db]);
  const open = useLiveQuery(() => openImprovementItems(db), [db]);
  const runbooks = usePublishedRunbooks();
  const [title, setTitle] = useState('');
  const [scenarioKey, setScenarioKey] = useState('');
  const [plannedAt, setPlannedAt] = useState(() =>
    new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000).toISOString(),
  );
  const [location, setLocation] = useState('');
  const [facilitator, setFacilitator] = useState(profile.name);
  const [evaluators, setEvaluators] = useState('');
  const [participants, setParticipants] = useState('');
  const [speed, setSpeed] = useState(1);
  const [runbookId, setRunbookId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saveError, setSaveError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const chosenKey = scenarioKey || (scenarios?.[0] ? `${scenarios[0].lineageId}@${scenarios[0].version}` : '');
  const [lineageId = '', version = '0'] = chosenKey.split('@');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaveError(undefined);
    const parsed = exercisePlanSchema.safeParse(
      {
        title,
        scenarioLineageId: lineageId,
        scenarioVersion: Number(version),
        plannedAt,
        location,
        facilitator,
        evaluators: splitNames(evaluators),
        participants: splitNames(participants),
        speed,
        practiceRunbookId: runbookId || null,
      },
      IN_WORDS,
    );
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const exercise = await planExercise(db, actor, parsed.data);
      navigate({ name: 'exercise', id: exercise.id });
    } catch (error) {
      setSaveError(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="screen screen-exercise-plan">
      <header className="screen-header">
        <div className="screen-heading">
          <h1>Plan an exercise</h1>
          <p className="screen-subtitle">
            The exercise keeps a copy of the scenario version it runs, so later edits never change what was played.
          </p>
        </div>
      </header>
      <div className="exercise-plan-layout">
        <form
          className="panel form-stack"
          noValidate
          aria-label="Plan an exercise"
          onSubmit={(event) => void submit(event)}
        >
          <Field label="Title" error={errors.title}>
            {(control) => (
              <input {...control} className="input" value={title} onChange={(event) => setTitle(event.target.value)} />
            )}
          </Field>
          <Field label="Scenario" error={errors.scenarioLineageId ?? errors.scenarioVersion}>
            {(control) => (
              <select
                {...control}
                className="select"
                value={chosenKey}
                onChange={(event) => setScenarioKey(event.target.value)}
              >
                {(scenarios ?? []).map((choice) => (
                  <option key={`${choice.lineageId}@${choice.version}`} value={`${choice.lineageId}@${choice.version}`}>
                    {choice.name} (v{choice.version}
                    {choice.builtIn ? ', built-in' : ''})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="form-row">
            <Field label="Planned for" error={errors.plannedAt} hint={<ZoneNote />}>
              {(control) => <LocalDateTimeInput {...control} value={plannedAt} onChange={setPlannedAt} />}
            </Field>
            <Field label="Location" optional error={errors.location}>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  value={location}
                  onChange={(event) => setLocation(event.target.value)}
                />
              )}
            </Field>
          </div>
          <datalist id="exercise-people">
            {(people ?? []).map((person) => (
              <option key={person.id} value={person.name} />
            ))}
          </datalist>
          <Field label="Facilitator" error={errors.facilitator}>
            {(control) => (
              <input
                {...control}
                className="input"
                list="exercise-people"
                value={facilitator}
                onChange={(event) => setFacilitator(event.target.value)}
              />
            )}
          </Field>
          <Field
            label="Evaluators"
            optional
            hint="Names separated by commas; people not in the directory are added to it."
            error={errors.evaluators}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                list="exercise-people"
                value={evaluators}
                onChange={(event) => setEvaluators(event.target.value)}
              />
            )}
          </Field>
          <Field
            label="Participants"
            optional
            hint="One name per line, or separated by commas."
            error={errors.participants}
          >
            {(control) => (
              <textarea
                {...control}
                className="textarea"
                rows={4}
                value={participants}
                onChange={(event) => setParticipants(event.target.value)}
              />
            )}
          </Field>
          <div className="form-row">
            <Field
              label="Clock speed"
              hint="Faster than real time for rehearsals and demonstrations."
              error={errors.speed}
            >
              {(control) => (
                <select
                  {...control}
                  className="select"
                  value={speed}
                  onChange={(event) => setSpeed(Number(event.target.value))}
                >
                  {CLOCK_SPEEDS.map((value) => (
                    <option key={value} value={value}>
                      {value === 1 ? 'Real time' : `${value}× real time`}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              label="Practice incident"
              optional
              hint="Declared now, marked EXERCISE, with this runbook applied."
              error={errors.practiceRunbookId}
            >
              {(control) => (
                <select
                  {...control}
                  className="select"
                  value={runbookId}
                  onChange={(event) => setRunbookId(event.target.value)}
                >
                  <option value="">No practice incident</option>
                  {(runbooks ?? []).map((runbook) => (
                    <option key={runbook.id} value={runbook.id}>
                      {runbook.title} (v{runbook.version})
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <FormAlert>{saveError}</FormAlert>
          <div className="form-footer-actions">
            <Button onClick={() => navigate({ name: 'exercises' })}>Cancel</Button>
            <Button type="submit" variant="primary" busy={busy}>
              Plan exercise
            </Button>
          </div>
        </form>
        <section className="panel" aria-labelledby="plan-open-items">
          <h2 className="panel-title" id="plan-open-items">
            Still open from earlier exercises
          </h2>
          {open === undefined ? null : open.length === 0 ? (
            <p className="muted">Nothing is open: every improvement item from earlier exercises is done.</p>
          ) : (
            <ImprovementItemsTable items={open} showExercise />
          )}
        </section>
      </div>
    </div>
  );
}
