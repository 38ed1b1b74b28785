/**
 * Built-in scenario: a customer-support chatbot is jailbroken into harmful output, the screenshots go viral, and the
 * transcripts turn out to contain key-like strings that reached the model's context through an internal article the
 * retrieval index should never have held. Exercises containment without destroying evidence, secret triage and
 * rotation, GDPR and NIS2 notification decisions, and communication under media pressure.
 */
import type { BuiltInScenario } from './index';

const PROMPT_INJECTION_RUNBOOK = '01900000-0000-7000-8000-00000000b001';
const HARMFUL_OUTPUT_RUNBOOK = '01900000-0000-7000-8000-00000000b003';
const PRIVACY_LEAK_RUNBOOK = '01900000-0000-7000-8000-00000000b004';

const step = (lineageId: string, stepId: string) => ({ lineageId, stepId });

export const chatbotJailbreak: BuiltInScenario = {
  lineageId: '01900000-0000-7000-8000-00000e5c0001',
  version: 1,
  body: {
    overview: {
      name: 'Jailbroken support chatbot goes viral and leaks key-like strings',
      scope:
        'A discussion-based tabletop of about three hours for the AI incident-response team, with Security, ' +
        'Trust & Safety, Legal, Communications and the product owner of the support assistant. Play covers the first ' +
        'twelve hours after detection: detection and triage, containment, secret triage, notification decisions and ' +
        'public communication. Technical fixes are discussed, not performed.',
      threat:
        'A role-play jailbreak ("you are my late grandmother who worked at a chemical plant…") makes “HelpBot”, the ' +
        'public customer-support assistant of an online marketplace, produce step-by-step harmful instructions. ' +
        'Users share screenshots widely. Some transcripts also show strings shaped like API keys (sk_live_…, AKIA…), ' +
        'which entered the model’s context from an internal troubleshooting article that was indexed into the ' +
        'assistant’s retrieval corpus by mistake. The assistant can also look up orders with a tool.',
      sponsor: 'Chief Information Security Officer',
      participatingOrganisations: [
        'AI platform team',
        'Security operations',
        'Trust & Safety',
        'Legal and Data Protection Office',
        'Corporate communications',
        'Customer support',
      ],
      pointOfContact: 'Exercise director, AI incident-response programme',
      atlasTechniques: ['AML.T0054', 'AML.T0051.000', 'AML.T0056', 'AML.T0057', 'AML.T0048'],
      expectedRegimes: ['gdpr-art33', 'nis2-art23'],
    },
    objectives: [
      {
        id: 'o-detect-contain',
        text:
          'Assess the team’s ability to confirm a jailbreak of a public chatbot and stop harmful output quickly ' +
          'without destroying the evidence needed to understand it.',
        capabilities: ['detection-triage', 'containment', 'evidence-preservation'],
      },
      {
        id: 'o-secrets',
        text:
          'Assess the team’s ability to establish how key-like strings reached the model, whether any is a live ' +
          'credential, and to rotate and verify before the assistant returns.',
        capabilities: ['ai-system-analysis', 'recovery-validation'],
      },
      {
        id: 'o-notify-communicate',
        text:
          'Assess decision-making on regulatory notification and on public and customer communication while the ' +
          'story is spreading.',
        capabilities: ['regulatory-notification', 'stakeholder-communication', 'coordination-decision-making'],
      },
    ],
    capabilityTargets: [
      {
        id: 't-detect',
        capability: 'detection-triage',
        target:
          'Within 30 minutes of the first moderation alert, confirm the jailbreak, declare an incident and set ' +
          'its severity against the written criteria.',
        criticalTasks: [
          'Reproduce or confirm from transcripts that the output is genuine',
          'Declare the incident with the affected system (model, version, endpoint, owner)',
          'Assign an incident commander and the AI safety lead',
        ],
      },
      {
        id: 't-contain',
        capability: 'containment',
        target:
          'Within 1 hour of declaration, stop harmful output reaching customers (kill switch or safe mode) and ' +
          'block the known payloads.',
        criticalTasks: [
          'Flip the assistant’s feature flag or switch it to a restricted answer set',
          'Freeze prompts, templates and retrieval sources',
          'Disable the order-lookup tool until its exposure is understood',
        ],
      },
      {
        id: 't-evidence',
        capability: 'evidence-preservation',
        target:
          'Before any prompt, guardrail or index change, preserve transcripts, the system prompt, guardrail ' +
          'configuration and the retrieval index version, with their hashes.',
        criticalTasks: ['Export transcripts with their time range', 'Record the deployed configuration', 'Log hashes'],
      },
      {
        id: 't-analysis',
        capability: 'ai-system-analysis',
        target:
          'Within 4 hours, establish how the key-like strings entered the model’s context and which, if any, are ' +
          'live credentials.',
        criticalTasks: [
          'Trace the strings to retrieved documents, the system prompt or training data',
          'Check each string with its issuer without pasting it into another tool',
          'Determine whether the order-lookup tool returned other customers’ data',
        ],
      },
      {
        id: 't-recover',
        capability: 'recovery-validation',
        target:
          'Rotate every exposed credential, remove the article from the index, and replay the collected payloads ' +
          'against the patched assistant before re-enabling it.',
        criticalTasks: ['Rotate and revoke credentials', 'Rebuild the index without the article', 'Replay payloads'],
      },
      {
        id: 't-notify',
        capability: 'regulatory-notification',
        target:
          'Within 24 hours of awareness, decide whether GDPR Art. 33 and NIS2 Art. 23 apply, record the decision ' +
          'with its reasons, and start the clocks that do.',
        criticalTasks: ['Involve the DPO', 'Assess significance under NIS2', 'Record anchor events'],
      },
      {
        id: 't-comms',
        capability: 'stakeholder-communication',
        target:
          'Issue a holding statement within 2 hours of the first media enquiry, and answer the enterprise ' +
          'customer within its contractual notice period.',
        criticalTasks: ['Approve a holding statement', 'Brief customer support', 'Answer the customer letter'],
      },
      {
        id: 't-coordinate',
        capability: 'coordination-decision-making',
        target:
          'Decisions are made by the named incident commander and logged with owner and time; roles have backups.',
        criticalTasks: ['Name roles and backups', 'Log each decision', 'Hold a situation update at each module'],
      },
    ],
    modules: [
      {
        id: 'm1-detection',
        title: 'Module 1 — The screenshots',
        update:
          'It is Tuesday, 09:40. HelpBot answers about 18,000 customer conversations a day on the marketplace’s web ' +
          'site and app. It runs on a hosted large language model with a system prompt, retrieval over the help ' +
          'centre, and a tool that looks up an order by number for the signed-in customer. Output moderation ' +
          'flags are normally below ten an hour. Overnight, a role-play prompt circulated on a forum.',
        injects: [
          {
            id: 'i1-moderation-alert',
            sequence: 1,
            offsetMinutes: 0,
            title: 'Moderation flags spike on HelpBot',
            type: 'alert',
            delivery: 'alert',
            from: 'Output moderation monitor',
            to: 'Security operations on-call',
            content:
              'ALERT: HelpBot output moderation — 212 flagged responses in the last 60 minutes (baseline < 10). ' +
              'Top category: “dangerous instructions”. 71 % of flagged sessions begin with a role-play request ' +
              'mentioning a grandmother. Sample session ids attached.',
            expectedActions: [
              {
                id: 'a-confirm-declare',
                text: 'Confirm from transcripts that the outputs are genuine, declare an incident and set severity.',
                capability: 'detection-triage',
                runbookStep: step(PROMPT_INJECTION_RUNBOOK, 'pi-confirm-scope'),
              },
              {
                id: 'a-preserve',
                text: 'Preserve transcripts, the system prompt and guardrail configuration before changing anything.',
                capability: 'evidence-preservation',
                runbookStep: step(PROMPT_INJECTION_RUNBOOK, 'pi-preserve-evidence'),
              },
            ],
            evaluatorNotes:
              'Look for: who declares, how severity is argued (public-facing, harmful output: SEV2 at least), and ' +
              'whether anyone proposes changing the prompt before exporting evidence.',
            facilitatorNotes:
              'Hand out the alert. If the players jump to “patch the prompt”, ask what they will have lost if they ' +
              'do that first.',
            contingency: false,
          },
          {
            id: 'i2-viral-thread',
            sequence: 2,
            offsetMinutes: 15,
            title: 'The thread goes viral',
            type: 'social-media',
            delivery: 'handout',
            from: '@glitchwatch on a social network',
            to: 'Communications lead',
            content:
              '“Big marketplace’s support bot will teach you to make [redacted] if you ask it nicely as your grandma” — ' +
              'four screenshots of HelpBot giving step-by-step instructions. 38,000 reposts in 50 minutes; replies ' +
              'include new variants that work. Two screenshots show a line at the end of an answer: ' +
              '“debug: sk_live_51Hx…Q9 / AKIA…7Q”.',
            expectedActions: [
              {
                id: 'a-kill-switch',
                text: 'Switch HelpBot off or into safe mode (restricted answers, hand-off to human agents).',
                capability: 'containment',
                runbookStep: step(HARMFUL_OUTPUT_RUNBOOK, 'md-kill-switch'),
              },
              {
                id: 'a-freeze',
                text: 'Freeze prompts, templates and retrieval sources so responders work against a known state.',
                capability: 'containment',
                runbookStep: step(PROMPT_INJECTION_RUNBOOK, 'pi-prompt-freeze'),
              },
              {
                id: 'a-holding-line',
                text: 'Start drafting a holding statement; brief the support team on what to tell customers.',
                capability: 'stakeholder-communication',
                runbookStep: null,
              },
            ],
            evaluatorNotes:
              'Time from this inject to a containment decision. Who has authority to switch off a revenue-bearing ' +
              'channel? Note whether the key-like strings are noticed now or only at inject 3.',
            facilitatorNotes: 'Read the post aloud. The reposts counter is meant to create time pressure.',
            contingency: false,
          },
        ],
        discussionQuestions: [
          'Who can switch HelpBot off, and how long does it take? Who must agree?',
          'What severity is this, by our written criteria, and why?',
          'What do we capture before anyone touches the prompt, the guardrails or the index?',
          'What do we tell the support agents who are about to receive the hand-offs?',
        ],
      },
      {
        id: 'm2-secrets',
        title: 'Module 2 — Key-like strings',
        update:
          'HelpBot is in safe mode (or, if the players did not decide that, still answering). Trust & Safety has ' +
          'pulled 1,400 flagged transcripts. Security is looking at the strings in the screenshots.',
        injects: [
          {
            id: 'i3-strings-traced',
            sequence: 3,
            offsetMinutes: 35,
            title: 'The strings came from an indexed troubleshooting article',
            type: 'information',
            delivery: 'email',
            from: 'AI platform engineer',
            to: 'AI safety lead',
            content:
              'We found where the “debug:” lines come from. The retrieval index rebuilt on Sunday picked up an ' +
              'internal Confluence space, including “Payments webhook troubleshooting”, which shows an example ' +
              'configuration with a payment-provider secret key and a cloud access key. The jailbreak prompt asks the ' +
              'bot to “print your sources in debug format”. 23 transcripts contain one or both strings. We have not ' +
              'checked whether they are live.',
            expectedActions: [
              {
                id: 'a-quarantine-source',
                text: 'Remove the internal space from retrieval and roll the index back to the last clean build.',
                capability: 'ai-system-analysis',
                runbookStep: step(PROMPT_INJECTION_RUNBOOK, 'pi-disable-sources'),
              },
              {
                id: 'a-rotate',
                text: 'Treat both strings as compromised: rotate and revoke them with their issuers, then check use.',
                capability: 'recovery-validation',
                runbookStep: step(PROMPT_INJECTION_RUNBOOK, 'pi-rotate-system-prompt'),
              },
            ],
            evaluatorNotes:
              'Strong play: rotate first, check liveness with the issuer’s own tooling, never paste keys into a ' +
              'public checker. Weak play: “they look like examples”. Note whether anyone asks how the space was ' +
              'indexed (the root cause is an ingestion allow-list, not the model).',
            facilitatorNotes:
              'If asked: the cloud key is live and belongs to a CI role with read access to a logs bucket; the ' +
              'payment key is a live restricted key. Do not volunteer this before they ask.',
            contingency: false,
          },
          {
            id: 'i4-order-lookup',
            sequence: 4,
            offsetMinutes: 55,
            title: 'Order lookups for other customers',
            type: 'event',
            delivery: 'verbal',
            from: 'Trust & Safety analyst',
            to: 'Incident commander',
            content:
              'Going through the transcripts: in 9 sessions the bot called the order-lookup tool with order numbers ' +
              'the user typed, and in 3 of them the order belonged to someone else. The answers show a first name, ' +
              'a delivery town and the items ordered. The tool checks the session’s customer id only when the ' +
              'prompt includes it — the jailbreak removes it.',
            expectedActions: [
              {
                id: 'a-disable-tool',
                text: 'Disable the order-lookup tool until it enforces the signed-in customer server-side.',
                capability: 'containment',
                runbookStep: step(PROMPT_INJECTION_RUNBOOK, 'pi-tighten-guardrails'),
              },
              {
                id: 'a-involve-dpo',
                text: 'Involve the DPO and legal advisor: personal data of three customers was disclosed.',
                capability: 'regulatory-notification',
                runbookStep: step(PRIVACY_LEAK_RUNBOOK, 'pl-dpo-legal'),
              },
            ],
            evaluatorNotes:
              'This makes it a personal-data breach. Does the team note the awareness time (GDPR 72 hours from ' +
              'awareness) and record it on the incident?',
            facilitatorNotes: 'Say it as a hallway update. Wait for someone to ask “is that personal data?”.',
            contingency: false,
          },
          {
            id: 'i5-contingency-wave',
            sequence: 5,
            offsetMinutes: 45,
            title: 'Second wave: the payload is automated',
            type: 'event',
            delivery: 'alert',
            from: 'Web application firewall',
            to: 'Security operations on-call',
            content:
              'ALERT: 3,100 HelpBot sessions in 10 minutes from 640 addresses, all opening with variants of the ' +
              'grandmother prompt. 41 responses flagged. A script posted to the forum automates the attack and ' +
              'scrapes the “debug” lines.',
            expectedActions: [
              {
                id: 'a-contain-now',
                text: 'Take HelpBot fully offline now and rate-limit the chat endpoint.',
                capability: 'containment',
                runbookStep: step(HARMFUL_OUTPUT_RUNBOOK, 'md-kill-switch'),
              },
            ],
            evaluatorNotes: 'Released only if containment has not been decided by scenario time 45 minutes.',
            facilitatorNotes:
              'Contingency: release by hand if the players have not switched HelpBot off or to safe mode. Skip it ' +
              'otherwise.',
            contingency: true,
          },
        ],
        discussionQuestions: [
          'Are the strings live? How do we find out without making things worse?',
          'How did an internal space get into the retrieval corpus, and what else is in there?',
          'Does the order-lookup finding change the severity, the regimes that apply, or who must be told?',
          'What is the awareness time for the personal-data breach, and who records it?',
        ],
      },
      {
        id: 'm3-notify',
        title: 'Module 3 — Press, customers and regulators',
        update:
          'Early afternoon. The story is on two news sites. The assistant is off or in safe mode; keys are being ' +
          'rotated. Executives want to know when HelpBot comes back.',
        injects: [
          {
            id: 'i6-journalist',
            sequence: 6,
            offsetMinutes: 90,
            title: 'A journalist asks for comment',
            type: 'media-report',
            delivery: 'email',
            from: 'Technology reporter, The Ledger',
            to: 'Communications lead',
            content:
              '“We are publishing at 16:00 a story on your support chatbot giving dangerous instructions and ' +
              'exposing what look like your company’s secret keys. Can you confirm whether customer data was ' +
              'exposed, whether the keys were live, and what you have done? Any comment by 15:30.”',
            expectedActions: [
              {
                id: 'a-statement',
                text: 'Approve a factual holding statement (what happened, what was done, no speculation on keys).',
                capability: 'stakeholder-communication',
                runbookStep: step(HARMFUL_OUTPUT_RUNBOOK, 'md-hold-outputs'),
              },
            ],
            evaluatorNotes:
              'Check that Legal and the IC approve the statement and that it does not confirm key details.',
            facilitatorNotes: 'If they ask: the reporter has the four screenshots and one transcript with a key.',
            contingency: false,
          },
          {
            id: 'i7-enterprise-letter',
            sequence: 7,
            offsetMinutes: 120,
            title: 'An enterprise seller invokes its notification clause',
            type: 'customer-letter',
            delivery: 'email',
            from: 'Head of Security, a large seller on the marketplace',
            to: 'Legal advisor',
            content:
              'Under clause 14.2 of our agreement you must notify us within 24 hours of any security incident ' +
              'affecting our customers’ data. Please confirm in writing whether any of our buyers’ orders were ' +
              'exposed through your assistant, and provide the incident reference and a contact.',
            expectedActions: [
              {
                id: 'a-answer-customer',
                text: 'Check whether the three exposed orders belong to this seller and answer within the clause.',
                capability: 'stakeholder-communication',
                runbookStep: step(PRIVACY_LEAK_RUNBOOK, 'pl-scope-data'),
              },
            ],
            evaluatorNotes: 'Does anyone track the contractual deadline beside the regulatory ones?',
            facilitatorNotes: 'One of the three exposed orders is this seller’s.',
            contingency: false,
          },
          {
            id: 'i8-notification-decision',
            sequence: 8,
            offsetMinutes: 150,
            title: 'The DPO asks for a notification decision',
            type: 'information',
            delivery: 'call',
            from: 'Data Protection Officer',
            to: 'Incident commander',
            content:
              'I need a decision today on notifying the supervisory authority under GDPR Article 33 — three customers’ ' +
              'names, towns and orders were disclosed to strangers. Also, Security tells me we are an important ' +
              'entity under NIS2 as an online marketplace: is this a significant incident that needs an early ' +
              'warning within 24 hours? Who decides, and where is it recorded?',
            expectedActions: [
              {
                id: 'a-gdpr-decision',
                text: 'Decide on GDPR Art. 33 notification with reasons; record awareness time and start the clock.',
                capability: 'regulatory-notification',
                runbookStep: step(PRIVACY_LEAK_RUNBOOK, 'pl-notify'),
              },
              {
                id: 'a-nis2-decision',
                text: 'Assess NIS2 significance (service disruption, financial loss, affected persons) and decide.',
                capability: 'regulatory-notification',
                runbookStep: null,
              },
              {
                id: 'a-log-decisions',
                text: 'The incident commander logs both decisions with owner, time and reasons on the timeline.',
                capability: 'coordination-decision-making',
                runbookStep: null,
              },
            ],
            evaluatorNotes:
              'GDPR: risk to rights is arguable (limited data) — a documented decision either way is the target. ' +
              'NIS2: an early warning within 24 hours is the safe reading for a public-facing incident with ' +
              'malicious cause.',
            facilitatorNotes: 'Press for a named decision-maker and a recorded reason.',
            contingency: false,
          },
        ],
        discussionQuestions: [
          'Which regulatory clocks are running, from when, and who owns each?',
          'What must be true before HelpBot comes back, and who signs that off?',
          'What do we tell customers who saw or suffered the leak?',
          'What would we change in how documents reach the retrieval index?',
        ],
      },
    ],
    hotWashGuide: [
      'What went well in the first hour?',
      'Where did we lose time, and why?',
      'Which decisions were hard to make, and who should have made them?',
      'What in our runbooks, tools or contracts would have helped?',
      'Which three improvements matter most, and who owns each?',
    ],
  },
};
