/** Reads of filings and audience messages: the one place that knows their tables and tombstones. */
import type { AudienceMessage, MessageAudience } from '../../../shared/domain/filings/audienceMessage';
import type { Filing } from '../../../shared/domain/filings/filing';
import type { FirebreakDatabase } from '../database';

export async function liveFiling(db: FirebreakDatabase, id: string): Promise<Filing | undefined> {
  const filing = await db.filings.get(id);
  return filing && filing.deletedAt === null ? filing : undefined;
}

/** An incident's filings, oldest first. */
export async function liveFilingsOfIncident(db: FirebreakDatabase, incidentId: string): Promise<Filing[]> {
  const filings = await db.filings.where('subject.id').equals(incidentId).toArray();
  return filings.filter((filing) => filing.deletedAt === null).sort((a, b) => a.ref.localeCompare(b.ref));
}

/** Every filing ever made for an incident, deleted or not (references are never reused). */
export function filingCountOfIncident(db: FirebreakDatabase, incidentId: string): Promise<number> {
  return db.filings.where('subject.id').equals(incidentId).count();
}

export async function liveMessagesOfIncident(db: FirebreakDatabase, incidentId: string): Promise<AudienceMessage[]> {
  const messages = await db.audienceMessages.where('subject.id').equals(incidentId).toArray();
  return messages.filter((message) => message.deletedAt === null);
}

export async function liveMessageFor(
  db: FirebreakDatabase,
  incidentId: string,
  audience: MessageAudience,
): Promise<AudienceMessage | undefined> {
  return (await liveMessagesOfIncident(db, incidentId)).find((message) => message.audience === audience);
}
