/**
 * The EU and UK regimes' deadline rules, as data (the vocabulary is in `rules.ts`): AI Act Art. 73, GDPR and UK GDPR
 * Art. 33, NIS2 Art. 23, DORA's reporting time limits and the Cyber Resilience Act Art. 14. EU day and month periods
 * follow Regulation 1182/71; DORA's own weekend rule replaces its Art. 3(4).
 */
import type { RegimeRule } from './rules';
import { REGULATION_1182_71, type NoonNextWorkingDay } from './rules';

const AI_ACT = 'Regulation (EU) 2024/1689 (AI Act)';
const GDPR = 'Regulation (EU) 2016/679 (GDPR)';
const NIS2 = 'Directive (EU) 2022/2555 (NIS2)';
const DORA_RTS =
  'Commission Delegated Regulation (EU) 2025/301 Art. 5, under Regulation (EU) 2022/2554 (DORA) Art. 19(4)';
const CRA = 'Regulation (EU) 2024/2847 (Cyber Resilience Act)';

const DORA_MOVE: NoonNextWorkingDay = {
  citation: DORA_RTS,
  exceptWhen: 'doraSignificantEntity',
  exceptionInWords:
    'credit institutions, central counterparties, trading venues and NIS2 essential or important entities',
};

export const EU_REGIMES: {
  readonly [
    R in 'eu-ai-act-art73' | 'gdpr-art33' | 'uk-gdpr-art33' | 'nis2-art23' | 'dora-art19' | 'cra-art14'
  ]: RegimeRule<R>;
} = {
  'eu-ai-act-art73': {
    id: 'eu-ai-act-art73',
    name: 'EU AI Act, reporting of serious incidents',
    inForce: true,
    timeZone: 'input',
    calendar: 'input',
    stages: [
      {
        stage: 'report',
        title: 'Report of the serious incident to the market surveillance authority',
        immediately: `Immediately once a causal link between the AI system and the serious incident (or its reasonable likelihood) is established (${AI_ACT} Art. 73(2))`,
        timing: {
          kind: 'earliest',
          options: [
            {
              label: '15 days after awareness',
              deadline: {
                anchor: 'awareAt',
                period: { unit: 'days', amount: 15, counting: 'eu-1182-71' },
                citation: `${AI_ACT} Art. 73(2)`,
              },
            },
            {
              label: '10 days after awareness, on a death',
              when: ['death'],
              deadline: {
                anchor: 'awareAt',
                period: { unit: 'days', amount: 10, counting: 'eu-1182-71' },
                citation: `${AI_ACT} Art. 73(4)`,
              },
            },
            {
              label:
                '2 days after awareness, on a widespread infringement or a serious and irreversible disruption of critical infrastructure',
              when: ['widespreadInfringement', 'criticalInfrastructureDisruption'],
              deadline: {
                anchor: 'awareAt',
                period: { unit: 'days', amount: 2, counting: 'eu-1182-71' },
                citation: `${AI_ACT} Art. 73(3) and Art. 3(49)(b)`,
              },
            },
          ],
        },
      },
    ],
  },
  'gdpr-art33': {
    id: 'gdpr-art33',
    name: 'GDPR, notification of a personal data breach to the supervisory authority',
    inForce: true,
    timeZone: 'input',
    calendar: 'input',
    stages: [
      {
        stage: 'authority',
        title: 'Notification to the supervisory authority',
        timing: {
          kind: 'deadline',
          deadline: { anchor: 'awareAt', period: { unit: 'hours', amount: 72 }, citation: `${GDPR} Art. 33(1)` },
        },
      },
    ],
  },
  'uk-gdpr-art33': {
    id: 'uk-gdpr-art33',
    name: "UK GDPR, notification of a personal data breach to the Information Commissioner's Office",
    inForce: true,
    timeZone: 'input',
    calendar: 'input',
    stages: [
      {
        stage: 'authority',
        title: "Notification to the Information Commissioner's Office",
        timing: {
          kind: 'deadline',
          deadline: { anchor: 'awareAt', period: { unit: 'hours', amount: 72 }, citation: 'UK GDPR Art. 33(1)' },
        },
      },
    ],
  },
  'nis2-art23': {
    id: 'nis2-art23',
    name: 'NIS2, reporting of a significant incident',
    inForce: true,
    timeZone: 'input',
    calendar: 'input',
    stages: [
      {
        stage: 'early-warning',
        title: 'Early warning to the CSIRT or competent authority',
        timing: {
          kind: 'deadline',
          deadline: { anchor: 'awareAt', period: { unit: 'hours', amount: 24 }, citation: `${NIS2} Art. 23(4)(a)` },
        },
      },
      {
        stage: 'notification',
        title: 'Incident notification to the CSIRT or competent authority',
        timing: {
          kind: 'deadline',
          deadline: { anchor: 'awareAt', period: { unit: 'hours', amount: 72 }, citation: `${NIS2} Art. 23(4)(b)` },
        },
      },
      {
        stage: 'final',
        title: 'Final report',
        timing: {
          kind: 'deadline',
          deadline: {
            anchor: 'notificationSubmittedAt',
            period: { unit: 'months', amount: 1, counting: 'eu-1182-71' },
            citation: `${NIS2} Art. 23(4)(d)`,
          },
        },
      },
    ],
  },
  'dora-art19': {
    id: 'dora-art19',
    name: 'DORA, reporting of a major ICT-related incident',
    inForce: true,
    timeZone: 'input',
    calendar: 'input',
    stages: [
      {
        stage: 'initial',
        title: 'Initial notification to the competent authority',
        timing: {
          kind: 'capped',
          deadline: { anchor: 'classifiedMajorAt', period: { unit: 'hours', amount: 4 }, citation: DORA_RTS },
          cap: { anchor: 'awareAt', period: { unit: 'hours', amount: 24 }, citation: DORA_RTS },
        },
        nonWorkingDayMove: DORA_MOVE,
      },
      {
        stage: 'intermediate',
        title: 'Intermediate report',
        timing: {
          kind: 'deadline',
          deadline: { anchor: 'initialSubmittedAt', period: { unit: 'hours', amount: 72 }, citation: DORA_RTS },
        },
        nonWorkingDayMove: DORA_MOVE,
      },
      {
        stage: 'final',
        title: 'Final report',
        timing: {
          kind: 'deadline',
          deadline: {
            anchor: 'intermediateSubmittedAt',
            period: { unit: 'months', amount: 1, counting: 'same-date' },
            citation: `${DORA_RTS}; the month counted as in ${REGULATION_1182_71} Art. 3(2)(c)`,
          },
        },
        // The exception covers initial and intermediate reports only: every final report may move.
        nonWorkingDayMove: { citation: DORA_RTS },
      },
    ],
  },
  'cra-art14': {
    id: 'cra-art14',
    name: 'Cyber Resilience Act, reporting of an actively exploited vulnerability or a severe incident',
    inForce: true,
    timeZone: 'input',
    calendar: 'input',
    stages: [
      {
        stage: 'early-warning',
        title: 'Early warning to the CSIRT coordinator and ENISA',
        timing: {
          kind: 'deadline',
          deadline: {
            anchor: 'awareAt',
            period: { unit: 'hours', amount: 24 },
            citation: `${CRA} Art. 14(2)(a) and 14(4)(a)`,
          },
        },
      },
      {
        stage: 'notification',
        title: 'Vulnerability or incident notification',
        timing: {
          kind: 'deadline',
          deadline: {
            anchor: 'awareAt',
            period: { unit: 'hours', amount: 72 },
            citation: `${CRA} Art. 14(2)(b) and 14(4)(b)`,
          },
        },
      },
      {
        stage: 'final',
        title: 'Final report',
        timing: {
          kind: 'by-fact',
          fact: 'craKind',
          cases: [
            {
              when: { fact: 'craKind', is: 'vulnerability' },
              label:
                'an actively exploited vulnerability: 14 days after a corrective or mitigating measure is available',
              deadline: {
                anchor: 'correctiveMeasureAvailableAt',
                period: { unit: 'days', amount: 14, counting: 'eu-1182-71' },
                citation: `${CRA} Art. 14(2)(c)`,
              },
            },
            {
              when: { fact: 'craKind', is: 'incident' },
              label: 'a severe incident: one month after the incident notification',
              deadline: {
                anchor: 'notificationSubmittedAt',
                period: { unit: 'months', amount: 1, counting: 'eu-1182-71' },
                citation: `${CRA} Art. 14(4)(c)`,
              },
            },
          ],
        },
      },
    ],
  },
};
