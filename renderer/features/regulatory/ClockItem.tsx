/**
 * One regulatory clock: what is due, the deadline in the responder's zone and in the authority's, a live countdown or
 * what it waits for, the rule in words (expandable) and the rules version; "Record submission" when it is open.
 */
import type { RegulatoryClock } from '../../../shared/domain/regulatory/clockEngine';
import type { DelayReason, DueChange, Submission } from '../../../shared/domain/regulatory/regulatoryProfile';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { DateTime } from '../../ui/DateTime';
import { localZone } from '../../ui/formatTime';
import { useNow } from '../../ui/useNow';
import { countdown } from './countdown';
import { regimeName } from './regimeLabels';

export interface ClockItemProps {
  readonly clock: RegulatoryClock;
  readonly submission: Submission | undefined;
  readonly history: readonly DueChange[];
  readonly delayReasons: readonly DelayReason[];
  /** A practice incident: its clocks are shown, never raised as real. */
  readonly exercise: boolean;
  readonly readOnly: boolean;
  readonly onRecordSubmission: () => void;
  readonly onRecordDelayReason: () => void;
}

interface DueProps {
  readonly clock: RegulatoryClock;
  readonly submission: Submission | undefined;
  readonly now: number;
  readonly exercise: boolean;
}

function DueHistory({ history }: { readonly history: readonly DueChange[] }) {
  if (history.length === 0) return null;
  return (
    <details className="clock-history">
      <summary>History of this deadline ({history.length})</summary>
      <table className="clock-history-table">
        <thead>
          <tr>
            <th scope="col">Due</th>
            <th scope="col">Computed</th>
            <th scope="col">Rules</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {history.map((change) => (
            <tr key={`${change.computedAt}:${change.dueAt ?? 'none'}`}>
              <td>{change.dueAt === null ? 'No deadline' : <DateTime iso={change.dueAt} />}</td>
              <td>
                <DateTime iso={change.computedAt} />
              </td>
              <td>{change.rulesVersion}</td>
              <td>{change.why}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function DelayReasons({ reasons }: { readonly reasons: readonly DelayReason[] }) {
  if (reasons.length === 0) return null;
  return (
    <div className="clock-delay">
      <p className="clock-delay-title">Reasons for delay</p>
      <ul>
        {reasons.map((reason) => (
          <li key={reason.recordedAt}>
            {reason.reason}{' '}
            <span className="muted">
              ({reason.recordedBy}, <DateTime iso={reason.recordedAt} />)
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Due({ clock, submission, now, exercise }: DueProps) {
  if (clock.dueAt === null) {
    return <p className="clock-waiting">Waiting for {clock.waitingFor ?? 'an event to be recorded'}.</p>;
  }
  const left = countdown(clock.dueAt, now);
  const zone = localZone(new Date(clock.dueAt));
  return (
    <>
      <dl className="clock-times">
        <div>
          <dt>Due (your time, {zone.id})</dt>
          <dd>
            <DateTime iso={clock.dueAt} />
          </dd>
        </div>
        <div>
          <dt>Due (authority’s time)</dt>
          <dd>{clock.localDue}</dd>
        </div>
      </dl>
      {submission ? (
        <p className="clock-submitted">
          Submitted <DateTime iso={submission.submittedAt} /> (recorded by {submission.recordedBy}).
        </p>
      ) : (
        <p
          className={left.overdue ? 'clock-countdown is-overdue' : 'clock-countdown'}
          role={left.overdue && !exercise ? 'alert' : undefined}
        >
          {left.overdue ? `Overdue: ${left.words}` : left.words}
        </p>
      )}
    </>
  );
}

export function ClockItem(props: ClockItemProps) {
  const { clock, submission, readOnly, exercise, onRecordSubmission, onRecordDelayReason } = props;
  const now = useNow();
  const overdue = clock.dueAt !== null && submission === undefined && Date.parse(clock.dueAt) < now;
  return (
    <li
      className={overdue && !exercise ? 'clock-item is-overdue' : 'clock-item'}
      aria-label={`${regimeName(clock.regime)}: ${clock.title}`}
    >
      <div className="clock-heading">
        <span className="clock-regime">{regimeName(clock.regime)}</span>
        <span className="clock-title">{clock.title}</span>
        {clock.inForce ? null : <Badge tone="warning">Proposed, not in force</Badge>}
        {submission ? <Badge tone="success">Submitted</Badge> : null}
        {overdue ? <Badge tone={exercise ? 'neutral' : 'danger'}>Overdue</Badge> : null}
        {exercise ? <Badge tone="neutral">Exercise</Badge> : null}
      </div>
      {clock.immediately ? <p className="clock-immediately">{clock.immediately}</p> : null}
      <Due clock={clock} submission={submission} now={now} exercise={exercise} />
      <DelayReasons reasons={props.delayReasons} />
      <details className="clock-basis">
        <summary>Why this deadline</summary>
        <p>{clock.basis}</p>
        <p className="muted">Rules version {clock.rulesVersion}.</p>
      </details>
      <DueHistory history={props.history} />
      {readOnly || submission ? null : (
        <div className="clock-actions">
          <Button
            size="sm"
            aria-label={`Record submission: ${clock.title} (${regimeName(clock.regime)})`}
            onClick={onRecordSubmission}
          >
            Record submission
          </Button>
          {clock.dueAt === null ? null : (
            <Button
              size="sm"
              variant="ghost"
              aria-label={`Reasons for delay: ${clock.title} (${regimeName(clock.regime)})`}
              onClick={onRecordDelayReason}
            >
              Reasons for delay
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
