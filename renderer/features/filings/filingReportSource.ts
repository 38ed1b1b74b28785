/**
 * Builds the documents of a filing and of an audience message from the stored records: the incident's report source
 * (one read snapshot: incident, timeline, evidence with custody, audit head) with the filing's subject, the filing's
 * clock from the regulatory profile, and the requirements of its regime's stage.
 */
import type { AudienceMessage } from '../../../shared/domain/filings/audienceMessage';
import { filingSubject, type Filing } from '../../../shared/domain/filings/filing';
import { filingKindOf } from '../../../shared/domain/filings/requirements';
import { incidentRegulatoryClocks } from '../../../shared/domain/regulatory/incidentClocks';
import { REGULATORY_RULES } from '../../../shared/domain/regulatory/regulatoryRules';
import { incidentSubject } from '../../../shared/domain/subject';
import { ExplainedError } from '../../../shared/errors';
import { buildFilingReport, buildMessageReport } from '../../../shared/reports/filingReport';
import type { ReportDocument } from '../../../shared/reports/document';
import type { FirebreakDatabase } from '../../db/database';
import { isLate } from '../../db/filings/filings';
import { liveRegulatoryProfile } from '../../db/regulatory/queries';
import { loadReportSource } from '../reports/loadReportSource';
import type { DocumentContext } from '../reports/useReportRender';

export async function filingDocument(
  db: FirebreakDatabase,
  filing: Filing,
  context: DocumentContext,
): Promise<ReportDocument> {
  const kind = filingKindOf(filing.regime, filing.stage);
  if (!kind) throw new ExplainedError('This filing’s regime has no such stage any more.');
  const source = await loadReportSource(
    db,
    { kind: 'incident', id: filing.subject.id, ref: filing.subject.ref },
    context,
  );
  const profile = await liveRegulatoryProfile(db, filing.subject.id);
  const clock = incidentRegulatoryClocks(source.incident, profile).find(
    (candidate) => candidate.regime === filing.regime && candidate.stage === filing.stage,
  );
  return buildFilingReport({
    source: { ...source, subject: filingSubject(filing) },
    filing,
    kind,
    regimeName: REGULATORY_RULES[filing.regime].name,
    clock,
    late: isLate(clock?.dueAt ?? null, filing.submission?.submittedAt, source.generatedAt),
  });
}

export async function messageDocument(
  db: FirebreakDatabase,
  message: AudienceMessage,
  context: DocumentContext,
): Promise<ReportDocument> {
  const source = await loadReportSource(db, message.subject, context);
  return buildMessageReport({ ...source, subject: incidentSubject(source.incident), evidence: [] }, message);
}
