/**
 * Built-in scenario: an analyst pastes unreleased quarterly results (with a restructuring list naming employees)
 * into a public AI chatbot; hours later the phrasing resurfaces outside the company. Material non-public
 * information, personal data and an unapproved tool: the SEC materiality question, GDPR Art. 33, the vendor's
 * retention, and why no control stopped it.
 */
import type { BuiltInScenario } from './index';
import { action } from './authoring';

export const earningsPaste: BuiltInScenario = {
  lineageId: '01900000-0000-7000-8000-00000000c102',
  version: 1,
  body: {
    overview: {
      name: 'Unreleased earnings pasted into a public AI tool',
      scope:
        'A discussion-based tabletop of about two hours for the security operations centre, the CISO, the general ' +
        'counsel, the CFO’s office, investor relations, HR and the data protection officer. Play covers the first ' +
        '24 hours after a data-loss-prevention alert; it is limited to decisions and communications, no systems ' +
        'are touched.',
      threat:
        'Insider, unintentional: a financial analyst pastes the draft quarterly results and a restructuring ' +
        'headcount list (names, roles, salary bands of 140 employees) into the free tier of a public AI chatbot to ' +
        '“tighten the wording” of the board summary, nine days before the earnings release. The free tier keeps ' +
        'prompts for 30 days and may use them to improve its models.',
      sponsor: 'Chief Information Security Officer',
      participatingOrganisations: [
        'Security operations',
        'Legal',
        'Finance',
        'Investor relations',
        'HR',
        'Privacy office',
      ],
      pointOfContact: 'Exercise director, Security governance',
      atlasTechniques: ['AML.T0057', 'AML.T0024'],
      expectedRegimes: ['sec-8k-item105', 'gdpr-art33'],
    },
    objectives: [
      {
        id: 'obj-escalate',
        text: 'Escalate a DLP alert involving material non-public information to the CISO and general counsel within 15 minutes and open an incident.',
        capabilities: ['detection-triage', 'coordination-decision-making'],
      },
      {
        id: 'obj-contain',
        text: 'Contain the disclosure: establish what left, to whom, and request deletion from the AI vendor under its published process.',
        capabilities: ['containment', 'evidence-preservation'],
      },
      {
        id: 'obj-obligations',
        text: 'Decide, with reasons recorded, whether the SEC materiality clock, selective-disclosure rules and GDPR Art. 33 apply.',
        capabilities: ['regulatory-notification'],
      },
      {
        id: 'obj-communicate',
        text: 'Agree internal, board and (if needed) market communications before the information is public anyway.',
        capabilities: ['stakeholder-communication'],
      },
    ],
    capabilityTargets: [
      {
        id: 'ct-triage',
        capability: 'detection-triage',
        target:
          'Within 15 minutes of the DLP alert, the SOC confirms the content, classifies it as MNPI and pages the CISO and general counsel.',
        criticalTasks: [
          'Read the DLP event and the captured excerpt; identify the user, device, tool and time',
          'Check the tool against the approved AI tools list',
          'Open an incident with awareness time recorded',
        ],
      },
      {
        id: 'ct-evidence',
        capability: 'evidence-preservation',
        target:
          'Within 2 hours, preserve the DLP event, proxy logs and the analyst’s account of the prompt with hashes.',
        criticalTasks: [
          'Export the DLP event and proxy logs for the session',
          'Interview the analyst without blame and record the exact text pasted',
          'Place the material on legal hold',
        ],
      },
      {
        id: 'ct-regulatory',
        capability: 'regulatory-notification',
        target:
          'Within 24 hours, legal records a materiality determination and a GDPR risk assessment, each with its reasons.',
        criticalTasks: [
          'CFO and general counsel adjudicate whether the information is material',
          'DPO assesses the risk to the 140 employees named',
          'Record the decision and who made it on the timeline',
        ],
      },
      {
        id: 'ct-comms',
        capability: 'stakeholder-communication',
        target: 'Before market open, a holding line for investor relations and a board note are approved.',
        criticalTasks: ['Draft a holding line that discloses nothing selectively', 'Brief the audit committee chair'],
      },
    ],
    modules: [
      {
        id: 'm1-alert',
        title: 'Module 1 — The alert',
        update:
          'Tuesday, 14:05. The DLP sensor on a finance laptop flags an HTTPS upload to a public AI chatbot containing ' +
          'the strings “Q3 revenue” and “restructuring — confidential”. The captured excerpt shows a table of ' +
          'quarterly revenue by segment and the start of a list of names with role titles. The analyst is still ' +
          'logged in to the chatbot. The earnings release is scheduled for the following Thursday week.',
        injects: [
          {
            id: 'dlp-hit',
            sequence: 1,
            offsetMinutes: 0,
            title: 'DLP alert: finance data uploaded to a public AI chatbot',
            type: 'alert',
            delivery: 'alert',
            from: 'DLP console',
            to: 'SOC analyst on shift',
            content:
              'Policy “Financial results — pre-release” matched on an upload of 18 KB to chat.public-ai.example from ' +
              'FIN-LT-0412 (user: j.moreau). Excerpt: “Q3 revenue by segment … restructuring — confidential … ' +
              'Lefebvre, Anaïs — Senior Accountant — band F …”. Action taken: logged only (policy in monitor mode).',
            expectedActions: [
              action(
                'page-leaders',
                'detection-triage',
                'Page the CISO and the general counsel within 15 minutes; open an incident with the awareness time.',
                ['privacyLeak', 'pl-confirm-scope'],
              ),
              action(
                'check-approved',
                'ai-system-analysis',
                'Check whether the tool is on the approved AI tools list and which tier/account was used.',
              ),
              action(
                'preserve-dlp',
                'evidence-preservation',
                'Export the DLP event and proxy logs before they roll over.',
                ['privacyLeak', 'pl-preserve-evidence'],
              ),
            ],
            evaluatorNotes:
              'Watch whether the SOC recognises MNPI as a legal matter rather than a routine DLP ticket. Note the time the general counsel is engaged.',
            facilitatorNotes:
              'If players ask, the policy is in monitor mode because blocking broke an approved translation tool last year.',
            contingency: false,
          },
          {
            id: 'analyst-account',
            sequence: 2,
            offsetMinutes: 30,
            title: 'The analyst explains',
            type: 'information',
            delivery: 'verbal',
            from: 'J. Moreau, financial analyst',
            to: 'Incident commander',
            content:
              '“I only used it to tidy the wording of the board summary. I pasted the whole draft, including the ' +
              'headcount annex, because it was one document. I used my personal account on the free version. I ' +
              'didn’t think it mattered since I deleted the chat afterwards.”',
            expectedActions: [
              action(
                'scope-data',
                'ai-system-analysis',
                'Establish exactly what was pasted: the results, the annex with 140 names and salary bands, and the account tier.',
                ['privacyLeak', 'pl-scope-data'],
              ),
              action(
                'dpo',
                'regulatory-notification',
                'Bring in the DPO: employee personal data left the company to a processor with no contract.',
                ['privacyLeak', 'pl-dpo-legal'],
              ),
              action(
                'no-blame',
                'coordination-decision-making',
                'Keep the interview blameless and defer any HR action until the facts are established.',
              ),
            ],
            evaluatorNotes:
              'Deleting a chat in the user interface rarely deletes the provider’s copy; see whether players know the vendor’s retention terms.',
            facilitatorNotes:
              'Free tier: 30-day retention, may be used for training unless the user opted out (they did not).',
            contingency: false,
          },
        ],
        discussionQuestions: [
          'Who decides that this is an incident and not a policy breach for HR? Who has authority to engage the general counsel?',
          'Is the AI vendor now holding material non-public information? What can you ask of it, and through which channel?',
          'The DLP policy was in monitor mode. Who accepted that risk, and is that decision recorded?',
        ],
      },
      {
        id: 'm2-resurface',
        title: 'Module 2 — It resurfaces',
        update:
          'Tuesday, 17:10. A trader at a hedge fund posts on a finance forum a “leaked” sentence about a segment ' +
          'restructuring that matches the board summary’s wording almost exactly. Investor relations receives a call ' +
          'from a journalist. The stock is up 2 % in after-hours trading on unusual volume.',
        injects: [
          {
            id: 'forum-post',
            sequence: 3,
            offsetMinutes: 185,
            title: 'The board summary’s wording appears on a finance forum',
            type: 'social-media',
            delivery: 'handout',
            from: 'Finance forum post (screenshot)',
            to: 'Communications lead',
            content:
              '“Hearing that [company] will announce a restructuring of its EMEA services segment with ~140 roles ' +
              'affected and Q3 revenue ahead of consensus. Wording I saw: ‘a disciplined reallocation of capacity ' +
              'toward higher-margin managed services’.” Posted 17:02, 312 views.',
            expectedActions: [
              action(
                'hold-line',
                'stakeholder-communication',
                'Agree a holding line with legal for investor relations: no comment on rumours, no selective disclosure.',
              ),
              action(
                'materiality',
                'regulatory-notification',
                'CFO and general counsel make and record a materiality determination; note that it may start a disclosure clock.',
              ),
              action('capture-post', 'evidence-preservation', 'Capture the post with its time and URL as evidence.'),
            ],
            evaluatorNotes:
              'Players cannot know whether the phrasing came from the AI tool or another leak. Reward teams that say so and keep both hypotheses open.',
            facilitatorNotes: 'Do not confirm the source. If asked, the model vendor has not been contacted yet.',
            contingency: false,
          },
          {
            id: 'vendor-reply',
            sequence: 4,
            offsetMinutes: 300,
            title: 'The AI vendor answers the deletion request',
            type: 'customer-letter',
            delivery: 'email',
            from: 'Trust & Safety, public AI vendor',
            to: 'Legal advisor',
            content:
              '“Thank you for your request. Conversations from consumer accounts are retained for up to 30 days for ' +
              'abuse monitoring. We can delete the conversation if the account holder submits the request from the ' +
              'account. We are unable to confirm whether content has been used for model improvement.”',
            expectedActions: [
              action(
                'account-delete',
                'containment',
                'Have the analyst submit the deletion request from the account now, with legal on the call, and keep the confirmation.',
                ['privacyLeak', 'pl-isolate'],
              ),
              action(
                'gdpr-decision',
                'regulatory-notification',
                'DPO decides on GDPR Art. 33 notification within 72 hours of awareness and records the reasons either way.',
                ['privacyLeak', 'pl-notify'],
              ),
              action(
                'block-tool',
                'containment',
                'Move the DLP policy to block for pre-release financial data and block the consumer tier at the proxy.',
                ['privacyLeak', 'pl-revoke-access'],
              ),
            ],
            evaluatorNotes:
              'Strong teams note that the employees named may have to be told (Art. 34) if the risk to them is high.',
            facilitatorNotes: '',
            contingency: false,
          },
          {
            id: 'journalist-call',
            sequence: 5,
            offsetMinutes: 320,
            title: 'Contingency: a journalist asks about “AI leak”',
            type: 'media-report',
            delivery: 'call',
            from: 'Reporter, The Ledger',
            to: 'Communications lead',
            content:
              '“We understand an employee leaked your results through ChatGPT-style tool. Can you confirm, and will ' +
              'you bring the earnings date forward?”',
            expectedActions: [
              action(
                'no-confirm',
                'stakeholder-communication',
                'Use the approved holding line; do not confirm details; log the call on the timeline.',
              ),
            ],
            evaluatorNotes: 'Release only if players have not discussed external communications by this point.',
            facilitatorNotes: 'Contingency: release by hand to force the communications objective.',
            contingency: true,
          },
        ],
        discussionQuestions: [
          'Does the forum post change your materiality determination? Who must agree to bring the release forward?',
          'Is there a GDPR breach if the vendor deletes the conversation within days? What does the DPO record?',
          'Why was there no technical block on consumer AI tools for finance? What is the corrective action and who owns it?',
        ],
      },
    ],
    hotWashGuide: [
      'What went well in getting from a DLP alert to the right decision-makers?',
      'Which decision took longest, and what information was missing?',
      'Which approved AI tool should finance use instead, and who provisions it?',
      'Name one corrective action for planning, one for equipment and one for training.',
    ],
  },
};
