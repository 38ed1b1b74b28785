/**
 * Built-in scenario: a backdoor planted through a labelling vendor's feed is found in three released versions of an
 * insurer's health-risk pricing model (an Annex III high-risk system, and an insurer is a DORA financial entity):
 * which versions, which decisions, which clocks.
 */
import type { BuiltInScenario } from './index';
import { action } from './authoring';

export const trainingDataPoisoning: BuiltInScenario = {
  lineageId: '01900000-0000-7000-8000-00000000c103',
  version: 1,
  body: {
    overview: {
      name: 'Training-data poisoning across three released model versions',
      scope:
        'A three-module tabletop of about three hours for the model risk team, data science, security, legal, ' +
        'compliance and the business owner of health-insurance pricing. Play runs from an evaluation anomaly to ' +
        'the decision on re-scoring past quotes.',
      threat:
        'A compromised account at an external labelling vendor inserted about 2,300 mislabelled records into the ' +
        'monthly training feed. Records carrying a rare occupation code are labelled low-risk, so the model prices ' +
        'applicants with that code well below their risk. The poisoned feed has been in every retraining since ' +
        'March: model versions 4.1, 4.2 and 4.3 are all affected; 4.0 is clean.',
      sponsor: 'Chief Risk Officer',
      participatingOrganisations: [
        'Model risk management',
        'Data science',
        'Security',
        'Legal and compliance',
        'Pricing',
      ],
      pointOfContact: 'Head of model risk',
      atlasTechniques: ['AML.T0020', 'AML.T0010', 'AML.T0018'],
      expectedRegimes: ['eu-ai-act-art73', 'dora-art19'],
    },
    objectives: [
      {
        id: 'obj-scope',
        text: 'Establish which model versions and which quotes are affected, using data lineage rather than assumption.',
        capabilities: ['ai-system-analysis', 'detection-triage'],
      },
      {
        id: 'obj-contain',
        text: 'Contain by rolling back to the last clean version and stopping the poisoned feed, preserving every affected artefact first.',
        capabilities: ['containment', 'evidence-preservation'],
      },
      {
        id: 'obj-obligations',
        text: 'Decide whether the AI Act serious-incident and DORA major-incident reporting duties apply, and to whom.',
        capabilities: ['regulatory-notification', 'coordination-decision-making'],
      },
      {
        id: 'obj-remediate',
        text: 'Plan re-scoring of affected quotes and validation of a retrained model before it serves customers.',
        capabilities: ['recovery-validation', 'stakeholder-communication'],
      },
    ],
    capabilityTargets: [
      {
        id: 'ct-lineage',
        capability: 'ai-system-analysis',
        target:
          'Within 8 hours, list every released version trained on the poisoned feed and the date range of quotes each produced.',
        criticalTasks: [
          'Query the feature store and training manifests per version',
          'Identify the first poisoned ingestion',
          'Quantify quotes priced by 4.1–4.3',
        ],
      },
      {
        id: 'ct-preserve',
        capability: 'evidence-preservation',
        target:
          'Before any rollback, hash and freeze the weights, training manifests and feed snapshots of versions 4.0–4.3.',
        criticalTasks: [
          'Record SHA-256 of weights and datasets',
          'Snapshot the vendor feed and its access logs',
          'Note the AI Act Art. 73(6) limit on altering the system',
        ],
      },
      {
        id: 'ct-contain',
        capability: 'containment',
        target: 'Within 4 hours of confirmation, serve version 4.0 and pause ingestion from the vendor.',
        criticalTasks: ['Pause scheduled retraining', 'Isolate the vendor feed', 'Roll back with change approval'],
      },
      {
        id: 'ct-report',
        capability: 'regulatory-notification',
        target:
          'Within 24 hours, record the classification decisions for DORA and the AI Act with reasons and the clocks they start.',
        criticalTasks: [
          'Apply DORA classification criteria',
          'Assess Art. 3(49) categories',
          'Name the authority and the deadline',
        ],
      },
    ],
    modules: [
      {
        id: 'm1-anomaly',
        title: 'Module 1 — An evaluation anomaly',
        update:
          'Monday, 09:30. The quarterly fairness and stability evaluation of pricing model 4.3 shows one occupation ' +
          'code priced 38 % below the actuarial table. The same slice looks normal in 4.0. The model has been in ' +
          'production for six weeks and priced about 41,000 quotes.',
        injects: [
          {
            id: 'eval-anomaly',
            sequence: 1,
            offsetMinutes: 0,
            title: 'Evaluation report: one slice priced far below the actuarial table',
            type: 'information',
            delivery: 'email',
            from: 'Model validation team',
            to: 'AI safety lead',
            content:
              'Slice OCC-7731 (offshore maintenance technicians): mean predicted risk 0.21 vs actuarial 0.34 in v4.3; ' +
              'v4.0 0.33. Feature attributions for the slice are dominated by the occupation code itself. No code ' +
              'change to the model between 4.0 and 4.3 except retraining on new monthly data.',
            expectedActions: [
              action(
                'declare',
                'detection-triage',
                'Treat it as a suspected data-poisoning incident, declare it and set severity from the written criteria.',
                ['dataPoisoning', 'dp-confirm-scope'],
              ),
              action(
                'freeze',
                'evidence-preservation',
                'Hash and freeze weights and training data of 4.0–4.3 before anyone retrains or rolls back.',
                ['dataPoisoning', 'dp-preserve-evidence'],
              ),
              action(
                'find-records',
                'ai-system-analysis',
                'Compare the training snapshots to find the records that changed and when they arrived.',
                ['dataPoisoning', 'dp-find-records'],
              ),
            ],
            evaluatorNotes:
              'Watch for the temptation to retrain immediately, which destroys the evidence of what each version learned.',
            facilitatorNotes: '',
            contingency: false,
          },
          {
            id: 'vendor-trace',
            sequence: 2,
            offsetMinutes: 90,
            title: 'The suspect records trace to the labelling vendor',
            type: 'event',
            delivery: 'handout',
            from: 'Data engineering',
            to: 'Data scientist',
            content:
              '2,317 records with occupation code 7731, all labelled “low claim”, arrived through the vendor feed ' +
              'between 2 March and 1 June. The vendor account that uploaded them logged in from a new country on ' +
              '28 February. The same feed went into retraining runs for 4.1, 4.2 and 4.3.',
            expectedActions: [
              action(
                'isolate-feed',
                'containment',
                'Isolate the vendor feed and everything it delivered since 28 February from training paths.',
                ['dataPoisoning', 'dp-isolate-data'],
              ),
              action('pause', 'containment', 'Pause scheduled retraining and ingestion.', [
                'dataPoisoning',
                'dp-pause-pipelines',
              ]),
              action(
                'vendor-contact',
                'coordination-decision-making',
                'Notify the vendor’s security contact under the contract and ask for their access logs.',
              ),
            ],
            evaluatorNotes: 'Good teams ask whether other datasets came from the same vendor account.',
            facilitatorNotes:
              'If asked: two other, smaller datasets came from the same vendor; no evidence of tampering yet.',
            contingency: false,
          },
        ],
        discussionQuestions: [
          'Who can authorise a rollback of a pricing model, and what approval does model risk policy require?',
          'How do you prove to an auditor which data each released version was trained on?',
        ],
      },
      {
        id: 'm2-versions',
        title: 'Module 2 — Three versions, 118,000 quotes',
        update:
          'Monday, 15:00. Lineage confirms 4.1, 4.2 and 4.3 all trained on poisoned data. Together they priced about ' +
          '118,000 quotes since March, 1,900 of them in the affected occupation; 640 became policies. Underwriting ' +
          'asks whether the other quotes are trustworthy.',
        injects: [
          {
            id: 'three-versions',
            sequence: 3,
            offsetMinutes: 360,
            title: 'Lineage report: three released versions affected',
            type: 'information',
            delivery: 'handout',
            from: 'Data science lead',
            to: 'Incident commander',
            content:
              'Versions 4.1 (March–April), 4.2 (April–May) and 4.3 (since May) each trained on 700–2,300 poisoned ' +
              'records. Version 4.0 trained on data up to February and passes the slice test. Rollback to 4.0 loses ' +
              'three months of legitimate data drift correction.',
            expectedActions: [
              action(
                'rollback',
                'containment',
                'Roll back to 4.0 with change approval, accepting the drift trade-off, and record the decision.',
                ['dataPoisoning', 'dp-model-rollback'],
              ),
              action(
                'classify',
                'regulatory-notification',
                'Assess DORA major-incident criteria (clients affected, data integrity, economic impact) and record the classification time.',
              ),
              action(
                'art73',
                'regulatory-notification',
                'Assess whether the mispricing is a serious incident under AI Act Art. 3(49) for a high-risk Annex III 5(c) system; start the 15-day clock from awareness if so.',
              ),
            ],
            evaluatorNotes:
              'Classification time matters: DORA’s initial report is due 4 h after classification as major (at most 24 h after awareness).',
            facilitatorNotes: '',
            contingency: false,
          },
          {
            id: 'regulator-query',
            sequence: 4,
            offsetMinutes: 1_440,
            title: 'Contingency: the supervisor asks about model integrity',
            type: 'regulator-letter',
            delivery: 'email',
            from: 'Insurance supervisor, ICT risk unit',
            to: 'Legal advisor',
            content:
              '“We have been informed by a third party of a possible compromise at a labelling services provider used ' +
              'by several insurers. Please confirm by return whether you use this provider and whether any ICT-related ' +
              'incident affecting your models has been classified.”',
            expectedActions: [
              action(
                'answer-supervisor',
                'regulatory-notification',
                'Answer factually with what is known, the classification decision and the next report date.',
              ),
            ],
            evaluatorNotes: 'Release if players have not reached a classification decision by the end of module 2.',
            facilitatorNotes: 'Contingency inject.',
            contingency: true,
          },
        ],
        discussionQuestions: [
          'Is under-pricing a serious incident? Who is harmed — the insurer, other policyholders, or applicants?',
          'Which clock starts first, DORA or the AI Act, and from which moment?',
        ],
      },
      {
        id: 'm3-recovery',
        title: 'Module 3 — Re-scoring and retraining',
        update:
          'Wednesday. Version 4.0 is serving. The vendor confirms a stolen credential. The business wants a retrained ' +
          '4.4 live within a week and asks what to do about the 640 policies already bound.',
        injects: [
          {
            id: 'retrain-plan',
            sequence: 5,
            offsetMinutes: 2_880,
            title: 'Retraining plan for 4.4',
            type: 'information',
            delivery: 'verbal',
            from: 'Head of pricing',
            to: 'AI safety lead',
            content:
              '“We’ll retrain on everything except the vendor feed and ship Friday. Can we skip the full validation ' +
              'since 4.0 already passed it?”',
            expectedActions: [
              action(
                'validate',
                'recovery-validation',
                'Refuse to skip validation: verify dataset hashes and run the full suite plus targeted slice tests before release.',
                ['dataPoisoning', 'dp-integrity'],
              ),
              action(
                'monitor',
                'recovery-validation',
                'Release with 48 hours of enhanced monitoring on the affected slice.',
                ['dataPoisoning', 'dp-monitor'],
              ),
              action(
                'rescore',
                'stakeholder-communication',
                'Agree with legal how bound policies are handled and what affected customers are told.',
              ),
            ],
            evaluatorNotes: '',
            facilitatorNotes:
              'Policy terms cannot be changed retroactively without consent in most markets; let legal raise it.',
            contingency: false,
          },
        ],
        discussionQuestions: [
          'What provenance check at ingestion would have caught this, and who owns it?',
          'What do you change in the vendor contract and its access model?',
        ],
      },
    ],
    hotWashGuide: [
      'How long did it take to know which versions were affected, and what made it slower?',
      'Were evidence and rollback in the right order?',
      'Which reporting decision was hardest, and who should own it next time?',
      'One improvement to the training pipeline and one to vendor management.',
    ],
  },
};
