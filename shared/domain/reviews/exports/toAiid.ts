/**
 * An incident (with its review, when included) as an AIID submission, and its recorded CSET harm fields as a CSETv1
 * classification. Firebreak records no web address for an internal incident, so `url` is a `urn:firebreak:` name of
 * its reference and `source_domain` is `firebreak.local`; AIID editors replace them on intake.
 */
import { INCIDENT_TYPE_INFO } from '../../incidents/taxonomy';
import { recordedCsetFields } from '../cset';
import { CAUSE_CATEGORY_LABELS, type Cause } from '../review';
import { aiidExportFileSchema, type AiidClassification, type AiidExportFile, type AiidSubmission } from './aiidSchema';
import {
  dateOf,
  evidenceToExport,
  incidentStart,
  reporterToExport,
  type ExportOptions,
  type ExportSource,
} from './exportSource';

const unique = (values: readonly string[]): string[] => [...new Set(values.filter((value) => value.trim() !== ''))];

function causeLine(label: string, cause: Cause): string {
  if (cause.text === '') return '';
  const category = cause.category === '' ? '' : ` (${CAUSE_CATEGORY_LABELS[cause.category]})`;
  return `${label}${category}: ${cause.text}`;
}

function reviewText(source: ExportSource): string {
  const review = source.review;
  if (!review) return '';
  const parts = [
    review.summary && `Review summary: ${review.summary}`,
    review.impact.what && `Impact: ${review.impact.what}`,
    causeLine('Primary cause', review.rootCause.primary),
    causeLine('Trigger', review.rootCause.trigger),
    ...review.rootCause.contributing.map((cause) => causeLine('Contributing factor', cause)),
    review.wentWrong && `What went wrong: ${review.wentWrong}`,
  ];
  return parts.filter((part) => part !== '').join('\n\n');
}

export function toAiidSubmission(source: ExportSource, options: ExportOptions, today: string): AiidSubmission {
  const { incident } = source;
  const review = options.includeReview ? source.review : undefined;
  const text = [incident.summary, reviewText({ ...source, review })].filter((part) => part !== '').join('\n\n');
  const evidence = evidenceToExport(source, options);
  const evidenceNote =
    evidence.length === 0
      ? ''
      : ` Evidence held: ${evidence.map((item) => `${item.name} (${item.mediaType}, SHA-256 ${item.sha256})`).join('; ')}.`;
  const reporter = reporterToExport(source, options);
  return {
    title: incident.title,
    text,
    plain_text: text,
    description: incident.summary,
    url: `urn:firebreak:${incident.ref}`,
    source_domain: 'firebreak.local',
    language: 'en',
    authors: reporter ? [reporter] : [],
    submitters: [],
    tags: unique([
      ...incident.types.map((type) => INCIDENT_TYPE_INFO[type].label),
      incident.severity,
      ...incident.atlasTechniques,
    ]),
    date_published: dateOf(incident.declaredAt),
    date_submitted: today,
    date_downloaded: today,
    date_modified: dateOf(incident.updatedAt),
    image_url: '',
    incident_date: dateOf(incidentStart(source)),
    incident_title: incident.title,
    deployers: unique(incident.affectedSystems.map((system) => system.owner)),
    developers: [],
    harmed_parties: review && review.impact.who !== '' ? [review.impact.who] : [],
    implicated_systems: unique(
      incident.affectedSystems.map((system) => (system.version ? `${system.model} ${system.version}` : system.model)),
    ),
    editor_notes: `Exported from Firebreak, incident ${incident.ref}.${evidenceNote}`,
  };
}

export function toCsetClassification(source: ExportSource, options: ExportOptions): AiidClassification | undefined {
  const fields = options.includeReview ? recordedCsetFields(source.review?.cset ?? null) : [];
  if (fields.length === 0) return undefined;
  return {
    namespace: 'CSETv1',
    attributes: fields.map(([short_name, value]) => ({ short_name, value_json: JSON.stringify(value) })),
    incidents: [],
    reports: [],
    publish: false,
    notes: `Recorded in Firebreak for ${source.incident.ref}.`,
  };
}

/** The AIID file for `sources`, checked against the published shapes (an error here is a bug, not bad input). */
export function toAiidFile(sources: readonly ExportSource[], options: ExportOptions, today: string): AiidExportFile {
  return aiidExportFileSchema.parse({
    submissions: sources.map((source) => toAiidSubmission(source, options, today)),
    classifications: sources.flatMap((source) => toCsetClassification(source, options) ?? []),
  });
}
