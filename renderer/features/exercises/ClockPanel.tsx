/** The scenario clock and its controls: start (at the chosen speed), pause, resume, jump to a scenario time, end. */
import { memo, useState } from 'react';
import { formatScenarioTime } from '../../../shared/domain/exercises/clock';
import type { ClockEvent } from '../../../shared/domain/exercises/events';
import { CLOCK_SPEEDS, type Exercise } from '../../../shared/domain/exercises/exercise';
import { useReadOnly } from '../../app/useLegalReview';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Field } from '../../ui/Field';
import { useScenarioClock } from './useExerciseRun';
import type { RecordClock } from './useFacilitatorActions';

const STATUS_WORDS = { 'not-started': 'Not started', running: 'Running', paused: 'Paused', ended: 'Ended' } as const;

/** Memoised: it re-renders with its own ticker and clock events, never with a release. */
export const ClockPanel = memo(function ClockPanel({
  exercise,
  clockEvents,
  onClock,
}: {
  readonly exercise: Exercise;
  readonly clockEvents: readonly ClockEvent[];
  readonly onClock: RecordClock;
}) {
  const readOnly = useReadOnly();
  // The display ticks four times a second on its own, so nothing else re-renders with it.
  const clock = useScenarioClock(clockEvents, 250);
  const [speed, setSpeed] = useState(exercise.speed);
  const [jumpTo, setJumpTo] = useState('');
  const [confirmEnd, setConfirmEnd] = useState(false);
  const { status } = clock;
  return (
    <section className="panel clock-panel" aria-labelledby="clock-title">
      <h2 className="panel-title" id="clock-title">
        Scenario clock{' '}
        <Badge tone={status === 'running' ? 'success' : status === 'paused' ? 'warning' : 'neutral'}>
          {STATUS_WORDS[status]}
        </Badge>
      </h2>
      <p className="scenario-time mono" aria-label="Scenario time" aria-live="off">
        {formatScenarioTime(clock.scenarioMs)}
      </p>
      <p className="muted">
        {status === 'not-started'
          ? 'Scenario time starts at T+00:00:00.'
          : `${clock.speed === 1 ? 'Real time' : `${clock.speed}× real time`}.`}
      </p>
      {readOnly ? null : (
        <div className="clock-controls">
          {status === 'not-started' ? (
            <>
              <Field label="Clock speed">
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
              <Button variant="primary" onClick={() => onClock({ kind: 'start', speed })}>
                Start exercise
              </Button>
            </>
          ) : null}
          {status === 'running' ? (
            <Button variant="primary" onClick={() => onClock({ kind: 'pause' })} aria-keyshortcuts="p">
              Pause
            </Button>
          ) : null}
          {status === 'paused' ? (
            <Button variant="primary" onClick={() => onClock({ kind: 'resume' })} aria-keyshortcuts="p">
              Resume
            </Button>
          ) : null}
          {status === 'running' || status === 'paused' ? (
            <>
              <form
                className="jump-form"
                onSubmit={(event) => {
                  event.preventDefault();
                  onClock({ kind: 'jump', toMinutes: Number(jumpTo) });
                  setJumpTo('');
                }}
              >
                <Field label="Jump to minute">
                  {(control) => (
                    <input
                      {...control}
                      className="input input-narrow"
                      inputMode="numeric"
                      value={jumpTo}
                      onChange={(event) => setJumpTo(event.target.value)}
                    />
                  )}
                </Field>
                <Button type="submit" disabled={jumpTo.trim() === ''}>
                  Jump
                </Button>
              </form>
              <Button variant="danger" onClick={() => setConfirmEnd(true)}>
                End exercise
              </Button>
            </>
          ) : null}
        </div>
      )}
      <ConfirmDialog
        open={confirmEnd}
        title="End the exercise?"
        confirmLabel="End exercise"
        destructive
        message="The clock stops for good and no more injects can be released. Evaluation and the after-action report stay open."
        onConfirm={() => {
          setConfirmEnd(false);
          onClock({ kind: 'end' });
        }}
        onCancel={() => setConfirmEnd(false)}
      />
    </section>
  );
});
