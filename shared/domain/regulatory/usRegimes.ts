/**
 * The US regimes' deadline rules, as data (the vocabulary is in `rules.ts`): SEC Form 8-K Item 1.05, NYDFS 500.17,
 * the HIPAA Breach Notification Rule and CIRCIA as proposed. US day periods are calendar days and never move; SEC
 * business days skip US federal holidays as observed.
 */
import type { RegimeRule } from './rules';

const NYDFS = '23 NYCRR 500.17';
const HIPAA = '45 CFR';
const CIRCIA = '6 U.S.C. 681b, as proposed for 6 CFR part 226 (89 FR 23644, 4 April 2024)';

export const US_REGIMES: {
  readonly [R in 'sec-8k-item105' | 'nydfs-500.17' | 'hipaa-breach' | 'circia-proposed']: RegimeRule<R>;
} = {
  'sec-8k-item105': {
    id: 'sec-8k-item105',
    name: 'SEC Form 8-K Item 1.05, material cybersecurity incident',
    inForce: true,
    timeZone: 'America/New_York',
    calendar: 'us-federal',
    stages: [
      {
        stage: 'form-8k',
        title: 'Form 8-K, Item 1.05',
        timing: {
          kind: 'deadline',
          deadline: {
            anchor: 'materialityDeterminedAt',
            period: { unit: 'business-days', amount: 4, at: { hour: 17, minute: 30 } },
            citation:
              'Form 8-K General Instruction B.1 and Item 1.05(a); business days and the 17:30 Eastern filing cut-off in Regulation S-T (17 CFR 232.11, 232.13)',
          },
        },
      },
    ],
  },
  'nydfs-500.17': {
    id: 'nydfs-500.17',
    name: 'NYDFS Cybersecurity Regulation, notices to the superintendent',
    inForce: true,
    timeZone: 'America/New_York',
    calendar: 'us-federal',
    stages: [
      {
        stage: 'notice',
        title: 'Notice of a cybersecurity incident to the superintendent',
        timing: {
          kind: 'deadline',
          deadline: { anchor: 'determinedAt', period: { unit: 'hours', amount: 72 }, citation: `${NYDFS}(a)(1)` },
        },
      },
      {
        stage: 'extortion-notice',
        title: 'Notice of an extortion payment',
        unlessFalse: 'extortionPayment',
        timing: {
          kind: 'deadline',
          deadline: { anchor: 'ransomPaidAt', period: { unit: 'hours', amount: 24 }, citation: `${NYDFS}(c)(1)` },
        },
      },
      {
        stage: 'extortion-justification',
        title: 'Written justification of the extortion payment',
        unlessFalse: 'extortionPayment',
        timing: {
          kind: 'deadline',
          deadline: {
            anchor: 'ransomPaidAt',
            period: { unit: 'days', amount: 30, counting: 'us-calendar' },
            citation: `${NYDFS}(c)(2)`,
          },
        },
      },
    ],
  },
  'hipaa-breach': {
    id: 'hipaa-breach',
    name: 'HIPAA Breach Notification Rule',
    inForce: true,
    timeZone: 'input',
    calendar: 'us-federal',
    stages: [
      {
        stage: 'individuals',
        title: 'Notice to each affected individual',
        timing: {
          kind: 'deadline',
          deadline: {
            anchor: 'discoveredAt',
            period: { unit: 'days', amount: 60, counting: 'us-calendar' },
            citation: `${HIPAA} 164.404(b)`,
          },
        },
      },
      {
        stage: 'hhs',
        title: 'Notice to the Secretary of Health and Human Services',
        timing: {
          kind: 'by-fact',
          fact: 'affectedIndividuals',
          cases: [
            {
              when: { fact: 'affectedIndividuals', atLeast: 500 },
              label: '500 or more people affected: at the same time as the notice to individuals',
              deadline: {
                anchor: 'discoveredAt',
                period: { unit: 'days', amount: 60, counting: 'us-calendar' },
                citation: `${HIPAA} 164.408(b), with 164.404(b)`,
              },
            },
            {
              when: { fact: 'affectedIndividuals', below: 500 },
              label: 'fewer than 500 people affected: within 60 days after the end of the calendar year of discovery',
              deadline: {
                anchor: 'discoveredAt',
                period: { unit: 'days-after-year-end', amount: 60 },
                citation: `${HIPAA} 164.408(c)`,
              },
            },
          ],
        },
      },
    ],
  },
  'circia-proposed': {
    id: 'circia-proposed',
    name: 'CIRCIA reporting to CISA',
    inForce: false,
    status: 'CIRCIA rules are proposed and not in force',
    timeZone: 'America/New_York',
    calendar: 'us-federal',
    stages: [
      {
        stage: 'report',
        title: 'Covered cyber incident report to CISA',
        timing: {
          kind: 'deadline',
          deadline: {
            anchor: 'reasonableBeliefAt',
            period: { unit: 'hours', amount: 72 },
            citation: `${CIRCIA}; 6 U.S.C. 681b(a)(1)`,
          },
        },
      },
      {
        stage: 'ransom-payment',
        title: 'Ransom payment report to CISA',
        unlessFalse: 'extortionPayment',
        timing: {
          kind: 'deadline',
          deadline: {
            anchor: 'ransomPaidAt',
            period: { unit: 'hours', amount: 24 },
            citation: `${CIRCIA}; 6 U.S.C. 681b(a)(2)`,
          },
        },
      },
    ],
  },
};
