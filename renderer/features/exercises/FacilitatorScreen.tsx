/**
 * The facilitator page of an exercise: the EXERCISE banner, the scenario clock, the MSEL with each inject's status
 * (released on schedule by this page's ticker, or by hand), the selected inject with its notes and expected actions,
 * the current module's update and discussion questions, and the scribe log. Keyboard first: N releases the next
 * inject, P pauses or resumes, D logs a decision (listed in the ? sheet).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { currentModule, nextInject, type MselRow } from '../../../shared/domain/exercises/msel';
import { EXERCISE_STATUS_LABELS } from '../../../shared/domain/exercises/exercise';
import type { WrittenEntryKind } from '../../../shared/domain/timeline';
import { routeHref } from '../../app/routes';
import { navigate } from '../../app/routeStore';
import { isTypingTarget } from '../../app/shortcuts';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useReadOnly } from '../../app/useLegalReview';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ClockPanel } from './ClockPanel';
import { ExerciseBanner } from './ExerciseBanner';
import { InjectDetail } from './InjectDetail';
import { ModulePanel } from './ModulePanel';
import { MselTable } from './MselTable';
import { ScribeLog } from './ScribeLog';
import { useEvaluation, useExerciseRun } from './useExerciseRun';
import { useFacilitatorActions, useReleaseTicker } from './useFacilitatorActions';
import { openParticipantScreen } from './openParticipantScreen';

export function FacilitatorScreen({ id }: { readonly id: string }) {
  const { exercise, clockEvents, clock, rows } = useExerciseRun(id);
  const evaluation = useEvaluation(id);
  const readOnly = useReadOnly();
  const actions = useFacilitatorActions(id);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [logKind, setLogKind] = useState<WrittenEntryKind>('decision');
  const logText = useRef<HTMLTextAreaElement>(null);
  useDocumentTitle(exercise ? `${exercise.ref} facilitator` : 'Exercise');
  useReleaseTicker(id, clockEvents, clock, rows);
  const canAct = !readOnly && (clock.status === 'running' || clock.status === 'paused');
  const select = useCallback(
    (row: MselRow) => setSelectedId((current) => (current === row.inject.id ? null : row.inject.id)),
    [],
  );
  const { release, releaseNext, clock: recordClock } = actions;
  const body = exercise?.scenario.body;
  const module = useMemo(() => (body ? currentModule(body, rows) : undefined), [body, rows]);

  useEffect(() => {
    if (readOnly) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target))
        return;
      if (document.querySelector('dialog[open]')) return;
      const key = event.key.toLowerCase();
      if (key === 'n') {
        // Two presses before the list shows the first release release two injects, not the same one twice.
        if (canAct) releaseNext(rows);
      } else if (key === 'p') {
        if (clock.status === 'running') recordClock({ kind: 'pause' });
        else if (clock.status === 'paused') recordClock({ kind: 'resume' });
      } else if (key === 'd') {
        setLogKind('decision');
        logText.current?.focus();
      } else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [readOnly, rows, canAct, clock.status, releaseNext, recordClock]);

  if (exercise === undefined) return <p className="muted">Loading the exercise…</p>;
  if (exercise === null) {
    return (
      <EmptyState
        icon="flag"
        title="This exercise does not exist"
        actions={<Button onClick={() => navigate({ name: 'exercises' })}>All exercises</Button>}
      >
        It may have been deleted, or the address is wrong.
      </EmptyState>
    );
  }
  const selected = rows.find((row) => row.inject.id === selectedId);
  const next = nextInject(rows);
  return (
    <div className="screen screen-facilitator">
      <ExerciseBanner reference={exercise.ref} />
      <header className="screen-header">
        <div className="screen-heading">
          <p className="screen-eyebrow">
            <a href={routeHref({ name: 'exercises' })}>Exercises</a> / <span className="mono">{exercise.ref}</span>
          </p>
          <h1>{exercise.title}</h1>
          <p className="screen-subtitle">
            {exercise.scenario.body.overview.name} (v{exercise.scenario.version}) · Facilitator{' '}
            {exercise.facilitator.name} · <Badge>{EXERCISE_STATUS_LABELS[exercise.status]}</Badge>
            {exercise.practiceIncident ? (
              <>
                {' · Practice incident '}
                <a className="mono" href={routeHref({ name: 'incident', id: exercise.practiceIncident.id })}>
                  {exercise.practiceIncident.ref}
                </a>
              </>
            ) : null}
          </p>
        </div>
        <div className="screen-actions">
          <Button icon="users" onClick={() => openParticipantScreen(exercise.id)}>
            Open participant screen
          </Button>
          <Button
            variant="primary"
            icon="check"
            onClick={() => navigate({ name: 'exercise-evaluate', id: exercise.id })}
          >
            Evaluation and report
          </Button>
        </div>
      </header>
      <div className="facilitator-layout">
        <div className="facilitator-main">
          <ClockPanel exercise={exercise} clockEvents={clockEvents} onClock={recordClock} />
          {canAct && next ? (
            <p className="next-inject">
              Next: inject {next.inject.sequence}, “{next.inject.title}”.{' '}
              <Button size="sm" variant="primary" onClick={() => releaseNext(rows)} aria-keyshortcuts="n">
                Release next inject
              </Button>{' '}
              <span className="muted">
                or press <kbd>N</kbd>
              </span>
            </p>
          ) : null}
          <MselTable rows={rows} selectedId={selectedId} canAct={canAct} onSelect={select} onRelease={release} />
          {selected ? (
            <InjectDetail
              exerciseId={exercise.id}
              row={selected}
              evaluation={evaluation}
              canAct={canAct}
              onSkip={actions.skip}
              onRetime={actions.retime}
            />
          ) : null}
        </div>
        <div className="facilitator-side">
          {module ? <ModulePanel module={module} /> : null}
          <ScribeLog
            exerciseId={exercise.id}
            clockEvents={clockEvents}
            kind={logKind}
            onKindChange={setLogKind}
            textRef={logText}
          />
        </div>
      </div>
    </div>
  );
}
