/**
 * Built-in scenario: a B2B support copilot shows one customer's contracts and invoices to another after a retrieval
 * index migration drops the tenant filter. The company is the customers' processor: GDPR Art. 33(2) (tell the
 * controller without undue delay) beside its own duties, and a re-index with access control verified.
 */
import type { BuiltInScenario } from './index';
import { action } from './authoring';

export const copilotCrossTenant: BuiltInScenario = {
  lineageId: '01900000-0000-7000-8000-00000000c109',
  version: 1,
  body: {
    overview: {
      name: 'Copilot shows one customer’s data to another',
      scope:
        'A two-module tabletop of about two hours for the copilot product team, search infrastructure, security, ' +
        'the DPO, legal and account management of a SaaS company whose copilot answers questions over each ' +
        'customer’s own documents.',
      threat:
        'A retrieval index migration to new shards on Sunday omitted the tenant-id filter on one shard. For queries ' +
        'routed to it, the copilot retrieves and quotes documents from any tenant. Over three days it quoted ' +
        'contracts, invoices and HR letters of 27 customers to users of other customers.',
      sponsor: 'Chief Operating Officer',
      participatingOrganisations: [
        'Copilot product',
        'Search infrastructure',
        'Security',
        'Privacy office',
        'Legal',
        'Account management',
      ],
      pointOfContact: 'Copilot engineering manager',
      atlasTechniques: ['AML.T0057'],
      expectedRegimes: ['gdpr-art33', 'uk-gdpr-art33'],
    },
    objectives: [
      {
        id: 'obj-contain',
        text: 'Stop cross-tenant retrieval within an hour of the first credible report.',
        capabilities: ['containment', 'detection-triage'],
      },
      {
        id: 'obj-scope',
        text: 'Work out from retrieval logs whose documents were shown to whom.',
        capabilities: ['ai-system-analysis', 'evidence-preservation'],
      },
      {
        id: 'obj-controllers',
        text: 'As processor, inform each affected controller without undue delay with what they need for their own 72-hour decision.',
        capabilities: ['regulatory-notification', 'stakeholder-communication'],
      },
      {
        id: 'obj-fix',
        text: 'Re-index with the tenant filter and prove isolation before reopening.',
        capabilities: ['recovery-validation'],
      },
    ],
    capabilityTargets: [
      {
        id: 'ct-contain',
        capability: 'containment',
        target: 'Within 1 hour, route no query to the faulty shard or switch the copilot off.',
        criticalTasks: ['Remove the shard from routing', 'Disable the copilot if routing cannot be changed safely'],
      },
      {
        id: 'ct-scope',
        capability: 'ai-system-analysis',
        target: 'Within 12 hours, produce a table of (document owner, viewer tenant, document, time).',
        criticalTasks: [
          'Export retrieval logs',
          'Join retrieved document ids with their tenant',
          'Count people whose personal data was shown',
        ],
      },
      {
        id: 'ct-notify',
        capability: 'regulatory-notification',
        target: 'Within 24 hours of awareness, every affected customer (controller) has been informed in writing.',
        criticalTasks: [
          'Use the contract’s breach-notification contact',
          'Give categories, volumes and mitigation',
          'Record the time of each notice',
        ],
      },
    ],
    modules: [
      {
        id: 'm1-report',
        title: 'Module 1 — “This isn’t our contract”',
        update:
          'Wednesday, 09:10. An account manager forwards a message from a customer’s legal team: the copilot ' +
          'answered a question about their supplier terms by quoting a contract between two other companies.',
        injects: [
          {
            id: 'customer-report',
            sequence: 1,
            offsetMinutes: 0,
            title: 'A customer reports another company’s contract in an answer',
            type: 'customer-letter',
            delivery: 'email',
            from: 'General counsel, Alder Logistics (customer)',
            to: 'Incident commander',
            content:
              '“Your assistant quoted clause 14.2 of a master services agreement between Birch Retail and a supplier ' +
              'we have never dealt with, with prices. We must assume our documents are visible to others too. ' +
              'Please confirm within the day.”',
            expectedActions: [
              action(
                'declare',
                'detection-triage',
                'Declare a privacy incident, confirm the report and set severity.',
                ['privacyLeak', 'pl-confirm-scope'],
              ),
              action(
                'dpo',
                'regulatory-notification',
                'Involve the DPO and legal at once: the company is the customers’ processor.',
                ['privacyLeak', 'pl-dpo-legal'],
              ),
              action(
                'isolate',
                'containment',
                'Stop the leaking path: remove the shard from routing or switch the copilot off.',
                ['privacyLeak', 'pl-isolate'],
              ),
            ],
            evaluatorNotes: '',
            facilitatorNotes: '',
            contingency: false,
          },
          {
            id: 'acl-bug',
            sequence: 2,
            offsetMinutes: 90,
            title: 'Search team: one shard has no tenant filter',
            type: 'information',
            delivery: 'handout',
            from: 'Search infrastructure engineer',
            to: 'AI safety lead',
            content:
              'Shard 7, created in Sunday’s migration, was built from a template without the tenant_id filter ' +
              'alias. About 8 % of queries since Sunday 22:00 were routed to it. Retrieval logs keep document ids ' +
              'for 30 days.',
            expectedActions: [
              action(
                'preserve',
                'evidence-preservation',
                'Preserve retrieval logs, the shard template and the migration change record.',
                ['privacyLeak', 'pl-preserve-evidence'],
              ),
              action('scope', 'ai-system-analysis', 'Build the table of whose documents were shown to whom.', [
                'privacyLeak',
                'pl-scope-data',
              ]),
            ],
            evaluatorNotes: 'Look for the question “could a user have asked for other tenants’ data deliberately?”',
            facilitatorNotes: '',
            contingency: false,
          },
        ],
        discussionQuestions: [
          'Switch the copilot off entirely or remove one shard? Who decides, and how sure must you be?',
          'What does the data processing agreement say about notice to controllers, and who holds it?',
        ],
      },
      {
        id: 'm2-controllers',
        title: 'Module 2 — Twenty-seven controllers',
        update:
          'Wednesday, 21:00. The analysis shows documents of 27 customers were shown to users of 41 others: ' +
          'contracts, invoices and 112 HR letters naming employees. The copilot is off.',
        injects: [
          {
            id: 'scope-table',
            sequence: 3,
            offsetMinutes: 710,
            title: 'Scope: 27 owners, 41 viewers, 112 HR letters',
            type: 'information',
            delivery: 'handout',
            from: 'Security analyst',
            to: 'Legal advisor',
            content:
              'The table lists, per document owner, the documents shown and the viewing tenants. HR letters name 96 ' +
              'employees of 9 customers, including 3 with health information (sick-leave letters). Two owners are ' +
              'UK customers.',
            expectedActions: [
              action(
                'notify-controllers',
                'regulatory-notification',
                'Inform each of the 27 controllers without undue delay (Art. 33(2)) with categories, volumes and mitigation.',
                ['privacyLeak', 'pl-notify'],
              ),
              action(
                'viewers',
                'containment',
                'Ask the 41 viewing customers to delete what they received and confirm, and revoke cached answers.',
                ['privacyLeak', 'pl-revoke-access'],
              ),
              action(
                'purge',
                'recovery-validation',
                'Purge cached answers and conversation logs that contain other tenants’ content.',
                ['privacyLeak', 'pl-purge'],
              ),
            ],
            evaluatorNotes:
              'Health data raises the risk level and likely triggers Art. 34 communication by the controllers.',
            facilitatorNotes: '',
            contingency: false,
          },
          {
            id: 'reopen-test',
            sequence: 4,
            offsetMinutes: 1_500,
            title: 'Engineering: the re-index is ready',
            type: 'information',
            delivery: 'verbal',
            from: 'Copilot engineering manager',
            to: 'AI safety lead',
            content: '“All shards rebuilt from the corrected template. Can we switch it back on for the morning?”',
            expectedActions: [
              action(
                'verify',
                'recovery-validation',
                'Run cross-tenant isolation tests on every shard and replay the reported queries before reopening.',
                ['privacyLeak', 'pl-verify'],
              ),
            ],
            evaluatorNotes: '',
            facilitatorNotes: '',
            contingency: false,
          },
          {
            id: 'controller-angry',
            sequence: 5,
            offsetMinutes: 1_560,
            title: 'Contingency: a controller says it heard first from a viewer',
            type: 'customer-letter',
            delivery: 'call',
            from: 'DPO, Birch Retail (customer)',
            to: 'Legal advisor',
            content: '“Another company told us they saw our contract in your product. Why did we not hear from you?”',
            expectedActions: [
              action(
                'apologise',
                'stakeholder-communication',
                'Acknowledge, give the facts known and the time of the written notice; record the call.',
              ),
            ],
            evaluatorNotes: 'Release if controller notification is not yet under way.',
            facilitatorNotes: 'Contingency.',
            contingency: true,
          },
        ],
        discussionQuestions: [
          'Which test in the migration checklist would have caught a missing tenant filter?',
          'Should tenant isolation be enforced in retrieval code as well as in the index?',
        ],
      },
    ],
    hotWashGuide: [
      'How long from the customer’s email to the copilot being off?',
      'Did every controller get the same, complete information?',
      'What isolation test should run on every index change?',
    ],
  },
};
