/**
 * The filing and message documents read well: the filing's cover names the registered authority it is addressed to
 * beside the kind the regime names, its one-line subtitle does not repeat the long regime name, an empty "required
 * when late" item of a filing within its deadline says it is not needed, and a message's subtitle names its incident
 * once.
 */
import { describe, expect, it } from 'vitest';
import type { AudienceMessage } from '../../../shared/domain/filings/audienceMessage';
import type { Filing } from '../../../shared/domain/filings/filing';
import { filingKindOf } from '../../../shared/domain/filings/requirements';
import { buildFilingReport, buildMessageReport } from '../../../shared/reports/filingReport';
import { reportSource } from '../../fixtures/reportSources';

const source = reportSource();
const person = '0190a000-0000-7000-8000-000000000001';
const meta = {
  id: '0190a000-0000-7000-8000-000000000111',
  createdAt: source.generatedAt,
  updatedAt: source.generatedAt,
  createdBy: 'Ana Ortiz',
  createdById: person,
  updatedBy: 'Ana Ortiz',
  updatedById: person,
  rev: 1,
  hlc: `${source.generatedAt}-0000-test`,
  deletedAt: null,
};

function filing(items: Record<string, string>): Filing {
  return {
    ...meta,
    subject: source.subject,
    ref: 'FIL-2026-0042-01',
    regime: 'gdpr-art33',
    stage: 'authority',
    status: 'draft',
    items,
    rulesVersion: '2026.1',
    requirementsVersion: '2026.2',
    approval: null,
    submission: null,
  };
}

function document(items: Record<string, string>, late = false) {
  return buildFilingReport({
    source,
    filing: filing(items),
    kind: filingKindOf('gdpr-art33', 'authority')!,
    regimeName: 'GDPR, notification of a personal data breach to the supervisory authority',
    clock: undefined,
    late,
  });
}

const cover = (doc: ReturnType<typeof document>) => Object.fromEntries(doc.cover.map((f) => [f.label, f.value]));
const paragraphs = (doc: ReturnType<typeof document>) =>
  doc.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));

describe('filing and message documents', () => {
  it('addresses the registered authority and says what an empty late-only item means', () => {
    const addressed = document({ addressee: 'Autorité de protection des données (BE): Phone +32 2 274 48 00' });
    expect(cover(addressed)).toMatchObject({
      To: 'Autorité de protection des données (BE) (Lead supervisory authority)',
      Regime: 'GDPR, notification of a personal data breach to the supervisory authority',
    });
    expect(addressed.banner).toBe('Draft');
    expect(cover(document({}))['To']).toBe('Lead supervisory authority');
    expect(paragraphs(document({}))).toContain('Not needed: the filing is within its deadline.');
    expect(paragraphs(document({}, true))).not.toContain('Not needed: the filing is within its deadline.');
  });

  it('names the incident once in a message’s subtitle', () => {
    const message: AudienceMessage = {
      ...meta,
      subject: source.subject,
      audience: 'affected-users',
      versions: [
        {
          version: 1,
          body: 'We are writing to tell you.',
          savedAt: source.generatedAt,
          savedBy: 'Ana Ortiz',
          savedById: person,
        },
      ],
      approval: null,
    };
    expect(buildMessageReport(source, message).banner).toBe('Affected users · version 1');
  });
});
