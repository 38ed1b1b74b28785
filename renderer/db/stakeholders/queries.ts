/** Reads of the stakeholder registry and notification logs: the one place that knows their tables and tombstones. */
import type { NotificationLog } from '../../../shared/domain/stakeholders/notificationPlan';
import type { Stakeholder } from '../../../shared/domain/stakeholders/stakeholder';
import type { FirebreakDatabase } from '../database';

/** Every live stakeholder, by name. */
export async function listStakeholders(db: FirebreakDatabase): Promise<Stakeholder[]> {
  const all = await db.stakeholders.orderBy('name').toArray();
  return all.filter((stakeholder) => stakeholder.deletedAt === null);
}

export async function liveStakeholder(db: FirebreakDatabase, id: string): Promise<Stakeholder | undefined> {
  const stakeholder = await db.stakeholders.get(id);
  return stakeholder && stakeholder.deletedAt === null ? stakeholder : undefined;
}

/** The subject's notification log, if anything was notified or recomputed. */
export async function liveNotificationLog(
  db: FirebreakDatabase,
  subjectId: string,
): Promise<NotificationLog | undefined> {
  const log = await db.notificationLogs.where('subject.id').equals(subjectId).first();
  return log && log.deletedAt === null ? log : undefined;
}

/** The live notification logs of these subjects, by subject id. */
export async function liveNotificationLogsOf(
  db: FirebreakDatabase,
  subjectIds: readonly string[],
): Promise<Map<string, NotificationLog>> {
  const logs = await db.notificationLogs.where('subject.id').anyOf(subjectIds).toArray();
  return new Map(logs.filter((log) => log.deletedAt === null).map((log) => [log.subject.id, log]));
}
