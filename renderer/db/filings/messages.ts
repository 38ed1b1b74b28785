/**
 * Audience message repository: drafting a message for an audience from the incident's facts, saving each edit as a
 * new version (earlier versions are kept, never overwritten), and approval of one version by the incident's legal
 * role. One write transaction each; a refused rule changes nothing.
 */
import {
  draftMessage,
  latestVersion,
  MESSAGE_AUDIENCE_LABELS,
  messageAudienceSchema,
  messageBodySchema,
  type AudienceMessage,
} from '../../../shared/domain/filings/audienceMessage';
import { legalApprovalRefusal } from '../../../shared/domain/filings/filing';
import { incidentSubject } from '../../../shared/domain/subject';
import { parseOrRefuse, refuseIf } from '../../../shared/errors';
import type { FirebreakDatabase } from '../database';
import { requireLiveIncident } from '../incidents/queries';
import { writeTransaction, type Actor, type RecordWriter } from '../write';
import { liveMessageFor } from './queries';

function version(writer: RecordWriter, number: number, body: string) {
  return { version: number, body, savedAt: writer.now, savedBy: writer.actor.name, savedById: writer.actor.personId };
}

/** Saves a new version of the audience's message (the first from `body`, or the incident's facts when absent). */
export async function saveMessageVersion(
  db: FirebreakDatabase,
  actor: Actor,
  incidentId: string,
  input: { readonly audience: string; readonly body?: string },
): Promise<AudienceMessage> {
  const audience = parseOrRefuse(messageAudienceSchema, 'message', input.audience);
  const body = input.body === undefined ? undefined : parseOrRefuse(messageBodySchema, 'message', input.body);
  return writeTransaction(db, actor, async (writer) => {
    const incident = await requireLiveIncident(db, incidentId);
    const current = await liveMessageFor(db, incident.id, audience);
    const text = body ?? draftMessage(audience, incident);
    const label = MESSAGE_AUDIENCE_LABELS[audience];
    if (!current) {
      writer.create('timeline', {
        subject: incidentSubject(incident),
        kind: 'communication',
        occurredAt: writer.now,
        text: `Drafted the message for ${label.toLowerCase()} (version 1).`,
      });
      return writer.create('audienceMessage', {
        subject: incidentSubject(incident),
        audience,
        versions: [version(writer, 1, text)],
      });
    }
    refuseIf(latestVersion(current).body === text ? 'Nothing changed since the last version.' : undefined);
    return writer.update('audienceMessage', current, {
      versions: [...current.versions, version(writer, latestVersion(current).version + 1, text)],
    });
  });
}

/** Approval of the latest version by the incident's legal role. */
export async function approveMessage(
  db: FirebreakDatabase,
  actor: Actor,
  incidentId: string,
  audienceInput: string,
): Promise<AudienceMessage> {
  const audience = parseOrRefuse(messageAudienceSchema, 'message', audienceInput);
  return writeTransaction(db, actor, async (writer) => {
    const incident = await requireLiveIncident(db, incidentId);
    const message = await liveMessageFor(db, incident.id, audience);
    refuseIf(message ? undefined : 'Draft the message first.');
    refuseIf(legalApprovalRefusal(incident, actor.personId));
    const latest = latestVersion(message!);
    refuseIf(
      message!.approval?.version === latest.version ? `Version ${latest.version} is already approved.` : undefined,
    );
    writer.create('timeline', {
      subject: incidentSubject(incident),
      kind: 'communication',
      occurredAt: writer.now,
      text: `Approved version ${latest.version} of the message for ${MESSAGE_AUDIENCE_LABELS[audience].toLowerCase()} for the legal role (${actor.name}).`,
    });
    return writer.update('audienceMessage', message!, {
      approval: { version: latest.version, approver: actor.name, approverId: actor.personId, approvedAt: writer.now },
    });
  });
}
