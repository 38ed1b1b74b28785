/**
 * Evaluation and the after-action report of an exercise: HSEEP ratings per capability target and capability (with
 * the definitions), findings per objective, participant feedback, the improvement plan, and the signed AAR/IP.
 */
import { useCallback, useState } from 'react';
import type { EvaluationChangeInput } from '../../../shared/domain/exercises/evaluation';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { routeHref } from '../../app/routes';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { saveEvaluation } from '../../db/exercises/evaluation';
import { Button } from '../../ui/Button';
import { describeError } from '../../ui/errorMessage';
import { showToast } from '../../ui/toastStore';
import { ReportPreviewDialog } from '../reports/ReportPreviewDialog';
import { exerciseSubject } from '../../db/exercises/exercises';
import { CapabilityRatings } from './CapabilityRatings';
import { ExerciseBanner } from './ExerciseBanner';
import { FeedbackPanel } from './FeedbackPanel';
import { ImprovementPlanPanel } from './ImprovementPlanPanel';
import { ObjectiveFindingsForm } from './ObjectiveFindingsForm';
import { RatingDefinitions } from './RatingDefinitions';
import { useEvaluation, useExerciseRun } from './useExerciseRun';

export function EvaluationScreen({ id }: { readonly id: string }) {
  const db = useDatabase();
  const { actor } = useSession();
  const { exercise } = useExerciseRun(id);
  const evaluation = useEvaluation(id);
  const [reportOpen, setReportOpen] = useState(false);
  useDocumentTitle(exercise ? `${exercise.ref} evaluation` : 'Evaluation');
  const save = useCallback(
    async (change: EvaluationChangeInput): Promise<string | undefined> => {
      try {
        await saveEvaluation(db, actor, id, change);
        showToast('success', 'Evaluation saved.');
        return undefined;
      } catch (error) {
        return describeError(error);
      }
    },
    [db, actor, id],
  );
  if (exercise === undefined || evaluation === undefined) return <p className="muted">Loading the evaluation…</p>;
  if (exercise === null) return <p className="notice">This exercise does not exist.</p>;
  const revision = evaluation?.rev ?? 0;
  return (
    <div className="screen screen-evaluation">
      <ExerciseBanner reference={exercise.ref} />
      <header className="screen-header">
        <div className="screen-heading">
          <p className="screen-eyebrow">
            <a href={routeHref({ name: 'exercises' })}>Exercises</a> /{' '}
            <a className="mono" href={routeHref({ name: 'exercise', id: exercise.id })}>
              {exercise.ref}
            </a>
          </p>
          <h1>Evaluation: {exercise.title}</h1>
          <p className="screen-subtitle">
            Rate each capability target and capability, record findings, and build the improvement plan.
          </p>
        </div>
        <div className="screen-actions">
          <Button variant="primary" icon="download" onClick={() => setReportOpen(true)}>
            After-action report
          </Button>
        </div>
      </header>
      <RatingDefinitions />
      <CapabilityRatings exercise={exercise} evaluation={evaluation} save={save} />
      <section className="panel" aria-labelledby="objectives-title">
        <h2 className="panel-title" id="objectives-title">
          Objectives: observations, strengths and areas for improvement
        </h2>
        {exercise.scenario.body.objectives.map((objective) => (
          <ObjectiveFindingsForm
            key={`${objective.id}-${revision}`}
            objective={objective}
            saved={evaluation?.objectives[objective.id]}
            save={save}
          />
        ))}
      </section>
      <FeedbackPanel exerciseId={exercise.id} />
      <ImprovementPlanPanel exercise={exercise} evaluation={evaluation} />
      {reportOpen ? (
        <ReportPreviewDialog
          subject={exerciseSubject(exercise)}
          type="after-action-report"
          onClose={() => setReportOpen(false)}
        />
      ) : null}
    </div>
  );
}
