/**
 * What a standard export is made from, and what it may carry. By default an export carries the incident's own
 * description, classification and affected systems, and the review's causes and lessons; it never carries evidence
 * content, and carries a (non-confidential) reporter's name, evidence references (name, media type, SHA-256) and
 * items on legal hold only when the person exporting ticks them. A confidential reporter's identity is never stored
 * (see `reporterSchema`), so it cannot leave at all. `describeExport` says, before anything is saved, what will go.
 */
import type { Incident } from '../../incidents/incident';
import type { Review } from '../review';

export interface ExportEvidenceRef {
  readonly name: string;
  readonly mediaType: string;
  readonly sha256: string;
  readonly onHold: boolean;
}

export interface ExportSource {
  readonly incident: Incident;
  readonly review?: Review | undefined;
  readonly evidence: readonly ExportEvidenceRef[];
}

export interface ExportOptions {
  /** The review's summary, impact, causes and lessons (its codes and techniques always go with the causes). */
  readonly includeReview: boolean;
  /** A non-confidential reporter's name (never contact details). */
  readonly includeReporter: boolean;
  /** Evidence references: name, media type and SHA-256 — never the content. */
  readonly includeEvidenceRefs: boolean;
  /** With evidence references: also the items on legal hold. */
  readonly includeHeld: boolean;
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  includeReview: true,
  includeReporter: false,
  includeEvidenceRefs: false,
  includeHeld: false,
};

export function evidenceToExport(source: ExportSource, options: ExportOptions): ExportEvidenceRef[] {
  if (!options.includeEvidenceRefs) return [];
  return source.evidence.filter((item) => options.includeHeld || !item.onHold);
}

export function reporterToExport(source: ExportSource, options: ExportOptions): string | undefined {
  const { reporter } = source.incident;
  return options.includeReporter && !reporter.confidential && reporter.name !== '' ? reporter.name : undefined;
}

export interface ExportDescription {
  /** What goes, one line each. */
  readonly included: string[];
  /** What stays behind, one line each. */
  readonly withheld: string[];
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What an export of `sources` with `options` will contain and what it leaves out, in words. */
export function describeExport(sources: readonly ExportSource[], options: ExportOptions): ExportDescription {
  const reviews = sources.filter((source) => source.review !== undefined).length;
  const confidential = sources.filter((source) => source.incident.reporter.confidential).length;
  const named = sources.filter((source) => reporterToExport(source, options) !== undefined).length;
  const refs = sources.reduce((sum, source) => sum + evidenceToExport(source, options).length, 0);
  const held = sources.reduce((sum, source) => sum + source.evidence.filter((item) => item.onHold).length, 0);
  const total = sources.reduce((sum, source) => sum + source.evidence.length, 0);
  const included = [
    `${plural(sources.length, 'incident')}: title, summary, dates, incident types, severity, ATLAS techniques and affected systems.`,
  ];
  const withheld = ['Evidence content (files) is never part of these exports.'];
  if (options.includeReview && reviews > 0) {
    included.push(
      `${plural(reviews, 'post-incident review')}: summary, impact, causes with AVID codes, lessons and CSET harm fields where recorded.`,
    );
  } else if (reviews > 0) withheld.push(`${plural(reviews, 'post-incident review')} (not ticked).`);
  if (named > 0) included.push(`${plural(named, 'reporter name')} (not their contact details).`);
  else withheld.push('Reporter names and contact details.');
  if (confidential > 0)
    withheld.push(`${plural(confidential, 'confidential reporter')}: never stored, never exported.`);
  if (refs > 0) included.push(`${plural(refs, 'evidence reference')}: name, media type and SHA-256 only.`);
  else if (total > 0) withheld.push(`${plural(total, 'evidence reference')} (not ticked).`);
  if (held > 0 && !(options.includeEvidenceRefs && options.includeHeld)) {
    withheld.push(`${plural(held, 'evidence item')} on legal hold.`);
  }
  return { included, withheld };
}

/** A calendar date (YYYY-MM-DD, UTC) of an ISO timestamp. */
export function dateOf(iso: string): string {
  return iso.slice(0, 10);
}

/** The incident's start as the public formats know it: recorded impact start, else detection. */
export function incidentStart(source: ExportSource): string {
  return (
    source.review?.impact.customerImpactStart ??
    source.incident.milestones.impactStarted?.at ??
    source.incident.detectedAt
  );
}

/** Every AVID effect code the review's causes carry, once, in the taxonomy's order of first mention. */
export function reviewAvidCodes(review: Review | undefined): Review['rootCause']['primary']['avid'] {
  if (!review) return [];
  const { primary, trigger, contributing } = review.rootCause;
  return [...new Set([primary, trigger, ...contributing].flatMap((cause) => cause.avid))];
}
