import { describe, expect, it } from 'vitest';
import { aiidExportFileSchema, aiidSubmissionSchema } from '../../../shared/domain/reviews/exports/aiidSchema';
import { avidReportSchema } from '../../../shared/domain/reviews/exports/avidSchema';
import {
  DEFAULT_EXPORT_OPTIONS,
  describeExport,
  type ExportSource,
} from '../../../shared/domain/reviews/exports/exportSource';
import { readPublicIncidents, parsePublicIncidentFile } from '../../../shared/domain/reviews/exports/fromPublic';
import { registerCsv, REGISTER_CSV_COLUMNS } from '../../../shared/domain/reviews/exports/registerCsv';
import { toAiidFile } from '../../../shared/domain/reviews/exports/toAiid';
import { csetHarmSchema } from '../../../shared/domain/reviews/cset';
import { toAvidReport } from '../../../shared/domain/reviews/exports/toAvid';
import { ExplainedError } from '../../../shared/errors';
import { reportIncident } from '../../fixtures/reportSources';
import { completedReview } from '../../fixtures/reviews';

const TODAY = '2026-11-30';
const incident = reportIncident();
const review = completedReview(incident);
const evidence = [
  { name: 'transcript-01.txt', mediaType: 'text/plain', sha256: 'a'.repeat(64), onHold: false },
  { name: 'attack.pdf', mediaType: 'application/pdf', sha256: 'b'.repeat(64), onHold: true },
];
const source: ExportSource = { incident, review, evidence };

function withoutKey(value: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _removed, ...rest } = value;
  return rest;
}

describe('AVID export', () => {
  it('is a valid AVID report with full "CODE: Label" strings and no reporter or evidence by default', () => {
    const report = toAvidReport(source, DEFAULT_EXPORT_OPTIONS, TODAY);
    expect(avidReportSchema.safeParse(report).success).toBe(true);
    expect(report).toMatchObject({
      data_type: 'AVID',
      reported_date: TODAY,
      affects: {
        deployer: ['CX platform', 'Search team'],
        artifacts: [
          { type: 'Model', name: 'support-assistant 3.2.1' },
          { type: 'Dataset', name: 'kb-2026-10' },
          { type: 'Model', name: 'attachment-retriever 1.4' },
        ],
      },
      problemtype: { classof: 'AIID Incident', type: 'Issue' },
      impact: {
        avid: {
          risk_domain: ['Security'],
          sep_view: ['S0403: Adversarial Example', 'S0301: Information Leak', 'S0300: Over-permissive API'],
          lifecycle_view: ['L06: Deployment'],
        },
      },
      credit: [],
    });
    expect(JSON.stringify(report)).not.toContain('Ana Ortiz');
    expect(JSON.stringify(report)).not.toContain('a'.repeat(64));
  });

  it('carries evidence references only when ticked, and items on legal hold only when ticked too', () => {
    const refs = (includeHeld: boolean) =>
      toAvidReport(source, { ...DEFAULT_EXPORT_OPTIONS, includeEvidenceRefs: true, includeHeld }, TODAY)
        .references?.filter((ref) => ref.type === 'evidence')
        .map((ref) => ref.url);
    expect(refs(false)).toEqual([`urn:sha256:${'a'.repeat(64)}`]);
    expect(refs(true)).toEqual([`urn:sha256:${'a'.repeat(64)}`, `urn:sha256:${'b'.repeat(64)}`]);
  });

  it('the schema refuses a report missing a required field', () => {
    const report = toAvidReport(source, DEFAULT_EXPORT_OPTIONS, TODAY) as unknown as Record<string, unknown>;
    for (const field of ['data_type', 'affects', 'problemtype', 'impact', 'reported_date']) {
      expect(avidReportSchema.safeParse(withoutKey(report, field)).success, field).toBe(false);
    }
    const impact = report.impact as { avid: Record<string, unknown> };
    expect(
      avidReportSchema.safeParse({ ...report, impact: { avid: withoutKey(impact.avid, 'sep_view') } }).success,
    ).toBe(false);
    expect(
      avidReportSchema.safeParse({ ...report, impact: { avid: { ...impact.avid, sep_view: ['S0403'] } } }).success,
    ).toBe(false);
  });
});

describe('AIID export', () => {
  it('is a valid submission with a CSETv1 classification of the recorded harm fields', () => {
    const file = toAiidFile([source], DEFAULT_EXPORT_OPTIONS, TODAY);
    expect(aiidExportFileSchema.safeParse(file).success).toBe(true);
    expect(file.submissions[0]).toMatchObject({
      title: incident.title,
      url: 'urn:firebreak:INC-2026-0042',
      incident_date: '2026-11-20',
      date_submitted: TODAY,
      deployers: ['CX platform', 'Search team'],
      harmed_parties: ['Support customers'],
      implicated_systems: ['support-assistant 3.2.1', 'attachment-retriever 1.4'],
      authors: [],
      tags: ['Prompt injection', 'Privacy or training-data leak', 'SEV2', 'AML.T0051.001', 'AML.T0056', 'AML.T0057'],
    });
    expect(file.classifications).toEqual([
      {
        namespace: 'CSETv1',
        attributes: [
          { short_name: 'Harm Domain', value_json: '"yes"' },
          { short_name: 'Tangible Harm', value_json: '"no tangible harm, near-miss, or issue"' },
          { short_name: 'AI Harm Level', value_json: '"none"' },
          { short_name: 'Sector of Deployment', value_json: '"information and communication"' },
        ],
        incidents: [],
        reports: [],
        publish: false,
        notes: 'Recorded in Firebreak for INC-2026-0042.',
      },
    ]);
  });

  it('writes every other recorded CSETv1 harm field under its exact short name, counts as JSON numbers', () => {
    const cset = csetHarmSchema.parse({
      harmDomain: 'yes',
      tangibleHarmNotes: 'Two customers saw each other’s order history.',
      identifiableEntity: 'maybe',
      rightsViolation: 'yes',
      involvingMinor: 'no',
      livesLost: 0,
      injuries: 3,
    });
    const file = toAiidFile([{ ...source, review: { ...review, cset } }], DEFAULT_EXPORT_OPTIONS, TODAY);
    expect(aiidExportFileSchema.safeParse(file).success).toBe(true);
    expect(file.classifications[0]?.attributes).toEqual([
      { short_name: 'Harm Domain', value_json: '"yes"' },
      { short_name: 'AI Tangible Harm Level Notes', value_json: '"Two customers saw each other’s order history."' },
      {
        short_name: 'There is a potentially identifiable specific entity that experienced the harm',
        value_json: '"maybe"',
      },
      { short_name: 'Rights Violation', value_json: '"yes"' },
      { short_name: 'Involving Minor', value_json: '"no"' },
      { short_name: 'Lives Lost', value_json: '0' },
      { short_name: 'Injuries', value_json: '3' },
    ]);
    expect(csetHarmSchema.safeParse({ injuries: -1 }).error?.issues[0]?.message).toBe('A count cannot be negative.');
  });

  it('names a non-confidential reporter only when ticked', () => {
    const file = toAiidFile([source], { ...DEFAULT_EXPORT_OPTIONS, includeReporter: true }, TODAY);
    expect(file.submissions[0]?.authors).toEqual(['Ana Ortiz']);
    expect(JSON.stringify(file)).not.toContain('ext 4411');
  });

  it('the schema refuses a submission missing a required field', () => {
    const submission = toAiidFile([source], DEFAULT_EXPORT_OPTIONS, TODAY).submissions[0] as unknown as Record<
      string,
      unknown
    >;
    for (const field of [
      'title',
      'text',
      'url',
      'source_domain',
      'language',
      'authors',
      'submitters',
      'tags',
      'date_published',
      'date_submitted',
      'date_downloaded',
      'date_modified',
      'image_url',
    ]) {
      expect(aiidSubmissionSchema.safeParse(withoutKey(submission, field)).success, field).toBe(false);
    }
  });
});

describe('what an export contains', () => {
  it('says what goes and what stays, before anything is saved', () => {
    expect(describeExport([source], DEFAULT_EXPORT_OPTIONS)).toEqual({
      included: [
        '1 incident: title, summary, dates, incident types, severity, ATLAS techniques and affected systems.',
        '1 post-incident review: summary, impact, causes with AVID codes, lessons and CSET harm fields where recorded.',
      ],
      withheld: [
        'Evidence content (files) is never part of these exports.',
        'Reporter names and contact details.',
        '2 evidence references (not ticked).',
        '1 evidence item on legal hold.',
      ],
    });
  });
});

describe('register CSV', () => {
  it('writes one row per incident under the documented columns, quoting and defusing formulas', () => {
    const csv = registerCsv([
      { incident, review, openActions: 2, overdueActions: 1 },
      {
        incident: reportIncident({ ref: 'INC-2026-0043', title: '=HYPERLINK("x")' }),
        review: undefined,
        openActions: 0,
        overdueActions: 0,
      },
    ]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(REGISTER_CSV_COLUMNS.map(([name]) => name).join(','));
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^INC-2026-0042,Support assistant[^,]*,SEV2,recovery,prompt-injection; privacy-leak,/);
    expect(lines[1]).toMatch(/,PIR-2026-0042 complete,2,1$/);
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).not.toContain('Ana Ortiz');
  });
});

describe('importing public incidents', () => {
  it('reads our own AVID and AIID exports back as incident drafts', () => {
    const [fromAvid] = readPublicIncidents(toAvidReport(source, DEFAULT_EXPORT_OPTIONS, TODAY));
    expect(fromAvid).toMatchObject({
      source: 'AVID',
      draft: { title: incident.title, types: ['prompt-injection', 'privacy-leak'], severity: 'SEV4' },
    });
    const fromAiid = readPublicIncidents(toAiidFile([source], DEFAULT_EXPORT_OPTIONS, TODAY));
    expect(fromAiid[0]?.draft).toMatchObject({
      types: ['prompt-injection', 'privacy-leak'],
      severity: 'SEV2',
      atlasTechniques: ['AML.T0051.001', 'AML.T0056', 'AML.T0057'],
      detectedAt: '2026-11-20T00:00:00.000Z',
    });
  });

  it('refuses, in words, files that are not JSON, not a known shape, or missing a required field', () => {
    const refusal = (text: string) => {
      try {
        parsePublicIncidentFile(text);
      } catch (error) {
        expect(error).toBeInstanceOf(ExplainedError);
        return (error as Error).message;
      }
      throw new Error('not refused');
    };
    expect(refusal('{oops')).toBe(
      'The file is not valid JSON. Choose an AIID submission or AVID report saved as .json.',
    );
    expect(refusal('{"hello": 1}')).toMatch(/^This is neither an AIID submission nor an AVID report/);
    const report = toAvidReport(source, DEFAULT_EXPORT_OPTIONS, TODAY) as unknown as Record<string, unknown>;
    expect(refusal(JSON.stringify(withoutKey(report, 'affects')))).toBe(
      'The AVID report does not match the published shape. affects: This is required.',
    );
    expect(
      refusal(
        JSON.stringify({
          ...report,
          problemtype: { classof: 'AIID Incident', description: { lang: 'eng', value: 'Bad' } },
        }),
      ),
    ).toBe('The incident cannot be imported: title: Give the incident a title of at least 4 characters.');
    expect(refusal('[]')).toBe('The file holds an empty list: there is nothing to import.');
  });
});
