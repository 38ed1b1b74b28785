/**
 * The incident's checklist: progress per phase, then steps grouped by phase with owner, due time, state and the
 * changes each offers; suggested runbooks when the incident's type and severity match. A change that needs a reason
 * or evidence opens a dialog; the others are saved at once, and the row shows the change while it is saved.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useCallback, useMemo } from 'react';
import {
  checkStepUpdate,
  isOverdue,
  stepChangeOf,
  progressByPhase,
  type ChecklistStep,
  type StepState,
} from '../../../shared/domain/runbooks/checklist';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { RUNBOOK_PHASES, type RunbookPhase } from '../../../shared/domain/runbooks/runbook';
import { PHASE_LABELS } from '../../../shared/domain/incidents/taxonomy';
import { nowIso } from '../../../shared/domain/time';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { useReadOnly } from '../../app/useLegalReview';
import { updateChecklistStep } from '../../db/runbooks/checklists';
import { listRunbookVersions } from '../../db/runbooks/queries';
import { describeError } from '../../ui/errorMessage';
import { showToast } from '../../ui/toastStore';
import { currentNow, useNowDerived } from '../../ui/useNow';
import { useProgressiveCount } from '../../ui/useProgressiveCount';
import { useChecklistStore } from './checklistStore';
import { AssignStepDialog } from './AssignStepDialog';
import { ChecklistStepRow } from './ChecklistStepRow';
import { PhaseProgressList } from './PhaseProgressList';
import { RunbookUpdates } from './RunbookUpdates';
import { StepUpdateDialog } from './StepUpdateDialog';
import { SuggestedRunbooks } from './SuggestedRunbooks';
import { useChecklist } from './useChecklist';

/** Rows rendered at once (more than a screenful), then per painted frame (about 10 ms of rendering each here). */
const FIRST_ROWS = 20;
const MORE_ROWS = 70;

interface PhaseSectionProps {
  readonly phase: RunbookPhase;
  /** The phase's shown steps, in order. */
  readonly steps: readonly ChecklistStep[];
  readonly current: boolean;
  /** The ids of the overdue steps (of every phase). */
  readonly overdue: ReadonlySet<string>;
  readonly holders: ReadonlyMap<string, string>;
  readonly readOnly: boolean;
  readonly onChange: (step: ChecklistStep, to: StepState) => Promise<void>;
  readonly onAssign: (step: ChecklistStep) => void;
}

function PhaseSectionView({
  phase,
  steps,
  current,
  overdue,
  holders,
  readOnly,
  onChange,
  onAssign,
}: PhaseSectionProps) {
  return (
    <section
      className={current ? 'checklist-phase is-current' : 'checklist-phase'}
      aria-label={`${PHASE_LABELS[phase]} steps`}
    >
      <h3 className="checklist-phase-title">
        {PHASE_LABELS[phase]}
        {current ? <span className="checklist-phase-current">Current phase</span> : null}
      </h3>
      <ol className="checklist-steps">
        {steps.map((step) => (
          <ChecklistStepRow
            key={step.id}
            step={step}
            holder={holders.get(step.step.ownerRole) ?? ''}
            overdue={overdue.has(step.id)}
            readOnly={readOnly}
            onChange={onChange}
            onAssign={onAssign}
          />
        ))}
      </ol>
    </section>
  );
}

/**
 * A phase's steps re-render only when one of them, their overdue states, the current phase or the owners changed:
 * a step update re-renders its own phase (and its one row), a phase change the two phases it moves between.
 */
const PhaseSection = memo(PhaseSectionView, (a, b) => {
  if (
    a.phase !== b.phase ||
    a.current !== b.current ||
    a.readOnly !== b.readOnly ||
    a.onChange !== b.onChange ||
    a.onAssign !== b.onAssign ||
    a.steps.length !== b.steps.length
  ) {
    return false;
  }
  return a.steps.every(
    (step, index) =>
      step === b.steps[index] &&
      a.overdue.has(step.id) === b.overdue.has(step.id) &&
      (a.holders === b.holders || a.holders.get(step.step.ownerRole) === b.holders.get(step.step.ownerRole)),
  );
});

const MemoPhaseProgressList = memo(PhaseProgressList);

/**
 * The suggestions depend on the incident's type and severity (and the library and what is applied), not on its steps
 * or phase: a step update or a phase change leaves them as they are.
 */
const MemoSuggestedRunbooks = memo(
  SuggestedRunbooks,
  (a, b) =>
    a.appliedLineages === b.appliedLineages &&
    a.library === b.library &&
    a.incident.id === b.incident.id &&
    a.incident.severity === b.incident.severity &&
    a.incident.types === b.incident.types,
);

function needsDialog(step: ChecklistStep, to: StepState): boolean {
  return (
    to === 'skipped' || to === 'blocked' || (to === 'done' && step.step.evidenceRequired && step.evidence.length === 0)
  );
}

export function ChecklistPanel({ incident }: { readonly incident: Incident }) {
  const db = useDatabase();
  const { actor } = useSession();
  const reviewOn = useReadOnly();
  const { steps, showCommitted, showPending } = useChecklist(incident.id);
  // Steps only become overdue as time passes, so their count says when the overdue set changes: the panel re-renders
  // on the second a step falls overdue, not every second.
  const countOverdue = useCallback(
    (now: number) => (steps ?? []).reduce((count, step) => count + (isOverdue(step, now) ? 1 : 0), 0),
    [steps],
  );
  const overdueCount = useNowDerived(countOverdue);
  const library = useLiveQuery(() => listRunbookVersions(db), [db]);
  const pending = useChecklistStore((state) => state.pending);
  const ask = useChecklistStore((state) => state.ask);
  const close = useChecklistStore((state) => state.close);
  const assigning = useChecklistStore((state) => state.assigning);
  const assign = useChecklistStore((state) => state.assign);
  const onAssign = useCallback((step: ChecklistStep) => assign(step.id), [assign]);

  const onChange = useCallback(
    async (step: ChecklistStep, to: StepState): Promise<void> => {
      if (needsDialog(step, to)) {
        ask({ stepId: step.id, state: to });
        return;
      }
      // The row shows the change in the frame after the click, from the same rule the write applies; the committed
      // row replaces it, and a refused or failed write puts the stored row back and says why.
      const update = { state: to, reason: '' } as const;
      const revert = checkStepUpdate(step, update).ok
        ? showPending({ ...step, ...stepChangeOf(step, update, actor, nowIso()) })
        : undefined;
      try {
        showCommitted(await updateChecklistStep(db, actor, step.id, update, step.incidentId));
      } catch (error) {
        revert?.();
        showToast('error', describeError(error));
      }
    },
    [db, actor, ask, showCommitted, showPending],
  );

  const holders = useMemo(
    () => new Map(incident.roles.map((assignment) => [assignment.role, assignment.primary])),
    [incident.roles],
  );
  // The overdue steps and the progress as of the tick that last changed the overdue count.
  const { overdue, progress } = useMemo(() => {
    const now = currentNow();
    const all = steps ?? [];
    return {
      overdue: new Set(all.filter((step) => isOverdue(step, now)).map((step) => step.id)),
      progress: progressByPhase(all, now),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- overdueCount says when `now` matters
  }, [steps, overdueCount]);
  // The runbooks applied, by lineage: the same set (the same object) while no runbook is applied or removed.
  const lineageKey = [...new Set((steps ?? []).map((step) => step.lineageId))].sort().join(' ');
  const applied = useMemo(() => new Set(lineageKey === '' ? [] : lineageKey.split(' ')), [lineageKey]);
  const runbooks = useMemo(
    () => [
      ...new Map(
        (steps ?? []).map((step) => [step.runbookId, `${step.runbookTitle} v${step.runbookVersion}`]),
      ).values(),
    ],
    [steps],
  );
  // A long checklist is rendered a screenful at a time (in display order) so opening the incident never freezes.
  const shownCount = useProgressiveCount(steps?.length ?? 0, FIRST_ROWS, MORE_ROWS);
  const byPhase = useMemo(() => {
    const shown = (steps ?? []).slice(0, shownCount);
    return new Map(RUNBOOK_PHASES.map((phase) => [phase, shown.filter((step) => step.phase === phase)]));
  }, [steps, shownCount]);
  // Closed incidents and legal review mode: the checklist is shown, never changed.
  const readOnly = incident.phase === 'closed' || reviewOn;
  const pendingStep = pending ? steps?.find((step) => step.id === pending.stepId) : undefined;
  const assigningStep = assigning ? steps?.find((step) => step.id === assigning) : undefined;

  return (
    <section className="panel panel-checklist" aria-labelledby="checklist-title">
      <div className="panel-header">
        <h2 id="checklist-title" className="panel-title">
          Checklist
          {steps && steps.length > 0 ? <span className="panel-count">{steps.length}</span> : null}
        </h2>
        {runbooks.length > 0 ? <p className="checklist-runbooks muted">{runbooks.join(' · ')}</p> : null}
      </div>
      {steps === undefined ? <p className="muted">Loading the checklist…</p> : null}
      {steps && steps.length === 0 ? (
        <p className="muted">No runbook applied yet. Apply one to get a checklist with owners and due times.</p>
      ) : null}
      {steps && steps.length > 0 ? <MemoPhaseProgressList progress={progress} /> : null}
      {readOnly || !library || !steps || steps.length === 0 ? null : (
        <RunbookUpdates incident={incident} steps={steps} library={library} />
      )}
      {readOnly || !library ? null : (
        <MemoSuggestedRunbooks incident={incident} appliedLineages={applied} library={library} />
      )}
      {steps
        ? RUNBOOK_PHASES.map((phase) => {
            const inPhase = byPhase.get(phase) ?? [];
            return inPhase.length === 0 ? null : (
              <PhaseSection
                key={phase}
                phase={phase}
                steps={inPhase}
                current={incident.phase === phase}
                overdue={overdue}
                holders={holders}
                readOnly={readOnly}
                onChange={onChange}
                onAssign={onAssign}
              />
            );
          })
        : null}
      {pending && pendingStep ? <StepUpdateDialog step={pendingStep} to={pending.state} onClose={close} /> : null}
      {assigningStep ? <AssignStepDialog step={assigningStep} onClose={close} /> : null}
    </section>
  );
}
