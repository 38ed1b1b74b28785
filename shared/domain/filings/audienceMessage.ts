/**
 * Messages per audience (technical, executive, regulator, affected users): one record per incident and audience,
 * drafted from the incident's facts, edited and kept as numbered versions (each save a new version, none ever
 * overwritten), optionally approved by the incident's legal role for one version before sending. Messages for
 * affected users are drafted in plain language: no jargon, no references, what happened and what to do.
 */
import { z } from 'zod';
import type { Incident } from '../incidents/incident';
import { IMPACT_FLAG_LABELS, INCIDENT_TYPE_INFO, PHASE_LABELS, SEVERITY_INFO } from '../incidents/taxonomy';
import { personIdSchema, recordMetaSchema } from '../record';
import { subjectSchema } from '../subject';
import { isoTimestampSchema } from '../time';
import { legalApprovalSchema } from './filing';

export const MESSAGE_AUDIENCES = ['technical', 'executive', 'regulator', 'affected-users'] as const;
export const messageAudienceSchema = z.enum(MESSAGE_AUDIENCES, { error: 'Choose an audience from the list.' });
export type MessageAudience = z.infer<typeof messageAudienceSchema>;
export const MESSAGE_AUDIENCE_LABELS: Readonly<Record<MessageAudience, string>> = {
  technical: 'Technical teams',
  executive: 'Executives',
  regulator: 'Regulator',
  'affected-users': 'Affected users',
};

export const messageBodySchema = z
  .string()
  .trim()
  .min(1, 'Write the message before saving it.')
  .max(20_000, 'Keep a message under 20,000 characters.');

export const messageVersionSchema = z.object({
  version: z.int().min(1),
  body: messageBodySchema,
  savedAt: isoTimestampSchema,
  savedBy: z.string().max(120),
  savedById: personIdSchema,
});
export type MessageVersion = z.infer<typeof messageVersionSchema>;

export const audienceMessageSchema = recordMetaSchema.extend({
  subject: subjectSchema,
  audience: messageAudienceSchema,
  versions: z.array(messageVersionSchema).min(1),
  /** The approval of one version by the legal role (a later version is not approved by it). */
  approval: legalApprovalSchema
    .extend({ version: z.int().min(1) })
    .nullable()
    .default(null),
});
export type AudienceMessage = z.infer<typeof audienceMessageSchema>;

export function latestVersion(message: AudienceMessage): MessageVersion {
  const last = message.versions.at(-1);
  if (!last) throw new Error('A message has at least one version.');
  return last;
}

/** Whether the version to send is the approved one. */
export function isLatestApproved(message: AudienceMessage): boolean {
  return message.approval !== null && message.approval.version === latestVersion(message).version;
}

const utc = (iso: string): string => `${new Date(Date.parse(iso)).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

function systems(incident: Incident): string {
  return incident.affectedSystems.map((s) => `${s.model}${s.version ? ` ${s.version}` : ''}`).join(', ');
}

/** The first draft of a message for an audience, from the incident's facts. */
export function draftMessage(audience: MessageAudience, incident: Incident): string {
  const types = incident.types.map((type) => INCIDENT_TYPE_INFO[type].label).join(', ');
  const flags = incident.impactFlags.map((flag) => IMPACT_FLAG_LABELS[flag]).join('; ');
  const phase = PHASE_LABELS[incident.phase].toLowerCase();
  const contained = incident.milestones.contained;
  switch (audience) {
    case 'technical':
      return [
        `${incident.ref} — ${incident.title} (${incident.severity}, ${types}).`,
        `Detected ${utc(incident.detectedAt)}; aware ${utc(incident.awareAt)}; now in ${phase}.`,
        systems(incident) ? `Affected AI systems: ${systems(incident)}.` : '',
        incident.summary,
        contained ? `Contained at ${utc(contained.at)}.` : 'Not yet contained.',
        'Do not change the affected systems without the incident commander: their state is evidence.',
      ]
        .filter(Boolean)
        .join('\n\n');
    case 'executive':
      return [
        `${incident.title} (${incident.ref}).`,
        `Severity ${incident.severity}: ${SEVERITY_INFO[incident.severity].criteria}`,
        incident.summary,
        flags ? `Impact: ${flags}.` : '',
        `Status: ${phase}${contained ? `, contained at ${utc(contained.at)}` : ', not yet contained'}.`,
        'Next update: within the hour.',
      ]
        .filter(Boolean)
        .join('\n\n');
    case 'regulator':
      return [
        `Incident reference: ${incident.ref}.`,
        `Nature of the incident: ${incident.summary}`,
        `Detected: ${utc(incident.detectedAt)}. Aware: ${utc(incident.awareAt)}.`,
        systems(incident) ? `AI systems concerned: ${systems(incident)}.` : '',
        flags ? `Impact: ${flags}.` : '',
        `Current status: ${phase}.`,
        'Further information will follow as the investigation progresses.',
      ]
        .filter(Boolean)
        .join('\n\n');
    case 'affected-users':
      return [
        'We are writing to tell you about a problem that may affect you.',
        `What happened: ${incident.summary}`,
        incident.impactFlags.includes('personal-data')
          ? 'Some of your personal information may have been seen by people who should not have seen it.'
          : '',
        contained ? 'We have stopped the problem.' : 'We are working to stop the problem now.',
        'What you can do: be careful with unexpected messages that ask for your details, and contact us if something looks wrong.',
        'We are sorry. We will tell you if we learn more.',
      ]
        .filter(Boolean)
        .join('\n\n');
  }
}
