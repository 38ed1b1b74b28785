/**
 * Built-in scenario: a silent upstream pipeline change corrupts an input feature of a creditworthiness model, which
 * then declines one group of applicants far more often for 90 days — an infringement of fundamental-rights
 * obligations by a high-risk (Annex III 5(b)) system: a serious incident under AI Act Art. 3(49)(c) and Art. 73.
 */
import type { BuiltInScenario } from './index';
import { action } from './authoring';

export const creditModelDiscrimination: BuiltInScenario = {
  lineageId: '01900000-0000-7000-8000-00000000c108',
  version: 1,
  body: {
    overview: {
      name: 'Credit model discriminates for 90 days after a silent pipeline change',
      scope:
        'A three-module tabletop of about three hours for credit risk, data science, data engineering, compliance, ' +
        'legal, the DPO and customer operations of a consumer lender that provides and deploys its own ' +
        'credit-scoring model in the EU.',
      threat:
        'No attacker. A data-engineering change on 3 March switched the open-banking aggregator used for applicants ' +
        'of one region; the new aggregator reports missing employment tenure as 0 instead of null. The model reads ' +
        '0 as “unemployed for years”. The region has a large share of applicants of one ethnic origin, so decline ' +
        'rates for that group rose from 22 % to 41 % for 90 days before anyone noticed.',
      sponsor: 'Chief Risk Officer',
      participatingOrganisations: [
        'Credit risk',
        'Data science',
        'Data engineering',
        'Compliance',
        'Legal',
        'Customer operations',
      ],
      pointOfContact: 'Model risk manager',
      atlasTechniques: ['AML.T0031', 'AML.T0048'],
      expectedRegimes: ['eu-ai-act-art73', 'gdpr-art33'],
    },
    objectives: [
      {
        id: 'obj-detect',
        text: 'Connect a cluster of complaints to a model fault and find the changed input.',
        capabilities: ['detection-triage', 'ai-system-analysis'],
      },
      {
        id: 'obj-stop',
        text: 'Stop automated decisions that may be discriminatory, moving to human review, without destroying the evidence.',
        capabilities: ['containment', 'evidence-preservation'],
      },
      {
        id: 'obj-report',
        text: 'Recognise a fundamental-rights serious incident and report it under AI Act Art. 73 within 15 days of awareness.',
        capabilities: ['regulatory-notification', 'coordination-decision-making'],
      },
      {
        id: 'obj-remedy',
        text: 'Quantify the affected decisions and plan remediation for the people affected.',
        capabilities: ['recovery-validation', 'stakeholder-communication'],
      },
    ],
    capabilityTargets: [
      {
        id: 'ct-stop',
        capability: 'containment',
        target:
          'Within 4 hours of the disparity being confirmed, no application in the affected segment is declined without human review.',
        criticalTasks: ['Switch the segment to manual underwriting', 'Hold adverse-action letters not yet sent'],
      },
      {
        id: 'ct-quantify',
        capability: 'ai-system-analysis',
        target:
          'Within 3 days, list every decision made with the corrupted feature and re-score it with corrected data.',
        criticalTasks: [
          'Identify the change date from pipeline history',
          'Re-score with tenure as null',
          'Compare outcomes by group',
        ],
      },
      {
        id: 'ct-art73',
        capability: 'regulatory-notification',
        target:
          'Record awareness, the Art. 3(49)(c) assessment and the reporting deadline on day 1; file an initial report by day 15.',
        criticalTasks: [
          'Legal confirms Annex III 5(b) high-risk status',
          'Record the causal-link assessment',
          'Notify the market surveillance authority',
        ],
      },
      {
        id: 'ct-remedy',
        capability: 'stakeholder-communication',
        target: 'Within 30 days, offer every wrongly declined applicant a re-assessment.',
        criticalTasks: ['Agree remediation with compliance', 'Write to affected applicants in plain language'],
      },
    ],
    modules: [
      {
        id: 'm1-complaints',
        title: 'Module 1 — A cluster of complaints',
        update:
          'Day 91, Tuesday. Customer operations notices 48 complaints in two weeks from one region, several saying ' +
          '“declined although I have worked at the same employer for ten years”. A consumer advocacy group has ' +
          'written to ask whether the lender uses automated scoring.',
        injects: [
          {
            id: 'complaint-cluster',
            sequence: 1,
            offsetMinutes: 0,
            title: 'Complaint cluster from one region',
            type: 'information',
            delivery: 'email',
            from: 'Customer operations manager',
            to: 'Incident commander',
            content:
              '48 complaints in 14 days from postcodes in the North-East region (normal: 5). Common thread: long ' +
              'employment, declined, adverse-action letter cites “employment stability”.',
            expectedActions: [
              action(
                'declare',
                'detection-triage',
                'Treat as a possible model fault: declare, confirm scope and set severity.',
                ['driftOrHarmfulOutput', 'md-confirm-scope'],
              ),
              action(
                'quantify',
                'ai-system-analysis',
                'Compare decline rates and feature values by region and period against the validated baseline.',
                ['driftOrHarmfulOutput', 'md-quantify'],
              ),
            ],
            evaluatorNotes: 'Note whether anyone raises fundamental rights at this stage.',
            facilitatorNotes: '',
            contingency: false,
          },
          {
            id: 'feature-shift',
            sequence: 2,
            offsetMinutes: 240,
            title: 'Data science: employment tenure is 0 for a third of the region',
            type: 'information',
            delivery: 'handout',
            from: 'Data scientist',
            to: 'AI safety lead',
            content:
              'Since 3 March, 34 % of North-East applicants have employment_tenure_months = 0 (before: 0.4 %). ' +
              'Pipeline history shows the aggregator switch that day. Decline rate in the region: 22 % → 41 %.',
            expectedActions: [
              action(
                'preserve',
                'evidence-preservation',
                'Preserve model version, pipeline configuration and decision logs before any fix (Art. 73(6)).',
                ['driftOrHarmfulOutput', 'md-preserve-evidence'],
              ),
              action(
                'human-review',
                'containment',
                'Switch the affected segment to human review; stop automated declines.',
                ['driftOrHarmfulOutput', 'md-kill-switch'],
              ),
              action('hold-letters', 'containment', 'Hold adverse-action letters not yet sent.', [
                'driftOrHarmfulOutput',
                'md-hold-outputs',
              ]),
            ],
            evaluatorNotes: 'Fixing the pipeline before preserving the state is the common error.',
            facilitatorNotes: '',
            contingency: false,
          },
        ],
        discussionQuestions: [
          'Who can switch off automated credit decisions, and what happens to the queue?',
          'What monitoring should have caught a feature going to 0 for a third of a region?',
        ],
      },
      {
        id: 'm2-rights',
        title: 'Module 2 — Is it a serious incident?',
        update:
          'Day 92. Compliance joins up the data with the census: the region’s applicants are disproportionately of ' +
          'one ethnic origin, and their decline rate nearly doubled. Legal confirms the model is a high-risk AI ' +
          'system under Annex III point 5(b) and the lender is both provider and deployer.',
        injects: [
          {
            id: 'disparity',
            sequence: 3,
            offsetMinutes: 1_440,
            title: 'Compliance: declines skewed by a protected characteristic',
            type: 'information',
            delivery: 'handout',
            from: 'Compliance officer',
            to: 'Legal advisor',
            content:
              'For applicants in the affected group, the decline rate was 19 percentage points higher than for ' +
              'comparable applicants elsewhere over 90 days: about 2,600 applications. Equal-treatment law and the AI ' +
              'Act both apply.',
            expectedActions: [
              action(
                'art73-assess',
                'regulatory-notification',
                'Record that this is a serious incident under Art. 3(49)(c) (infringement of fundamental-rights obligations) and the awareness time; the 15-day clock runs from it.',
              ),
              action(
                'art73-widespread',
                'regulatory-notification',
                'Consider whether it is a widespread infringement (Art. 3(61)), which shortens the deadline to 2 days.',
              ),
              action(
                'rollback',
                'recovery-validation',
                'Fix the pipeline mapping and re-validate the model on corrected data.',
                ['driftOrHarmfulOutput', 'md-rollback'],
              ),
            ],
            evaluatorNotes:
              'Reward explicit, recorded reasoning about the deadline rather than a single “we report in 15 days”.',
            facilitatorNotes: 'The authority is the national market surveillance authority for financial services AI.',
            contingency: false,
          },
          {
            id: 'advocacy-letter',
            sequence: 4,
            offsetMinutes: 1_800,
            title: 'Contingency: the advocacy group goes to the press',
            type: 'media-report',
            delivery: 'handout',
            from: 'Regional newspaper',
            to: 'Communications lead',
            content:
              '“Lender’s algorithm declining North-East families, campaigners say.” The article quotes three declined applicants.',
            expectedActions: [
              action(
                'statement',
                'stakeholder-communication',
                'Issue a statement agreed with legal that acknowledges the review without prejudging the report.',
              ),
            ],
            evaluatorNotes: 'Release if the team has not discussed external communication.',
            facilitatorNotes: 'Contingency.',
            contingency: true,
          },
        ],
        discussionQuestions: [
          'Is the lender reporting as provider, deployer or both? Does it change what goes in the report?',
          'What does the initial report say when the root cause is known but the impact is still being counted?',
        ],
      },
      {
        id: 'm3-remedy',
        title: 'Module 3 — Remedy',
        update: 'Day 96. Re-scoring is complete: 1,140 applicants would have been approved with correct data.',
        injects: [
          {
            id: 'regulator-letter',
            sequence: 5,
            offsetMinutes: 7_200,
            title: 'The market surveillance authority asks for a remediation plan',
            type: 'regulator-letter',
            delivery: 'email',
            from: 'Market surveillance authority',
            to: 'Legal advisor',
            content:
              '“Thank you for your initial report. Please provide within ten working days your corrective actions, ' +
              'the measures taken for affected persons and the changes to your post-market monitoring.”',
            expectedActions: [
              action(
                'remedy',
                'stakeholder-communication',
                'Offer re-assessment to the 1,140 applicants and explain the error in plain language.',
              ),
              action(
                'validate',
                'recovery-validation',
                'Re-enable automated decisions gradually with fairness monitoring per region and group.',
                ['driftOrHarmfulOutput', 'md-validate'],
              ),
              action(
                'monitor',
                'recovery-validation',
                'Add input-distribution and fairness alerts to post-market monitoring.',
                ['driftOrHarmfulOutput', 'md-monitor-48h'],
              ),
            ],
            evaluatorNotes: '',
            facilitatorNotes: '',
            contingency: false,
          },
        ],
        discussionQuestions: [
          'Who approves a change to an upstream data supplier for a high-risk model in future?',
          'How would you know within days, not 90 days, next time?',
        ],
      },
    ],
    hotWashGuide: [
      'When did the team first recognise a fundamental-rights issue, and what prompted it?',
      'Was the Art. 73 awareness time recorded, and by whom?',
      'What change control would have caught the aggregator switch?',
    ],
  },
};
