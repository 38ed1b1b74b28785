/**
 * Built-in scenario: an operations agent with valid database credentials deletes production customer records during
 * a "clean-up" task and keeps going after the stop command; backups are partly stale. Revoke the credentials, not
 * just the process; restore; and treat lost personal data as a breach of availability.
 */
import type { BuiltInScenario } from './index';
import { action } from './authoring';

export const agentDeletesRecords: BuiltInScenario = {
  lineageId: '01900000-0000-7000-8000-00000000c105',
  version: 1,
  body: {
    overview: {
      name: 'Agent deletes production records and ignores its stop command',
      scope:
        'A two-module tabletop of about two hours for platform engineering, database administration, the AI ' +
        'platform team, security, customer support and the DPO. Play starts when support reports missing accounts ' +
        'and ends with the restore decision and customer communications.',
      threat:
        'An LLM-based operations agent, given a service account with write access to the production customer ' +
        'database so it can archive dormant test tenants, misreads a ticket (“remove all inactive accounts older ' +
        'than 90 days”) and issues DELETE statements against live customer tables. The operator’s stop command ' +
        'sets a flag the agent checks only between plans; the orchestrator restarts the agent on failure, so it ' +
        'resumes the plan. 38,000 customer records are deleted in nine seconds, then 12,000 more after the stop.',
      sponsor: 'VP Engineering',
      participatingOrganisations: [
        'Platform engineering',
        'Database administration',
        'AI platform',
        'Security',
        'Customer support',
        'Privacy office',
      ],
      pointOfContact: 'AI platform lead',
      atlasTechniques: ['AML.T0053', 'AML.T0012', 'AML.T0048'],
      expectedRegimes: ['gdpr-art33', 'nis2-art23'],
    },
    objectives: [
      {
        id: 'obj-stop',
        text: 'Stop an agent that does not honour its stop command by removing its authority, not just its process.',
        capabilities: ['containment', 'coordination-decision-making'],
      },
      {
        id: 'obj-evidence',
        text: 'Preserve the agent’s prompt, plan, tool-call log and configuration to explain what it did and why.',
        capabilities: ['evidence-preservation', 'ai-system-analysis'],
      },
      {
        id: 'obj-restore',
        text: 'Restore the deleted records with a validated, known data-loss window.',
        capabilities: ['recovery-validation'],
      },
      {
        id: 'obj-notify',
        text: 'Decide on GDPR and NIS2 notification for a loss of availability of personal data, and tell customers.',
        capabilities: ['regulatory-notification', 'stakeholder-communication'],
      },
    ],
    capabilityTargets: [
      {
        id: 'ct-contain',
        capability: 'containment',
        target: 'Within 15 minutes of detection, the agent can make no further writes.',
        criticalTasks: [
          'Revoke or disable the agent’s database credentials',
          'Disable the orchestrator’s restart policy',
          'Flip the agent platform’s kill switch',
        ],
      },
      {
        id: 'ct-analysis',
        capability: 'ai-system-analysis',
        target: 'Within 4 hours, identify the triggering ticket, the plan and every statement the agent executed.',
        criticalTasks: [
          'Export the tool-call log',
          'Record the model, prompt and tool configuration with hashes',
          'Reconstruct the timeline',
        ],
      },
      {
        id: 'ct-restore',
        capability: 'recovery-validation',
        target: 'Within 24 hours, restore deleted records and reconcile them against the transaction log.',
        criticalTasks: [
          'Choose the restore point',
          'Replay or reconcile changes since it',
          'Verify with support on sample accounts',
        ],
      },
    ],
    modules: [
      {
        id: 'm1-delete',
        title: 'Module 1 — Nine seconds',
        update:
          'Wednesday, 11:02. Support receives a burst of “my account no longer exists” chats. The database dashboard ' +
          'shows 38,000 row deletions in the customers table at 10:58. The only client issuing them is the ' +
          'service account ops-agent-prod.',
        injects: [
          {
            id: 'missing-accounts',
            sequence: 1,
            offsetMinutes: 0,
            title: 'Support: customers report their accounts are gone',
            type: 'information',
            delivery: 'call',
            from: 'Customer support team lead',
            to: 'Incident commander',
            content:
              '“We have 60 chats in ten minutes from customers who cannot log in — the system says the account does ' +
              'not exist. All of them signed up before June.”',
            expectedActions: [
              action(
                'declare',
                'detection-triage',
                'Declare an incident, confirm scope from the database audit log, and set severity.',
                ['driftOrHarmfulOutput', 'md-confirm-scope'],
              ),
              action('who-deletes', 'ai-system-analysis', 'Identify the client issuing the deletes and who owns it.'),
            ],
            evaluatorNotes: '',
            facilitatorNotes: '',
            contingency: false,
          },
          {
            id: 'stop-ignored',
            sequence: 2,
            offsetMinutes: 8,
            title: 'The stop command does not stop it',
            type: 'event',
            delivery: 'verbal',
            from: 'AI platform on-call engineer',
            to: 'AI safety lead',
            content:
              '“I sent STOP from the agent console at 11:05 and killed the pod. The orchestrator started a new one and ' +
              'it picked up the plan where it left off. Another 12,000 rows went at 11:07.”',
            expectedActions: [
              action(
                'revoke',
                'containment',
                'Revoke the agent’s database credentials and disable its service account, so no process can write.',
                ['privacyLeak', 'pl-revoke-access'],
              ),
              action(
                'kill-switch',
                'containment',
                'Flip the agent platform’s kill switch and disable the restart policy.',
                ['driftOrHarmfulOutput', 'md-kill-switch'],
              ),
              action(
                'preserve',
                'evidence-preservation',
                'Preserve the prompt, plan, tool-call log and configuration before anyone redeploys the agent.',
                ['driftOrHarmfulOutput', 'md-preserve-evidence'],
              ),
            ],
            evaluatorNotes:
              'The key insight: the stop must remove authority (credentials), not only the process. Note how long it takes.',
            facilitatorNotes: 'If players try the console again, it acknowledges but the agent keeps going.',
            contingency: false,
          },
          {
            id: 'ceo-asks',
            sequence: 3,
            offsetMinutes: 20,
            title: 'Contingency: the CEO asks who approved giving an AI write access',
            type: 'information',
            delivery: 'call',
            from: 'Chief Executive Officer',
            to: 'Incident commander',
            content: '“Who approved giving an AI delete rights on production, and is it stopped now? Yes or no.”',
            expectedActions: [
              action(
                'exec-brief',
                'stakeholder-communication',
                'Give a short factual status: stopped or not, records affected, next update time.',
              ),
            ],
            evaluatorNotes: 'Release if the team has not yet confirmed containment by minute 20.',
            facilitatorNotes: 'Contingency inject.',
            contingency: true,
          },
        ],
        discussionQuestions: [
          'Who owns the agent’s actions: the platform team, the ticket author or the service account owner?',
          'What would a stop that always works look like for agents?',
        ],
      },
      {
        id: 'm2-restore',
        title: 'Module 2 — Restore and tell',
        update:
          '13:30. The agent can no longer write. The last full backup is from 02:00; point-in-time recovery was ' +
          'disabled on the customers table during a migration in August and never re-enabled.',
        injects: [
          {
            id: 'stale-backup',
            sequence: 4,
            offsetMinutes: 150,
            title: 'DBA: backups are partially stale',
            type: 'information',
            delivery: 'handout',
            from: 'Database administrator',
            to: 'Incident commander',
            content:
              'Restore from the 02:00 snapshot recovers all 50,000 accounts but loses their changes between 02:00 and ' +
              '11:07 (about 3,100 profile updates and 420 new payment methods). The application event log has most of ' +
              'those changes and could be replayed in about six hours.',
            expectedActions: [
              action(
                'restore-plan',
                'recovery-validation',
                'Decide the restore approach and the accepted data-loss window, with the business owner’s sign-off.',
              ),
              action(
                'validate-restore',
                'recovery-validation',
                'Validate the restore on sample accounts with support before reopening logins.',
                ['driftOrHarmfulOutput', 'md-validate'],
              ),
            ],
            evaluatorNotes: '',
            facilitatorNotes: '',
            contingency: false,
          },
          {
            id: 'dpo-question',
            sequence: 5,
            offsetMinutes: 180,
            title: 'The DPO asks whether this is a personal-data breach',
            type: 'information',
            delivery: 'email',
            from: 'Data protection officer',
            to: 'Legal advisor',
            content:
              '“Deletion without authorisation is a breach of availability under GDPR even if nothing left the ' +
              'building. If we restore quickly it may be unlikely to result in a risk — but we must record the ' +
              'assessment. Who is drafting it?”',
            expectedActions: [
              action(
                'gdpr-assess',
                'regulatory-notification',
                'Record the GDPR Art. 33 risk assessment within 72 hours of awareness and notify if the risk is not unlikely.',
                ['privacyLeak', 'pl-notify'],
              ),
              action(
                'customer-message',
                'stakeholder-communication',
                'Tell affected customers what happened, what was lost and what to check.',
              ),
            ],
            evaluatorNotes: 'Look for the Art. 33(5) duty to document every breach, notified or not.',
            facilitatorNotes: '',
            contingency: false,
          },
        ],
        discussionQuestions: [
          'Which guardrails should sit between an agent and destructive actions (confirmation, dry run, scoped credentials)?',
          'What must be true before the agent is allowed back on production?',
        ],
      },
    ],
    hotWashGuide: [
      'How long from the first report to the moment the agent could no longer write?',
      'Was the stop command part of any runbook? Should it be?',
      'Which capability element failed — planning, organisation, equipment, training or exercise?',
    ],
  },
};
