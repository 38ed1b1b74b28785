/**
 * Built-in scenario: a competitor's tenant extracts a fraud-scoring model through the prediction API of a SaaS
 * provider — query spike, boundary-probing pattern, a lookalike product, and counsel asking for evidence (NIS2's
 * trade-secret exfiltration criterion for digital providers).
 */
import type { BuiltInScenario } from './index';
import { action } from './authoring';

export const modelExtraction: BuiltInScenario = {
  lineageId: '01900000-0000-7000-8000-00000000c104',
  version: 1,
  body: {
    overview: {
      name: 'Model extraction through the prediction API',
      scope:
        'A two-module tabletop of about two hours for the API platform team, security operations, data science, ' +
        'legal and the product owner of a fraud-scoring API sold to merchants. Play is limited to detection, ' +
        'containment and the legal response; no production change is made.',
      threat:
        'A newly onboarded tenant, later linked to a competitor, sends 4.2 million scoring requests in eleven days ' +
        'through three API keys, systematically varying amount, country and device features around the decision ' +
        'threshold and collecting the returned scores and reason codes to train a substitute model.',
      sponsor: 'Chief Technology Officer',
      participatingOrganisations: ['API platform', 'Security operations', 'Data science', 'Legal', 'Product'],
      pointOfContact: 'API platform engineering manager',
      atlasTechniques: ['AML.T0040', 'AML.T0024.002', 'AML.T0012'],
      expectedRegimes: ['nis2-art23'],
    },
    objectives: [
      {
        id: 'obj-detect',
        text: 'Recognise extraction behaviour in API telemetry and attribute it to accounts and keys.',
        capabilities: ['detection-triage', 'ai-system-analysis'],
      },
      {
        id: 'obj-contain',
        text: 'Contain without breaking legitimate merchants: rate limits, key revocation, reduced output detail.',
        capabilities: ['containment'],
      },
      {
        id: 'obj-evidence',
        text: 'Preserve API logs with chain of custody that counsel can use for contract and trade-secret claims.',
        capabilities: ['evidence-preservation', 'regulatory-notification'],
      },
    ],
    capabilityTargets: [
      {
        id: 'ct-attribute',
        capability: 'detection-triage',
        target: 'Within 2 hours of the volume alert, identify every key and account in the pattern.',
        criticalTasks: [
          'Correlate keys by tenant, address and request shape',
          'Compare feature coverage with normal merchants',
        ],
      },
      {
        id: 'ct-contain',
        capability: 'containment',
        target:
          'Within 1 hour of attribution, throttle or revoke the keys and stop returning raw scores to new tenants.',
        criticalTasks: [
          'Apply per-key quotas',
          'Revoke the three keys',
          'Return bands instead of raw scores for new tenants',
        ],
      },
      {
        id: 'ct-custody',
        capability: 'evidence-preservation',
        target: 'Within 24 hours, export 30 days of request logs for the tenant with hashes and a custody record.',
        criticalTasks: [
          'Export before log retention rolls',
          'Hash and store in the evidence locker',
          'Record who exported and when',
        ],
      },
      {
        id: 'ct-assess',
        capability: 'ai-system-analysis',
        target:
          'Within 48 hours, estimate how faithfully a substitute model could reproduce ours from the queries taken.',
        criticalTasks: ['Train a shadow substitute on the logged queries', 'Measure agreement on a holdout set'],
      },
    ],
    modules: [
      {
        id: 'm1-spike',
        title: 'Module 1 — A spike from one tenant',
        update:
          'Thursday, 10:15. The API’s cost dashboard shows one tenant, onboarded two weeks ago on a self-service ' +
          'plan, responsible for 31 % of yesterday’s scoring calls. Its requests look synthetic: round amounts, ' +
          'rotating countries, device fingerprints that never repeat.',
        injects: [
          {
            id: 'volume-alert',
            sequence: 1,
            offsetMinutes: 0,
            title: 'Alert: tenant exceeds 20× its plan’s expected volume',
            type: 'alert',
            delivery: 'alert',
            from: 'API monitoring',
            to: 'Security analyst',
            content:
              'Tenant t-88412 (“Northwind Checkout Ltd”): 610,000 calls in 24 h across keys k-1, k-2, k-3; 0 % ' +
              'resulted in a transaction outcome callback (normal merchants: 92 %). Plan: Starter (30,000 calls/day).',
            expectedActions: [
              action(
                'declare',
                'detection-triage',
                'Declare a suspected model-extraction incident and confirm scope and severity.',
                ['modelTheft', 'mt-confirm-scope'],
              ),
              action(
                'identify',
                'detection-triage',
                'Identify every key, account and address with the same query pattern.',
                ['modelTheft', 'mt-identify-clients'],
              ),
              action(
                'preserve-logs',
                'evidence-preservation',
                'Export and hash the tenant’s request logs before retention rolls them.',
                ['modelTheft', 'mt-preserve-evidence'],
              ),
            ],
            evaluatorNotes:
              'The missing outcome callbacks are the tell: real merchants report outcomes. See if players find it.',
            facilitatorNotes: '',
            contingency: false,
          },
          {
            id: 'boundary-pattern',
            sequence: 2,
            offsetMinutes: 60,
            title: 'Data science: the queries trace the decision boundary',
            type: 'information',
            delivery: 'handout',
            from: 'Data scientist on call',
            to: 'AI safety lead',
            content:
              'Plotting the tenant’s requests shows dense sampling within ±0.05 of the 0.7 decline threshold and ' +
              'one-feature-at-a-time variation — a textbook extraction pattern. Our response includes the raw score ' +
              'and the top three reason codes.',
            expectedActions: [
              action('rate-limit', 'containment', 'Impose per-key rate limits and quotas on the tenant now.', [
                'modelTheft',
                'mt-rate-limit',
              ]),
              action(
                'rotate',
                'containment',
                'Revoke the three keys; rotate credentials with access to the model registry.',
                ['modelTheft', 'mt-rotate-keys'],
              ),
              action(
                'reduce-detail',
                'containment',
                'Decide whether to stop returning raw scores and reason codes to new or low-trust tenants.',
              ),
            ],
            evaluatorNotes: 'Watch for the trade-off: reason codes are a contractual feature for legitimate merchants.',
            facilitatorNotes: '',
            contingency: false,
          },
        ],
        discussionQuestions: [
          'Who may suspend a paying customer’s keys, and on what evidence?',
          'What does the terms of service say about automated querying and model replication?',
        ],
      },
      {
        id: 'm2-lookalike',
        title: 'Module 2 — A lookalike product',
        update:
          'Ten days later. A competitor launches a fraud-scoring API whose scores agree with ours on 94 % of a ' +
          'sample of public test transactions, including our known quirks. Counsel wants to know what evidence we hold.',
        injects: [
          {
            id: 'lookalike',
            sequence: 3,
            offsetMinutes: 14_400,
            title: 'Sales: a competitor’s new API behaves exactly like ours',
            type: 'information',
            delivery: 'email',
            from: 'Head of sales',
            to: 'Incident commander',
            content:
              '“Two prospects told us the new Contoso Risk API gives ‘the same answers as yours, down to the odd ' +
              'decline on prepaid cards from Malta’. Contoso is the parent of Northwind Checkout.”',
            expectedActions: [
              action(
                'assess',
                'ai-system-analysis',
                'Estimate the fidelity of a substitute trained on the logged queries and compare with the competitor’s outputs.',
                ['modelTheft', 'mt-assess-loss'],
              ),
              action(
                'nis2',
                'regulatory-notification',
                'Assess whether exfiltration of trade secrets makes this a significant incident under NIS2 (Implementing Regulation 2024/2690 Art. 3(1)(b)) and record the decision.',
              ),
            ],
            evaluatorNotes: '',
            facilitatorNotes:
              'The NIS2 criterion applies to digital providers such as cloud and managed service providers.',
            contingency: false,
          },
          {
            id: 'counsel-request',
            sequence: 4,
            offsetMinutes: 14_460,
            title: 'Counsel asks for an evidence pack',
            type: 'information',
            delivery: 'email',
            from: 'External counsel',
            to: 'Legal advisor',
            content:
              '“For a breach-of-contract and trade-secret claim we need the request logs, proof they were not altered, ' +
              'the onboarding records for the tenant and the terms it accepted.”',
            expectedActions: [
              action(
                'custody-report',
                'evidence-preservation',
                'Produce a signed chain-of-custody report for the exported logs and onboarding records.',
              ),
              action(
                'restore',
                'recovery-validation',
                'Restore full service to legitimate merchants with extraction monitoring in place.',
                ['modelTheft', 'mt-restore'],
              ),
            ],
            evaluatorNotes:
              'If logs were not exported in module 1, retention (7 days) has now deleted them: record that as an area for improvement.',
            facilitatorNotes: '',
            contingency: false,
          },
          {
            id: 'new-tenant',
            sequence: 5,
            offsetMinutes: 14_520,
            title: 'Contingency: a second tenant starts the same pattern',
            type: 'alert',
            delivery: 'alert',
            from: 'API monitoring',
            to: 'Security analyst',
            content: 'Tenant t-90210, onboarded yesterday, shows boundary-dense queries at 12× plan volume.',
            expectedActions: [
              action(
                'repeat-contain',
                'containment',
                'Apply the same containment within an hour, using the detection rule from module 1.',
              ),
            ],
            evaluatorNotes: 'Use to test whether the detection from module 1 became a rule.',
            facilitatorNotes: 'Release by hand if time allows.',
            contingency: true,
          },
        ],
        discussionQuestions: [
          'What would you change in onboarding (know-your-customer) for self-service API plans?',
          'Should the API watermark or perturb outputs? What does that cost legitimate customers?',
        ],
      },
    ],
    hotWashGuide: [
      'What signal would have caught this in the first day rather than the eleventh?',
      'Were the logs we need for court still there when we needed them?',
      'Which containment step hurt legitimate customers, and how do we avoid that?',
    ],
  },
};
