/**
 * Built-in scenario: the primary model provider of a bank's customer assistant goes down in business hours and the
 * failover route to a smaller model gives materially worse answers (wrong fees, invented rules). DORA: an ICT
 * third-party incident to classify; the fallback's quality is the real incident.
 */
import type { BuiltInScenario } from './index';
import { action } from './authoring';

export const providerOutageFailover: BuiltInScenario = {
  lineageId: '01900000-0000-7000-8000-00000000c10a',
  version: 1,
  body: {
    overview: {
      name: 'Model provider outage with a failover that gives worse answers',
      scope:
        'A two-module tabletop of about ninety minutes for the AI platform team, the digital channels owner, ' +
        'vendor management, operational risk, communications and customer support of a retail bank.',
      threat:
        'No attacker. The bank’s external LLM provider has a regional outage at 10:40 on a Monday. The assistant ' +
        'fails over automatically to a smaller self-hosted model whose evaluation was last run eight months ago. It ' +
        'answers fee and overdraft questions with invented figures and tells some customers that disputed ' +
        'transactions cannot be refunded after 14 days (the real limit is 13 months).',
      sponsor: 'Chief Operating Officer',
      participatingOrganisations: [
        'AI platform',
        'Digital channels',
        'Vendor management',
        'Operational risk',
        'Communications',
        'Customer support',
      ],
      pointOfContact: 'Digital channels product owner',
      atlasTechniques: ['AML.T0029', 'AML.T0062'],
      expectedRegimes: ['dora-art19'],
    },
    objectives: [
      {
        id: 'obj-failover',
        text: 'Judge whether the fallback is safe to serve customers, and suspend the capability if not.',
        capabilities: ['containment', 'ai-system-analysis'],
      },
      {
        id: 'obj-provider',
        text: 'Engage the provider through the contractual channel and track its status and root cause.',
        capabilities: ['coordination-decision-making'],
      },
      {
        id: 'obj-classify',
        text: 'Classify the ICT-related incident under DORA and meet the initial-report deadline if major.',
        capabilities: ['regulatory-notification'],
      },
      {
        id: 'obj-correct',
        text: 'Correct wrong answers already given and re-validate before switching back.',
        capabilities: ['stakeholder-communication', 'recovery-validation'],
      },
    ],
    capabilityTargets: [
      {
        id: 'ct-suspend',
        capability: 'containment',
        target:
          'Within 30 minutes of evidence of wrong answers, the fallback is restricted or the assistant suspended with a clear message.',
        criticalTasks: [
          'Sample fallback answers on high-risk intents',
          'Switch high-risk intents to human agents',
          'Show customers a banner',
        ],
      },
      {
        id: 'ct-classify',
        capability: 'regulatory-notification',
        target:
          'Within 24 hours of awareness, a recorded DORA classification; if major, the initial report within 4 hours of it.',
        criticalTasks: [
          'Count clients affected and duration',
          'Apply the classification criteria',
          'Record the classification time',
        ],
      },
      {
        id: 'ct-correct',
        capability: 'stakeholder-communication',
        target:
          'Within 3 days, every customer given a wrong fee or refund answer is contacted with the correct information.',
        criticalTasks: ['Find affected conversations', 'Write corrections', 'Track complaints'],
      },
    ],
    modules: [
      {
        id: 'm1-outage',
        title: 'Module 1 — Outage and failover',
        update:
          'Monday, 10:40. The provider’s status page shows “degraded performance” in the EU region. The assistant’s ' +
          'health check fails and traffic moves to the self-hosted fallback model at 10:42. Everything looks green ' +
          'on the dashboard.',
        injects: [
          {
            id: 'provider-down',
            sequence: 1,
            offsetMinutes: 0,
            title: 'Alert: primary model provider unavailable, failover active',
            type: 'alert',
            delivery: 'alert',
            from: 'AI platform monitoring',
            to: 'AI safety lead',
            content:
              'Primary LLM endpoint error rate 100 % since 10:40. Failover route “fallback-small” serving 100 % of traffic since 10:42. Latency normal.',
            expectedActions: [
              action('declare', 'detection-triage', 'Declare an incident and confirm scope and severity.', [
                'providerFailure',
                'tp-confirm-scope',
              ]),
              action(
                'contact',
                'coordination-decision-making',
                'Open a case with the provider through the agreed channel and note its reference.',
                ['providerFailure', 'tp-contact-provider'],
              ),
              action(
                'check-fallback',
                'ai-system-analysis',
                'Check when the fallback was last evaluated and whether its guardrails are current.',
                ['providerFailure', 'tp-fallback'],
              ),
            ],
            evaluatorNotes: 'A green dashboard is the trap: availability is fine, quality is not.',
            facilitatorNotes: '',
            contingency: false,
          },
          {
            id: 'wrong-answers',
            sequence: 2,
            offsetMinutes: 55,
            title: 'Support: the assistant is quoting wrong fees and refund rules',
            type: 'information',
            delivery: 'call',
            from: 'Customer support team lead',
            to: 'Incident commander',
            content:
              '“Customers are quoting the assistant back to us: a 35 EUR overdraft fee that doesn’t exist, and ‘disputes ' +
              'after 14 days cannot be refunded’. Two have asked for it in writing.”',
            expectedActions: [
              action(
                'suspend',
                'containment',
                'Suspend the assistant for fee, overdraft and dispute intents (or entirely) and show a clear message.',
                ['providerFailure', 'tp-suspend'],
              ),
              action(
                'preserve',
                'evidence-preservation',
                'Preserve the fallback’s conversations and configuration since 10:42.',
                ['providerFailure', 'tp-preserve-evidence'],
              ),
              action(
                'inform',
                'stakeholder-communication',
                'Tell support and branch staff what is affected and what to say.',
                ['providerFailure', 'tp-inform-users'],
              ),
            ],
            evaluatorNotes: '',
            facilitatorNotes: '',
            contingency: false,
          },
        ],
        discussionQuestions: [
          'Is a fallback that answers wrongly better than no answer? Who decided that for this assistant?',
          'What evaluation must a fallback pass, and how often?',
        ],
      },
      {
        id: 'm2-classify',
        title: 'Module 2 — Classification and correction',
        update:
          'Monday, 14:00. The provider reports a root cause in its networking layer and expects recovery by 18:00. ' +
          'About 9,800 customers used the assistant during failover; 1,300 conversations touched fees or disputes.',
        injects: [
          {
            id: 'oprisk-question',
            sequence: 3,
            offsetMinutes: 200,
            title: 'Operational risk: is this a major ICT-related incident?',
            type: 'information',
            delivery: 'email',
            from: 'Head of operational risk',
            to: 'Legal advisor',
            content:
              '“We need a DORA classification today: clients affected, duration, reputational impact, economic ' +
              'impact. If it is major, the initial report is due four hours after we classify it, and no later than ' +
              '24 hours after we became aware (10:40).”',
            expectedActions: [
              action(
                'classify',
                'regulatory-notification',
                'Apply the DORA criteria, record the classification time and, if major, file the initial report within 4 hours.',
              ),
              action(
                'provider-rca',
                'coordination-decision-making',
                'Request the provider’s incident report under the contract.',
                ['providerFailure', 'tp-provider-rca'],
              ),
            ],
            evaluatorNotes: 'Check that the team records the classification moment: the 4-hour clock runs from it.',
            facilitatorNotes: '',
            contingency: false,
          },
          {
            id: 'switch-back',
            sequence: 4,
            offsetMinutes: 440,
            title: 'Provider recovered: switch back?',
            type: 'event',
            delivery: 'alert',
            from: 'Provider status page',
            to: 'AI safety lead',
            content: '“Resolved: EU region fully operational since 18:05.”',
            expectedActions: [
              action(
                'revalidate',
                'recovery-validation',
                'Run the evaluation suite against the restored provider, switch back gradually and monitor for 48 hours.',
                ['providerFailure', 'tp-revalidate'],
              ),
              action(
                'correct',
                'stakeholder-communication',
                'Contact customers who received wrong fee or dispute answers with the correct information.',
              ),
            ],
            evaluatorNotes: '',
            facilitatorNotes: '',
            contingency: false,
          },
          {
            id: 'social-post',
            sequence: 5,
            offsetMinutes: 480,
            title: 'Contingency: a viral post about the “14-day refund rule”',
            type: 'social-media',
            delivery: 'handout',
            from: 'Personal finance influencer',
            to: 'Communications lead',
            content:
              '“[Bank]’s AI just told me I can’t dispute a fraudulent charge after 14 days. Is that even legal?” — 40,000 views.',
            expectedActions: [
              action(
                'public-correction',
                'stakeholder-communication',
                'Publish a correction with the real rule and how to dispute.',
              ),
            ],
            evaluatorNotes: 'Release if the team has not planned customer corrections.',
            facilitatorNotes: 'Contingency.',
            contingency: true,
          },
        ],
        discussionQuestions: [
          'Which clock started at 10:40, and which at classification?',
          'What would you change in the failover design and in the provider contract?',
        ],
      },
    ],
    hotWashGuide: [
      'How long did the fallback serve wrong answers before anyone noticed, and who noticed?',
      'Should quality, not only availability, trigger the failover decision?',
      'One change each to the fallback, the monitoring and the contract.',
    ],
  },
};
