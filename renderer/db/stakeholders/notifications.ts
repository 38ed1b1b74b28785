/**
 * The notification plan's writes: marking an audience notified (who, when, channel, what was sent — on the
 * timeline) and following the incident, whose change of severity or impact flags recomputes the plan and says what
 * changed, on the log and the timeline, in the same transaction as the edit.
 */
import type { Incident } from '../../../shared/domain/incidents/incident';
import {
  describePlanChange,
  markNotifiedSchema,
  NOTIFICATION_RULES_VERSION,
  planBasisOf,
  type MarkNotifiedInput,
  type NotificationLog,
} from '../../../shared/domain/stakeholders/notificationPlan';
import { AUDIENCE_LABELS, CHANNEL_LABELS } from '../../../shared/domain/stakeholders/stakeholder';
import { incidentSubject } from '../../../shared/domain/subject';
import { parseOrRefuse, refuseIf } from '../../../shared/errors';
import type { FirebreakDatabase } from '../database';
import { requireLiveIncident } from '../incidents/queries';
import { writeTransaction, type Actor, type RecordWriter } from '../write';
import { liveNotificationLog, liveNotificationLogsOf } from './queries';

function newLog(writer: RecordWriter, incident: Incident, body: Partial<NotificationLog>): NotificationLog {
  return writer.create('notificationLog', {
    subject: incidentSubject(incident),
    notifications: [],
    changes: [],
    basis: planBasisOf(incident),
    ...body,
  });
}

/** Records that an audience was notified: by whom, when, through which channel and what was sent. */
export async function markNotified(
  db: FirebreakDatabase,
  actor: Actor,
  incidentId: string,
  input: MarkNotifiedInput,
): Promise<NotificationLog> {
  const made = parseOrRefuse(markNotifiedSchema, 'notification', input);
  refuseIf(
    Date.parse(made.notifiedAt) > Date.now() + 5 * 60_000 ? 'The notification cannot be in the future.' : undefined,
  );
  return writeTransaction(db, actor, async (writer) => {
    const incident = await requireLiveIncident(db, incidentId);
    const log = await liveNotificationLog(db, incident.id);
    const label = AUDIENCE_LABELS[made.audience];
    refuseIf(
      log?.notifications.some((done) => done.audience === made.audience) ? `${label} was already notified.` : undefined,
    );
    const notification = {
      ...made,
      recordedBy: writer.actor.name,
      recordedById: writer.actor.personId,
      recordedAt: writer.now,
    };
    writer.create('timeline', {
      subject: incidentSubject(incident),
      kind: 'communication',
      occurredAt: made.notifiedAt,
      text: `Notified ${label} by ${CHANNEL_LABELS[made.channel].toLowerCase()} (${made.by}). Sent: ${made.sent}`,
    });
    return log
      ? writer.update('notificationLog', log, { notifications: [...log.notifications, notification] })
      : newLog(writer, incident, { notifications: [notification] });
  });
}

/**
 * Follows edited incidents: where severity or impact flags changed, the plan is recomputed and what changed is said
 * on the log and the timeline. The incidents as stored before this transaction are read in one go.
 */
export async function followIncidents(writer: RecordWriter, incidents: readonly Incident[]): Promise<void> {
  const edited = incidents.filter((incident) => incident.rev > 1);
  if (edited.length === 0) return;
  const [stored, logs] = await Promise.all([
    writer.db.incidents.bulkGet(edited.map((incident) => incident.id)),
    liveNotificationLogsOf(
      writer.db,
      edited.map((incident) => incident.id),
    ),
  ]);
  edited.forEach((incident, index) => {
    const before = stored[index];
    if (before === undefined) return;
    const log = logs.get(incident.id);
    const basis = planBasisOf(incident);
    const changes = describePlanChange(log?.basis ?? planBasisOf(before), basis);
    if (changes.length === 0) return;
    const what = `Notification plan recomputed: ${changes.join('; ')}.`;
    writer.create('timeline', {
      subject: incidentSubject(incident),
      kind: 'action',
      occurredAt: writer.now,
      text: what,
    });
    const change = { at: writer.now, what, rulesVersion: NOTIFICATION_RULES_VERSION };
    if (log) writer.update('notificationLog', log, { basis, changes: [...log.changes, change] });
    else newLog(writer, incident, { basis, changes: [change] });
  });
}
