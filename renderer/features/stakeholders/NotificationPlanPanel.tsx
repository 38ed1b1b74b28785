/**
 * The incident's notification plan: each audience with its tier, due time (from declaration), state — due, overdue
 * or notified (who, when, channel, what was sent) — and the registered stakeholders to reach; "Mark notified" records
 * a notification. Recomputations after a change of severity or flags are listed with what changed. An exercise's plan
 * is practice: nothing is raised as overdue.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Incident } from '../../../shared/domain/incidents/incident';
import {
  NOTIFICATION_RULES_VERSION,
  TIER_LABELS,
  notificationPlanOf,
  planBasisOf,
  planStatus,
  type PlanEntry,
} from '../../../shared/domain/stakeholders/notificationPlan';
import { AUDIENCE_LABELS, CHANNEL_LABELS, stakeholdersFor } from '../../../shared/domain/stakeholders/stakeholder';
import { useDatabase } from '../../app/DatabaseContext';
import { useReadOnly } from '../../app/useLegalReview';
import { listStakeholders, liveNotificationLog } from '../../db/stakeholders/queries';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { DateTime } from '../../ui/DateTime';
import { useNow } from '../../ui/useNow';
import { countdown } from '../regulatory/countdown';
import { MarkNotifiedDialog } from './MarkNotifiedDialog';

export function NotificationPlanPanel({ incident }: { readonly incident: Incident }) {
  const db = useDatabase();
  const readOnly = useReadOnly();
  const now = useNow();
  const [marking, setMarking] = useState<PlanEntry | undefined>();
  const data = useLiveQuery(
    async () => ({
      log: (await liveNotificationLog(db, incident.id)) ?? null,
      stakeholders: await listStakeholders(db),
    }),
    [db, incident.id],
  );
  if (data === undefined) return null;
  const exercise = incident.exercise !== null;
  const entries = notificationPlanOf(planBasisOf(incident));
  const status = planStatus(entries, data.log?.notifications ?? [], now);

  return (
    <section className="panel panel-notifications" aria-labelledby="notify-title">
      <div className="panel-header">
        <h2 id="notify-title" className="panel-title">
          Who to tell
        </h2>
      </div>
      {exercise ? <p className="muted">Exercise: practice notifications; nothing is raised as overdue.</p> : null}
      <ul className="notify-list" aria-label="Notification plan">
        {status.map(({ entry, state, notification }) => {
          const left = countdown(entry.dueAt, now);
          const reach = stakeholdersFor(entry.audience, data.stakeholders);
          const overdue = state === 'overdue' && !exercise;
          return (
            <li
              key={entry.audience}
              className={overdue ? 'notify-item is-overdue' : 'notify-item'}
              aria-label={`${AUDIENCE_LABELS[entry.audience]}: ${TIER_LABELS[entry.tier]}`}
            >
              <div className="notify-heading">
                <span className="notify-audience">{AUDIENCE_LABELS[entry.audience]}</span>
                <Badge tone={entry.tier === 'immediate' ? 'danger' : entry.tier === 'urgent' ? 'warning' : 'neutral'}>
                  {TIER_LABELS[entry.tier]}
                </Badge>
                {state === 'notified' ? <Badge tone="success">Notified</Badge> : null}
                {overdue ? <Badge tone="danger">Overdue</Badge> : null}
              </div>
              {notification ? (
                <p className="notify-done">
                  <DateTime iso={notification.notifiedAt} /> by {notification.by},{' '}
                  {CHANNEL_LABELS[notification.channel].toLowerCase()}: {notification.sent}
                </p>
              ) : (
                <p className={overdue ? 'notify-due is-overdue' : 'notify-due'}>
                  Due <DateTime iso={entry.dueAt} /> · {overdue ? `overdue: ${left.words}` : left.words}
                </p>
              )}
              <p className="muted notify-why">Because: {entry.reasons.join('; ')}.</p>
              {reach.length === 0 ? (
                <p className="muted">No {AUDIENCE_LABELS[entry.audience].toLowerCase()} in the stakeholder registry.</p>
              ) : (
                <p className="muted">
                  Reach:{' '}
                  {reach
                    .map((stakeholder) => `${stakeholder.name} (${CHANNEL_LABELS[stakeholder.channel].toLowerCase()})`)
                    .join(', ')}
                </p>
              )}
              {readOnly || notification ? null : (
                <Button
                  size="sm"
                  aria-label={`Mark notified: ${AUDIENCE_LABELS[entry.audience]}`}
                  onClick={() => setMarking(entry)}
                >
                  Mark notified
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {data.log && data.log.changes.length > 0 ? (
        <details className="notify-changes">
          <summary>Plan recomputed ({data.log.changes.length})</summary>
          <ul>
            {data.log.changes.map((change) => (
              <li key={change.at}>
                <DateTime iso={change.at} />: {change.what}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <p className="muted notify-rules">Rules {NOTIFICATION_RULES_VERSION}; due times count from declaration.</p>
      {marking ? (
        <MarkNotifiedDialog
          incidentId={incident.id}
          entry={marking}
          stakeholders={stakeholdersFor(marking.audience, data.stakeholders)}
          onClose={() => setMarking(undefined)}
        />
      ) : null}
    </section>
  );
}
