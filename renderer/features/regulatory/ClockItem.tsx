/**
 * One regulatory clock: what is due, the deadline in the responder's zone and in the authority's, a live countdown or
 * what it waits for, the rule in words (expandable) and the rules version; "Record submission" when it is open.
 */
import type { RegulatoryClock } from '../../../shared/domain/regulatory/clockEngine';
import type { Submission } from '../../../shared/domain/regulatory/regulatoryProfile';
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
  readonly readOnly: boolean;
  readonly onRecordSubmission: () => void;
}

interface DueProps {
  readonly clock: RegulatoryClock;
  readonly submission: Submission | undefined;
  readonly now: number;
}

function Due({ clock, submission, now }: DueProps) {
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
          role={left.overdue ? 'alert' : undefined}
        >
          {left.overdue ? `Overdue: ${left.words}` : left.words}
        </p>
      )}
    </>
  );
}

export function ClockItem({ clock, submission, readOnly, onRecordSubmission }: ClockItemProps) {
  const now = useNow();
  const overdue = clock.dueAt !== null && submission === undefined && Date.parse(clock.dueAt) < now;
  return (
    <li
      className={overdue ? 'clock-item is-overdue' : 'clock-item'}
      aria-label={`${regimeName(clock.regime)}: ${clock.title}`}
    >
      <div className="clock-heading">
        <span className="clock-regime">{regimeName(clock.regime)}</span>
        <span className="clock-title">{clock.title}</span>
        {clock.inForce ? null : <Badge tone="warning">Proposed, not in force</Badge>}
        {submission ? <Badge tone="success">Submitted</Badge> : null}
        {overdue ? <Badge tone="danger">Overdue</Badge> : null}
      </div>
      {clock.immediately ? <p className="clock-immediately">{clock.immediately}</p> : null}
      <Due clock={clock} submission={submission} now={now} />
      <details className="clock-basis">
        <summary>Why this deadline</summary>
        <p>{clock.basis}</p>
        <p className="muted">Rules version {clock.rulesVersion}.</p>
      </details>
      {readOnly || submission ? null : (
        <Button
          size="sm"
          aria-label={`Record submission: ${clock.title} (${regimeName(clock.regime)})`}
          onClick={onRecordSubmission}
        >
          Record submission
        </Button>
      )}
    </li>
  );
}
