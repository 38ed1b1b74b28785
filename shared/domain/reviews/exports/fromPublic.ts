/**
 * Reading AIID submissions and AVID reports as new incidents, so a team can learn from public incidents offline. A
 * file is checked against the same published shapes the exports are (`aiidSchema.ts`, `avidSchema.ts`) and each
 * incident it yields against the incident draft schema; any problem refuses the whole file in words, naming the
 * report and the field, before anything is written. Public incidents arrive as SEV4 in Detection & analysis unless
 * their tags say otherwise; their types come from their tags or AVID effect codes.
 */
import { type z } from 'zod';
import { ExplainedError, describeZodError, IN_WORDS } from '../../../errors';
import { incidentDraftSchema, type IncidentDraftInput } from '../../incidents/incident';
import {
  atlasTechniqueIdSchema,
  INCIDENT_TYPE_INFO,
  INCIDENT_TYPES,
  SEVERITIES,
  type IncidentType,
} from '../../incidents/taxonomy';
import type { AvidSepCode } from '../avidTaxonomy';
import { aiidExportFileSchema, aiidSubmissionSchema, type AiidSubmission } from './aiidSchema';
import { avidReportSchema, type AvidReport } from './avidSchema';

export const MAX_IMPORTED_INCIDENTS = 500;

export interface PublicIncident {
  readonly source: 'AIID' | 'AVID';
  readonly draft: IncidentDraftInput;
  /** Goes on the new incident's timeline: where it came from and what could not be mapped. */
  readonly note: string;
}

/** Which incident type an AVID effect code most often means. */
const TYPE_OF_SEP: Partial<Record<string, IncidentType>> = {
  S0400: 'jailbreak',
  S0403: 'prompt-injection',
  S0600: 'data-poisoning',
  S0601: 'data-poisoning',
  S0500: 'privacy-leak',
  S0501: 'privacy-leak',
  S0301: 'privacy-leak',
  P0300: 'privacy-leak',
  S0502: 'model-theft',
  S0200: 'third-party-failure',
  S0201: 'third-party-failure',
  S0100: 'infrastructure-breach',
  E0100: 'bias-discrimination',
  E0101: 'bias-discrimination',
  E0102: 'bias-discrimination',
  E0301: 'harmful-output',
  E0400: 'hallucination',
  E0402: 'hallucination',
  E0401: 'misuse-abuse',
  P0101: 'model-drift',
  P0102: 'model-drift',
};

const LABEL_TO_TYPE = new Map<string, IncidentType>(
  INCIDENT_TYPES.flatMap((type) => [
    [type, type],
    [INCIDENT_TYPE_INFO[type].label.toLowerCase(), type],
  ]),
);

function typesFrom(tags: readonly string[], sep: readonly AvidSepCode[]): { types: IncidentType[]; inferred: boolean } {
  const types = new Set<IncidentType>();
  for (const tag of tags) {
    const type = LABEL_TO_TYPE.get(tag.trim().toLowerCase());
    if (type) types.add(type);
  }
  for (const code of sep) {
    const type = TYPE_OF_SEP[code.slice(0, 5)];
    if (type) types.add(type);
  }
  if (types.size > 0) return { types: [...types], inferred: false };
  return { types: ['harmful-output'], inferred: true };
}

const startOfDay = (date: string): string => `${date}T00:00:00.000Z`;
const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function fromAiid(submission: AiidSubmission): PublicIncident {
  const { types, inferred } = typesFrom(submission.tags, []);
  const severity = SEVERITIES.find((sev) => submission.tags.includes(sev)) ?? 'SEV4';
  const at = startOfDay(submission.incident_date ?? submission.date_published);
  const deployer = submission.deployers?.[0] ?? '';
  return {
    source: 'AIID',
    draft: {
      title: clip(submission.title, 200),
      summary: clip(submission.description || submission.text, 20_000),
      types,
      atlasTechniques: submission.tags.filter((tag) => atlasTechniqueIdSchema.safeParse(tag).success),
      severity,
      detectedAt: at,
      awareAt: at,
      affectedSystems: (submission.implicated_systems ?? []).slice(0, 50).map((name) => ({
        model: clip(name, 200),
        owner: clip(deployer, 120),
      })),
      reporter: { confidential: false },
    },
    note:
      `Imported from an AIID submission (${submission.url}).` +
      (inferred
        ? ' No incident type could be read from its tags: “Harmful or unsafe output” was assumed; check it.'
        : ''),
  };
}

function fromAvid(report: AvidReport): PublicIncident {
  const sep = report.impact.avid.sep_view;
  const { types, inferred } = typesFrom([], sep);
  const at = startOfDay(report.reported_date);
  const systems = report.affects.artifacts.filter((artifact) => artifact.type !== 'Dataset');
  const dataset = report.affects.artifacts.find((artifact) => artifact.type === 'Dataset')?.name ?? '';
  const deployer = report.affects.deployer[0] ?? '';
  return {
    source: 'AVID',
    draft: {
      title: clip(report.problemtype.description.value, 200),
      summary: clip(report.description?.value ?? report.problemtype.description.value, 20_000),
      types,
      severity: 'SEV4',
      detectedAt: at,
      awareAt: at,
      affectedSystems: systems.slice(0, 50).map((artifact) => ({
        model: clip(artifact.name, 200),
        dataset: clip(dataset, 200),
        owner: clip(deployer, 120),
      })),
      reporter: { confidential: false },
    },
    note:
      `Imported from an AVID report${report.metadata ? ` ${report.metadata.report_id}` : ''}` +
      `${sep.length > 0 ? ` (effects: ${sep.join('; ')})` : ''}.` +
      (inferred
        ? ' No incident type follows from its effect codes: “Harmful or unsafe output” was assumed; check it.'
        : ''),
  };
}

function parseWith<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value, IN_WORDS);
  if (!result.success)
    throw new ExplainedError(`${what} does not match the published shape. ${describeZodError(result.error)}`);
  return result.data;
}

function isAvid(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'data_type' in value;
}

/** The public incidents in a parsed JSON file (AVID report(s), AIID submission(s) or a Firebreak AIID file). */
export function readPublicIncidents(json: unknown): PublicIncident[] {
  const items: unknown[] = Array.isArray(json) ? json : [json];
  if (items.length === 0) throw new ExplainedError('The file holds an empty list: there is nothing to import.');
  let incidents: PublicIncident[];
  if (items.every(isAvid)) {
    incidents = items.map((item, index) =>
      fromAvid(parseWith(avidReportSchema, item, items.length === 1 ? 'The AVID report' : `AVID report ${index + 1}`)),
    );
  } else if (items.length === 1 && typeof json === 'object' && json !== null && 'submissions' in json) {
    incidents = parseWith(aiidExportFileSchema, json, 'The AIID file').submissions.map(fromAiid);
  } else if (items.every((item) => typeof item === 'object' && item !== null && 'title' in item && 'text' in item)) {
    incidents = items.map((item, index) =>
      fromAiid(
        parseWith(
          aiidSubmissionSchema,
          item,
          items.length === 1 ? 'The AIID submission' : `AIID submission ${index + 1}`,
        ),
      ),
    );
  } else {
    throw new ExplainedError(
      'This is neither an AIID submission nor an AVID report: an AVID report has "data_type": "AVID"; an AIID submission has a title, text and url.',
    );
  }
  if (incidents.length > MAX_IMPORTED_INCIDENTS) {
    throw new ExplainedError(
      `The file holds ${incidents.length} incidents; import at most ${MAX_IMPORTED_INCIDENTS} at a time.`,
    );
  }
  incidents.forEach((incident, index) => {
    const result = incidentDraftSchema.safeParse(incident.draft, IN_WORDS);
    if (!result.success) {
      throw new ExplainedError(
        `${incidents.length === 1 ? 'The incident' : `Incident ${index + 1}`} cannot be imported: ${describeZodError(result.error)}`,
      );
    }
  });
  return incidents;
}

/** Parses file text as JSON, in words when it is not. */
export function parsePublicIncidentFile(text: string): PublicIncident[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ExplainedError('The file is not valid JSON. Choose an AIID submission or AVID report saved as .json.');
  }
  return readPublicIncidents(json);
}
