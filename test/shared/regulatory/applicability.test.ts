/** The applicability step: which regimes the answers make apply, and why; unknown answers make nothing apply. */
import { describe, expect, it } from 'vitest';
import {
  APPLICABILITY_QUESTION_IDS,
  APPLICABILITY_RULES,
  applicableRegimes,
  suggestedAnswers,
} from '../../../shared/domain/regulatory/applicability';
import { REGIME_IDS } from '../../../shared/domain/regulatory/clockInput';

describe('applicability', () => {
  it('a high-risk AI provider with EU personal data: the AI Act and GDPR, each with its reason', () => {
    const result = applicableRegimes({ euHighRiskAiProvider: 'yes', euPersonalData: 'yes', secRegistrant: 'no' });
    expect(result.applies).toEqual([
      {
        regime: 'eu-ai-act-art73',
        reason: 'Provider of a high-risk AI system in the EU: serious incidents are reported (AI Act Art. 73(1)).',
      },
      {
        regime: 'gdpr-art33',
        reason: 'Personal data of people in the EU is involved: a breach is notified (GDPR Art. 33).',
      },
    ]);
    expect(result.notes).toEqual([]);
    expect(result.unanswered).toHaveLength(APPLICABILITY_QUESTION_IDS.length - 3);
  });

  it('every question answered yes makes every regime apply once (GPAI is a note: no fixed period)', () => {
    const all = Object.fromEntries(APPLICABILITY_QUESTION_IDS.map((id) => [id, 'yes' as const]));
    const result = applicableRegimes(all);
    expect(result.applies.map((choice) => choice.regime)).toEqual([...REGIME_IDS]);
    expect(result.applies[0]?.reason).toMatch(/^Provider .* Deployer /);
    expect(result.notes).toEqual([expect.stringContaining('Art. 55(1)(c)')]);
    expect(result.unanswered).toEqual([]);
  });

  it('no and unknown make nothing apply', () => {
    const result = applicableRegimes({ nis2Entity: 'unknown', euFinancialEntity: 'no', hipaaEntity: 'no' });
    expect(result.applies).toEqual([]);
    expect(result.unanswered).toContain('nis2Entity');
    expect(result.unanswered).not.toContain('hipaaEntity');
  });

  it('CIRCIA says it is proposed and not in force', () => {
    expect(applicableRegimes({ usCriticalInfrastructure: 'yes' }).applies).toEqual([
      { regime: 'circia-proposed', reason: expect.stringContaining('proposed rule, not in force') },
    ]);
  });

  it('every rule names only known questions, with a reason for each', () => {
    for (const rule of APPLICABILITY_RULES) {
      for (const question of rule.whenAny) {
        expect(APPLICABILITY_QUESTION_IDS).toContain(question);
        expect(rule.because[question]).toBeTruthy();
      }
    }
  });

  it('suggests personal-data answers from the incident flags and jurisdictions', () => {
    expect(suggestedAnswers({ impactFlags: ['personal-data'], jurisdictions: ['DE', 'US'] })).toEqual({
      euPersonalData: 'yes',
    });
    expect(suggestedAnswers({ impactFlags: ['personal-data'], jurisdictions: ['UK', 'EU'] })).toEqual({
      euPersonalData: 'yes',
      ukPersonalData: 'yes',
    });
    expect(suggestedAnswers({ impactFlags: ['public-facing'], jurisdictions: ['EU'] })).toEqual({
      euPersonalData: 'no',
      ukPersonalData: 'no',
    });
  });
});
