/**
 * An incident (with its review's causes) as an AVID report: the affected systems as artifacts, the review's AVID
 * effect codes and lifecycle stages as `impact.avid` (full "CODE: Label" strings) with the risk domains they imply,
 * the ATLAS techniques and (when ticked) evidence references as references.
 */
import { riskDomainsOf } from '../avidTaxonomy';
import { avidReportSchema, type AvidReport } from './avidSchema';
import {
  evidenceToExport,
  reporterToExport,
  reviewAvidCodes,
  type ExportOptions,
  type ExportSource,
} from './exportSource';

/** The AVID taxonomy version the codes come from (avidtools' enums). */
export const AVID_TAXONOMY_VERSION = '0.2';

export function toAvidReport(source: ExportSource, options: ExportOptions, today: string): AvidReport {
  const { incident } = source;
  const review = options.includeReview ? source.review : undefined;
  const sep = reviewAvidCodes(review);
  const artifacts: AvidReport['affects']['artifacts'] = [];
  for (const system of incident.affectedSystems) {
    artifacts.push({ type: 'Model', name: system.version ? `${system.model} ${system.version}` : system.model });
    if (system.dataset) artifacts.push({ type: 'Dataset', name: system.dataset });
  }
  const reporter = reporterToExport(source, options);
  const description = [incident.summary, review?.summary ?? ''].filter((part) => part !== '').join('\n\n');
  return avidReportSchema.parse({
    data_type: 'AVID',
    data_version: AVID_TAXONOMY_VERSION,
    affects: {
      developer: [],
      deployer: [...new Set(incident.affectedSystems.map((system) => system.owner).filter((owner) => owner !== ''))],
      artifacts,
    },
    problemtype: {
      classof: 'AIID Incident',
      type: 'Issue',
      description: { lang: 'eng', value: incident.title },
    },
    description: { lang: 'eng', value: description },
    references: [
      ...incident.atlasTechniques.map((technique) => ({
        type: 'source',
        label: `MITRE ATLAS ${technique}`,
        url: `https://atlas.mitre.org/techniques/${technique.replace(/\.(\d{3})$/, '/$1')}`,
      })),
      ...evidenceToExport(source, options).map((item) => ({
        type: 'evidence',
        label: `${item.name} (${item.mediaType})`,
        url: `urn:sha256:${item.sha256}`,
      })),
    ],
    impact: {
      avid: {
        risk_domain: riskDomainsOf(sep),
        sep_view: sep,
        lifecycle_view: review?.rootCause.lifecycle ?? [],
        taxonomy_version: AVID_TAXONOMY_VERSION,
      },
    },
    credit: reporter ? [{ lang: 'eng', value: reporter }] : [],
    reported_date: today,
  });
}
