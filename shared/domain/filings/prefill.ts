/**
 * The first draft of a filing, from what the incident already records: its summary, times, affected AI systems,
 * impact flags and jurisdictions; the regulatory profile's facts, anchor events and reasons for delay; the AI system
 * snapshots of the evidence locker (AI Act Art. 73(6)); the registered data protection officer; the authority
 * registered for the regime and the authority's country. Nothing is invented:
 * an item the records cannot answer stays empty, and the filing lists it as missing until someone writes it.
 */
import type { AiSystemSnapshot } from '../evidence/evidence';
import type { Incident } from '../incidents/incident';
import { IMPACT_FLAG_LABELS, INCIDENT_TYPE_INFO } from '../incidents/taxonomy';
import type { RegulatoryProfile } from '../regulatory/regulatoryProfile';
import { authoritiesFor, CHANNEL_LABELS, type Stakeholder } from '../stakeholders/stakeholder';
import type { RegimeId } from '../regulatory/clockInput';
import { filingKindOf, type PrefillSource } from './requirements';

export interface SnapshotEvidence {
  readonly id: string;
  readonly name: string;
  readonly sha256: string;
  readonly snapshot: AiSystemSnapshot;
}

export interface FilingContext {
  readonly incident: Incident;
  readonly profile: RegulatoryProfile;
  /** AI system snapshots held as evidence for the incident, oldest first. */
  readonly snapshots: readonly SnapshotEvidence[];
  /** Registered stakeholders (the DPO is the contact point). */
  readonly stakeholders: readonly Stakeholder[];
}

const utc = (iso: string | undefined): string =>
  iso === undefined ? '' : `${new Date(Date.parse(iso)).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

function harmCategory({ incident, profile }: FilingContext): string {
  const categories: string[] = [];
  if (profile.facts.death === true || incident.impactFlags.includes('physical-harm')) {
    categories.push(
      `Art. 3(49)(a) death of a person, or serious harm to a person’s health${profile.facts.death === true ? ' (a death is recorded)' : ''}`,
    );
  }
  if (
    profile.facts.criticalInfrastructureDisruption === true ||
    incident.impactFlags.includes('critical-infrastructure')
  ) {
    categories.push(
      'Art. 3(49)(b) serious and irreversible disruption of the management or operation of critical infrastructure',
    );
  }
  if (incident.impactFlags.includes('fundamental-rights') || profile.facts.widespreadInfringement === true) {
    categories.push('Art. 3(49)(c) infringement of obligations under Union law intended to protect fundamental rights');
  }
  return categories.join('\n');
}

function systemAltered({ snapshots }: FilingContext): string {
  if (snapshots.length === 0) return '';
  return [
    'The state of the AI system was recorded before any change, as evidence:',
    ...snapshots.map(
      ({ name, sha256, snapshot }) =>
        `• ${name}: model ${snapshot.modelId} version ${snapshot.modelVersion}` +
        `${snapshot.weightsOrConfigHash ? `, weights/config ${snapshot.weightsOrConfigHash}` : ''}` +
        `, captured ${utc(snapshot.capturedAt)}; evidence SHA-256 ${sha256}.`,
    ),
    'State here whether the system was changed after that, and how.',
  ].join('\n');
}

function contact({ stakeholders }: FilingContext): string {
  const dpo = stakeholders.filter((stakeholder) => stakeholder.kind !== 'authority' && stakeholder.audience === 'dpo');
  return dpo
    .map((person) => `${person.name}: ${person.contacts.map((entry) => `${entry.channel} ${entry.value}`).join(', ')}`)
    .join('\n');
}

function measures({ incident }: FilingContext): string {
  const { contained, recovered } = incident.milestones;
  return [
    contained ? `Contained at ${utc(contained.at)}${contained.note ? `: ${contained.note}` : '.'}` : '',
    recovered ? `Recovered at ${utc(recovered.at)}${recovered.note ? `: ${recovered.note}` : '.'}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * The authorities registered for the regime in the profile's authority country (the registry's name and its contacts,
 * the out-of-band ones marked), one a line.
 */
function registeredAuthority({ profile, stakeholders }: FilingContext, regime: RegimeId): string {
  return authoritiesFor(regime, profile.country, stakeholders)
    .map((authority) => {
      const contacts = authority.contacts.map(
        (entry) => `${CHANNEL_LABELS[entry.channel]} ${entry.value}${entry.outOfBand ? ' (out of band)' : ''}`,
      );
      return `${authority.name} (${authority.country ?? profile.country})${contacts.length > 0 ? `: ${contacts.join('; ')}` : ''}`;
    })
    .join('\n');
}

const PREFILL: Readonly<Record<PrefillSource, (context: FilingContext, regime: RegimeId) => string>> = {
  summary: ({ incident }) => `${incident.title}. ${incident.summary}`,
  awareAt: ({ incident, profile }) => utc(profile.anchors.awareAt?.at ?? incident.awareAt),
  detectedAt: ({ incident }) => utc(incident.detectedAt),
  occurredAt: ({ incident }) => utc(incident.milestones.impactStarted?.at),
  dataSubjects: ({ profile }) =>
    profile.facts.affectedIndividuals === undefined ? '' : `About ${profile.facts.affectedIndividuals} people.`,
  affectedIndividuals: ({ profile }) =>
    profile.facts.affectedIndividuals === undefined ? '' : String(profile.facts.affectedIndividuals),
  consequences: ({ incident }) =>
    incident.impactFlags.length === 0
      ? ''
      : `Impact recorded: ${incident.impactFlags.map((flag) => IMPACT_FLAG_LABELS[flag]).join('; ')}.`,
  measures,
  contact,
  delayReasons: ({ profile }) => profile.delayReasons.map((reason) => reason.reason).join('\n'),
  aiProvider: ({ incident }) =>
    [...new Set(incident.affectedSystems.map((system) => system.owner).filter(Boolean))].join('; '),
  aiSystem: ({ incident }) =>
    incident.affectedSystems
      .map(
        (system) =>
          `${system.model}${system.version ? ` version ${system.version}` : ''}${system.endpoint ? ` (${system.endpoint})` : ''}`,
      )
      .join('\n'),
  harmCategory,
  systemAltered,
  memberStates: ({ incident }) => incident.jurisdictions.join(', '),
  incidentTypes: ({ incident }) => incident.types.map((type) => INCIDENT_TYPE_INFO[type].label).join(', '),
  classifiedMajorAt: ({ profile }) => utc(profile.anchors.classifiedMajorAt?.at),
  materialityDeterminedAt: ({ profile }) => utc(profile.anchors.materialityDeterminedAt?.at),
  determinedAt: ({ profile }) => utc(profile.anchors.determinedAt?.at),
  discoveredAt: ({ incident, profile }) =>
    profile.anchors.discoveredAt
      ? `${incident.summary}\nDate of discovery: ${utc(profile.anchors.discoveredAt.at)}.`
      : '',
  recoveredAt: ({ incident }) => utc(incident.milestones.recovered?.at),
  sec8kText: ({ incident }) =>
    `On ${utc(incident.awareAt).slice(0, 10)} the registrant became aware of a cybersecurity incident: ${incident.summary}`,
  authority: registeredAuthority,
};

/** The draft's items for a regime's stage: each item's prefill, or empty. */
export function prefillFiling(regime: RegimeId, stage: string, context: FilingContext): Record<string, string> {
  const kind = filingKindOf(regime, stage);
  if (!kind) return {};
  return Object.fromEntries(
    kind.items.map((entry) => [entry.id, entry.prefill ? PREFILL[entry.prefill](context, regime).trim() : '']),
  );
}
