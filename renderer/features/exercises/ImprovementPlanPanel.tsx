/** The improvement plan: corrective actions for the areas for improvement, each with owner, element and dates. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { ExerciseEvaluation } from '../../../shared/domain/exercises/evaluation';
import type { Exercise } from '../../../shared/domain/exercises/exercise';
import {
  CAPABILITY_ELEMENTS,
  CAPABILITY_ELEMENT_LABELS,
  improvementDraftSchema,
  type CapabilityElement,
} from '../../../shared/domain/exercises/improvement';
import { EXERCISE_CAPABILITY_LABELS } from '../../../shared/domain/exercises/scenario';
import { IN_WORDS } from '../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { useReadOnly } from '../../app/useLegalReview';
import { addImprovementItem } from '../../db/exercises/evaluation';
import { liveImprovementItems } from '../../db/exercises/queries';
import { Button } from '../../ui/Button';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { showToast } from '../../ui/toastStore';
import { fieldErrors } from './fieldErrors';
import { ImprovementItemsTable } from './ImprovementItemsTable';

const today = () => new Date().toISOString().slice(0, 10);

export function ImprovementPlanPanel({
  exercise,
  evaluation,
}: {
  readonly exercise: Exercise;
  readonly evaluation: ExerciseEvaluation | null;
}) {
  const db = useDatabase();
  const { actor, profile } = useSession();
  const readOnly = useReadOnly();
  const items = useLiveQuery(() => liveImprovementItems(db, exercise.id), [db, exercise.id]);
  const areas = Object.values(evaluation?.objectives ?? {}).flatMap((findings) => findings.areasForImprovement);
  const [areaId, setAreaId] = useState('');
  const [correctiveAction, setCorrectiveAction] = useState('');
  const [element, setElement] = useState<CapabilityElement>('planning');
  const [organisation, setOrganisation] = useState('');
  const [pointOfContact, setPointOfContact] = useState(profile.name);
  const [owner, setOwner] = useState(profile.name);
  const [startDate, setStartDate] = useState(today);
  const [completionDate, setCompletionDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const area = areas.find((candidate) => candidate.id === areaId) ?? areas[0];

  const add = async () => {
    const parsed = improvementDraftSchema.safeParse(
      {
        capability: area?.capability,
        areaForImprovementId: area?.id ?? null,
        issue: area?.issue ?? '',
        correctiveAction,
        element,
        responsibleOrganisation: organisation,
        pointOfContact,
        owner,
        startDate,
        completionDate,
      },
      IN_WORDS,
    );
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    try {
      await addImprovementItem(db, actor, exercise.id, parsed.data);
      setCorrectiveAction('');
      showToast('success', 'Improvement item added.');
    } catch (error) {
      setErrors({ form: describeError(error) });
    }
  };

  return (
    <section className="panel" aria-labelledby="improvement-plan-title">
      <h2 className="panel-title" id="improvement-plan-title">
        Improvement plan
      </h2>
      {items && items.length > 0 ? (
        <ImprovementItemsTable items={items} />
      ) : (
        <p className="muted">No improvement item yet.</p>
      )}
      {readOnly ? null : areas.length === 0 ? (
        <p className="muted">Add an area for improvement to an objective first; each corrective action answers one.</p>
      ) : (
        <form
          className="form-stack"
          aria-label="Add an improvement item"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void add();
          }}
        >
          <Field label="Area for improvement" error={errors.issue ?? errors.capability}>
            {(control) => (
              <select
                {...control}
                className="select"
                value={area?.id ?? ''}
                onChange={(event) => setAreaId(event.target.value)}
              >
                {areas.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {EXERCISE_CAPABILITY_LABELS[candidate.capability]}: {candidate.issue}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Corrective action" error={errors.correctiveAction}>
            {(control) => (
              <input
                {...control}
                className="input"
                value={correctiveAction}
                onChange={(event) => setCorrectiveAction(event.target.value)}
              />
            )}
          </Field>
          <div className="form-row">
            <Field label="Capability element" error={errors.element}>
              {(control) => (
                <select
                  {...control}
                  className="select"
                  value={element}
                  onChange={(event) =>
                    setElement(CAPABILITY_ELEMENTS.find((value) => value === event.target.value) ?? 'planning')
                  }
                >
                  {CAPABILITY_ELEMENTS.map((value) => (
                    <option key={value} value={value}>
                      {CAPABILITY_ELEMENT_LABELS[value]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Responsible organisation" error={errors.responsibleOrganisation}>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  value={organisation}
                  onChange={(event) => setOrganisation(event.target.value)}
                />
              )}
            </Field>
          </div>
          <div className="form-row">
            <Field label="Point of contact" error={errors.pointOfContact}>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  value={pointOfContact}
                  onChange={(event) => setPointOfContact(event.target.value)}
                />
              )}
            </Field>
            <Field label="Owner" error={errors.owner}>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  value={owner}
                  onChange={(event) => setOwner(event.target.value)}
                />
              )}
            </Field>
          </div>
          <div className="form-row">
            <Field label="Start date" error={errors.startDate}>
              {(control) => (
                <input
                  {...control}
                  type="date"
                  className="input"
                  value={startDate}
                  onChange={(event) => setStartDate(event.target.value)}
                />
              )}
            </Field>
            <Field label="Completion date" error={errors.completionDate}>
              {(control) => (
                <input
                  {...control}
                  type="date"
                  className="input"
                  value={completionDate}
                  onChange={(event) => setCompletionDate(event.target.value)}
                />
              )}
            </Field>
          </div>
          {errors.form ? (
            <p className="form-alert" role="alert">
              {errors.form}
            </p>
          ) : null}
          <Button type="submit" variant="primary">
            Add improvement item
          </Button>
        </form>
      )}
    </section>
  );
}
