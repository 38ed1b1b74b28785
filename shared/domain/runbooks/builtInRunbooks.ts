/**
 * The AI runbooks shipped with Firebreak, grounded in the source documents: containment by prompt freeze, system-prompt
 * rotation and guardrail tightening; data isolation, index rollback and integrity verification; feature flags and
 * kill switches, model rollback and 48 hours of enhanced monitoring; access revocation and key rotation; DPO and legal
 * involvement; fallback providers and capability suspension. Each lists the MITRE ATLAS techniques it addresses.
 *
 * They live in code with fixed ids and are stored as version 1 the first time one is applied or edited, so a fresh
 * database carries no rows it did not ask for and every incident still keeps the exact version it ran.
 */
import type { RunbookContent, RunbookPhase, RunbookStep, RunbookVersion } from './runbook';

export interface BuiltInRunbook extends RunbookContent {
  readonly id: string;
  readonly lineageId: string;
  readonly version: 1;
  readonly status: 'published';
  readonly builtIn: true;
}

interface StepOptions {
  readonly critical?: boolean;
  readonly evidence?: boolean;
  readonly subSteps?: readonly string[];
}

function step(
  id: string,
  title: string,
  ownerRole: string,
  dueMinutes: number,
  instructions: string,
  options: StepOptions = {},
): RunbookStep {
  return {
    id,
    title,
    ownerRole,
    dueMinutes,
    instructions,
    critical: options.critical ?? false,
    evidenceRequired: options.evidence ?? false,
    subSteps: [...(options.subSteps ?? [])],
  };
}

function phase(name: RunbookPhase, steps: RunbookStep[]): { phase: RunbookPhase; steps: RunbookStep[] } {
  return { phase: name, steps };
}

const H = 60;

const ART73_NOTE =
  'If the system is a high-risk AI system under the **EU AI Act**, Article 73 requires that the system is not ' +
  'altered in a way that could affect the later evaluation of the causes *before the authorities are informed*. ' +
  'Preserve the current model, prompts and configuration first, and record any change on the timeline.';

/** Steps every AI incident needs at the start and at the end, whatever the runbook. */
function triage(prefix: string): RunbookStep[] {
  return [
    step(
      `${prefix}-confirm-scope`,
      'Confirm the incident, its scope and its severity',
      'incident-commander',
      15,
      'Confirm the triggering signal is real, list the affected AI systems (model, version, dataset, endpoint) and ' +
        'check the severity against its written criteria. Re-classify on the incident if it is wrong.',
      { critical: true },
    ),
    step(
      `${prefix}-preserve-evidence`,
      'Preserve evidence before changing anything',
      'security-analyst',
      30,
      'Capture what the system looks like now, before containment changes it.\n\n' + ART73_NOTE,
      {
        critical: true,
        evidence: true,
        subSteps: [
          'Export the relevant prompts, model outputs and request logs with their time range',
          'Record the deployed model version, system prompt and guardrail configuration',
          'Note where each export is kept and its hash if available',
        ],
      },
    ),
  ];
}

function review(prefix: string, extra: readonly string[] = []): RunbookStep[] {
  return [
    step(
      `${prefix}-root-cause`,
      'Root-cause analysis',
      'ai-safety-lead',
      7 * 24 * H,
      'Record the primary cause, the contributing factors and the trigger. Consider data, model, interaction, ' +
        'system and external factors.',
      { evidence: true },
    ),
    step(
      `${prefix}-lessons`,
      'Lessons learned and follow-up actions',
      'incident-commander',
      14 * 24 * H,
      'Hold a blameless post-incident review. Feed what was learned back into evaluation suites, prompts, ' +
        'monitoring and this runbook. Do not skip the postmortem once the incident is closed.',
      {
        subSteps: [
          'Add a regression test or evaluation case that reproduces the incident',
          'Update detection rules and alert thresholds',
          ...extra,
        ],
      },
    ),
  ];
}

export const BUILT_IN_RUNBOOKS: readonly BuiltInRunbook[] = [
  {
    id: '01900000-0000-7000-8000-00000000b101',
    lineageId: '01900000-0000-7000-8000-00000000b001',
    version: 1,
    status: 'published',
    builtIn: true,
    title: 'Prompt injection or jailbreak containment',
    purpose:
      'Contain a model that follows injected instructions or has had its safety controls bypassed: freeze prompts, ' +
      'rotate the system prompt, tighten guardrails, and verify the fix before reopening the capability.',
    activation: {
      types: ['prompt-injection', 'jailbreak'],
      severities: ['SEV1', 'SEV2', 'SEV3'],
    },
    atlasTechniques: ['AML.T0051', 'AML.T0051.000', 'AML.T0051.001', 'AML.T0054', 'AML.T0056'],
    phases: [
      phase('detection-analysis', [
        ...triage('pi'),
        step(
          'pi-identify-vector',
          'Identify the injection vector',
          'security-analyst',
          60,
          'Find where the malicious instructions entered: the user turn (direct), retrieved documents, web pages, ' +
            'attachments or tool output (indirect). Collect the payloads that worked.',
          { evidence: true },
        ),
        step(
          'pi-assess-exposure',
          'Assess what the model exposed or did',
          'ai-safety-lead',
          2 * H,
          'Check whether the system prompt, secrets, personal data or tool actions were exposed or triggered. ' +
            'If personal data left the system, involve the legal advisor now.',
        ),
      ]),
      phase('containment', [
        step(
          'pi-prompt-freeze',
          'Freeze prompts and configuration',
          'ai-safety-lead',
          30,
          'Stop all changes to prompts, templates and retrieval sources for the affected system, so responders ' +
            'work against a known state. Announce the freeze to the owning teams.',
          { critical: true },
        ),
        step(
          'pi-tighten-guardrails',
          'Tighten guardrails',
          'ai-safety-lead',
          60,
          'Add input and output filters for the payloads found, lower tool permissions, and require confirmation ' +
            'for actions with side effects. Prefer blocking to silent degradation.',
          {
            critical: true,
            subSteps: [
              'Block the known payload patterns at input',
              'Filter outputs that echo the system prompt or secrets',
              'Disable or sandbox tools the injection reached',
            ],
          },
        ),
        step(
          'pi-disable-sources',
          'Quarantine poisoned retrieval sources',
          'data-scientist',
          2 * H,
          'For indirect injection, remove the documents or sources that carried the payload from retrieval until ' +
            'they are cleaned.',
        ),
      ]),
      phase('eradication', [
        step(
          'pi-rotate-system-prompt',
          'Rotate the system prompt and any exposed secrets',
          'security-analyst',
          4 * H,
          'Replace a leaked system prompt, and rotate every credential, key or token it or the tools revealed. ' +
            'Treat a leaked system prompt as public.',
          { critical: true, evidence: true },
        ),
        step(
          'pi-harden',
          'Harden instruction handling',
          'ai-safety-lead',
          24 * H,
          'Separate trusted instructions from untrusted content (delimiting, content tagging), and add the payloads ' +
            'to the red-team and evaluation suites.',
        ),
      ]),
      phase('recovery', [
        step(
          'pi-verify',
          'Verify the fix against the attack',
          'ai-safety-lead',
          24 * H,
          'Replay the collected payloads and known variants against the patched system. Record the results.',
          { critical: true, evidence: true },
        ),
        step(
          'pi-lift-freeze',
          'Lift the prompt freeze and monitor for 48 hours',
          'incident-commander',
          26 * H,
          'Reopen changes gradually and watch refusal rates, filter hits and tool calls closely for 48 hours.',
        ),
      ]),
      phase('post-incident-review', review('pi', ['Review which sources retrieval trusts'])),
    ],
  },
  {
    id: '01900000-0000-7000-8000-00000000b102',
    lineageId: '01900000-0000-7000-8000-00000000b002',
    version: 1,
    status: 'published',
    builtIn: true,
    title: 'Training-data or RAG poisoning',
    purpose:
      'Respond to manipulated training, fine-tuning or retrieval data: isolate the data, roll the index or model back ' +
      'to a verified state, and verify integrity before trusting the system again.',
    activation: { types: ['data-poisoning'], severities: ['SEV1', 'SEV2', 'SEV3'] },
    atlasTechniques: ['AML.T0020', 'AML.T0070', 'AML.T0018', 'AML.T0010'],
    phases: [
      phase('detection-analysis', [
        ...triage('dp'),
        step(
          'dp-find-records',
          'Find the poisoned records and when they arrived',
          'data-scientist',
          4 * H,
          'Compare data snapshots, ingestion logs and lineage to find the manipulated records, their source and the ' +
            'first ingestion time. Everything trained or indexed after that time is suspect.',
          { evidence: true },
        ),
      ]),
      phase('containment', [
        step(
          'dp-isolate-data',
          'Isolate the affected data',
          'data-scientist',
          60,
          'Move the suspect datasets or documents out of every training and retrieval path. Keep a read-only copy ' +
            'as evidence.',
          { critical: true },
        ),
        step(
          'dp-pause-pipelines',
          'Pause ingestion and training pipelines',
          'ai-safety-lead',
          60,
          'Stop scheduled ingestion, re-indexing and fine-tuning jobs that would pull in more poisoned data.',
          { critical: true },
        ),
        step(
          'dp-index-rollback',
          'Roll the retrieval index back to the last verified snapshot',
          'data-scientist',
          2 * H,
          'Restore the vector index from a snapshot taken before the first poisoned ingestion, or rebuild it from ' +
            'verified sources only.',
          { evidence: true },
        ),
      ]),
      phase('eradication', [
        step(
          'dp-close-source',
          'Close the poisoning source',
          'security-analyst',
          8 * H,
          'Revoke the access or fix the supply-chain path the poisoned data came through; check other datasets from ' +
            'the same source.',
          { critical: true },
        ),
        step(
          'dp-model-rollback',
          'Roll back or retrain models trained on poisoned data',
          'ai-safety-lead',
          24 * H,
          'Redeploy the last model version trained before the poisoning, or retrain on cleaned data.',
        ),
      ]),
      phase('recovery', [
        step(
          'dp-integrity',
          'Verify model and data integrity',
          'data-scientist',
          48 * H,
          'Compare dataset and model hashes with known-good values and run the evaluation suite, including targeted ' +
            'tests for the poisoned behaviour.',
          { critical: true, evidence: true },
        ),
        step(
          'dp-monitor',
          'Resume pipelines with 48 hours of enhanced monitoring',
          'ai-safety-lead',
          50 * H,
          'Resume ingestion with provenance checks and watch for the poisoned behaviour returning.',
        ),
      ]),
      phase('post-incident-review', review('dp', ['Add provenance and integrity checks at ingestion'])),
    ],
  },
  {
    id: '01900000-0000-7000-8000-00000000b103',
    lineageId: '01900000-0000-7000-8000-00000000b003',
    version: 1,
    status: 'published',
    builtIn: true,
    title: 'Model drift or harmful output',
    purpose:
      'Stop a model whose behaviour has drifted or that produces harmful or materially wrong output: switch it off ' +
      'or degrade it safely, roll back to the validated version, and monitor closely for 48 hours after recovery.',
    activation: {
      types: ['model-drift', 'harmful-output', 'hallucination', 'bias-discrimination'],
      severities: ['SEV1', 'SEV2', 'SEV3', 'SEV4'],
    },
    atlasTechniques: ['AML.T0031', 'AML.T0048', 'AML.T0062'],
    phases: [
      phase('detection-analysis', [
        ...triage('md'),
        step(
          'md-quantify',
          'Quantify the deviation and who it reached',
          'data-scientist',
          2 * H,
          'Compare current metrics with the validated baseline, sample affected outputs, and estimate how many users ' +
            'or decisions were affected.',
          { evidence: true },
        ),
      ]),
      phase('containment', [
        step(
          'md-kill-switch',
          'Flip the feature flag or kill switch',
          'incident-commander',
          15,
          'Turn the capability off, or switch to safe mode (a rule-based fallback, human review, or a restricted ' +
            'answer set). For SEV1 prefer a full stop.',
          { critical: true },
        ),
        step(
          'md-hold-outputs',
          'Hold or correct outputs already delivered',
          'communications-lead',
          4 * H,
          'Stop downstream use of affected outputs (reports, decisions, published content) and plan corrections.',
        ),
      ]),
      phase('eradication', [
        step(
          'md-rollback',
          'Roll back to the last validated model version',
          'ai-safety-lead',
          4 * H,
          'Redeploy the last model version that passed validation, with its prompts and configuration.\n\n' +
            ART73_NOTE,
          { critical: true, evidence: true },
        ),
        step(
          'md-cause',
          'Find what changed',
          'data-scientist',
          48 * H,
          'Check input distribution shift, upstream data changes, model or prompt updates and dependency changes.',
        ),
      ]),
      phase('recovery', [
        step(
          'md-validate',
          'Validate before re-enabling',
          'ai-safety-lead',
          24 * H,
          'Run the evaluation suite and targeted tests for the harmful behaviour; re-enable gradually, a small share ' +
            'of traffic first.',
          { critical: true, evidence: true },
        ),
        step(
          'md-monitor-48h',
          'Enhanced monitoring for 48 hours',
          'data-scientist',
          72 * H,
          'Watch output quality, safety-filter hits and drift metrics with tighter alert thresholds for 48 hours ' +
            'after re-enabling.',
          { critical: true },
        ),
      ]),
      phase('post-incident-review', review('md', ['Set drift alerts on the metric that moved first'])),
    ],
  },
  {
    id: '01900000-0000-7000-8000-00000000b104',
    lineageId: '01900000-0000-7000-8000-00000000b004',
    version: 1,
    status: 'published',
    builtIn: true,
    title: 'Privacy or training-data leak',
    purpose:
      'Respond to personal data, secrets or training records disclosed through a model, its logs or its API: isolate ' +
      'the data, revoke access, and bring in the data protection officer and legal early for notification duties.',
    activation: { types: ['privacy-leak'], severities: ['SEV1', 'SEV2', 'SEV3'] },
    atlasTechniques: ['AML.T0057', 'AML.T0024', 'AML.T0025', 'AML.T0056'],
    phases: [
      phase('detection-analysis', [
        ...triage('pl'),
        step(
          'pl-dpo-legal',
          'Involve the DPO and legal advisor',
          'legal-advisor',
          60,
          'Inform the data protection officer. Under **GDPR** a personal-data breach must be notified to the ' +
            'supervisory authority within 72 hours of awareness unless it is unlikely to result in a risk.',
          { critical: true },
        ),
        step(
          'pl-scope-data',
          'Determine what data leaked, whose, and to whom',
          'data-scientist',
          4 * H,
          'Identify the categories of data, the number of people, and the recipients (users, logs, third parties).',
          { evidence: true },
        ),
      ]),
      phase('containment', [
        step(
          'pl-isolate',
          'Isolate the leaking path',
          'security-analyst',
          60,
          'Disable the endpoint, feature or log sink that discloses data; block the prompts that extract it.',
          { critical: true },
        ),
        step(
          'pl-revoke-access',
          'Revoke access to the exposed data',
          'security-analyst',
          2 * H,
          'Revoke the accounts, API keys and shares that reached the data; rotate any secrets that appeared in output.',
          { critical: true, evidence: true },
        ),
      ]),
      phase('eradication', [
        step(
          'pl-purge',
          'Purge leaked data from logs, caches and indexes',
          'data-scientist',
          24 * H,
          'Remove the personal data from logs, caches, retrieval indexes and, where memorised, plan unlearning or ' +
            'retraining.',
          { evidence: true },
        ),
      ]),
      phase('recovery', [
        step(
          'pl-notify',
          'File notifications and inform affected people',
          'legal-advisor',
          72 * H,
          'File the regulator notifications that apply and inform the people affected when the risk to them is high.',
          { critical: true, evidence: true },
        ),
        step(
          'pl-verify',
          'Verify the leak is closed',
          'ai-safety-lead',
          48 * H,
          'Replay the extraction prompts and check outputs and logs for the data; monitor for 48 hours.',
          { evidence: true },
        ),
      ]),
      phase('post-incident-review', review('pl', ['Review data minimisation for training and logs'])),
    ],
  },
  {
    id: '01900000-0000-7000-8000-00000000b105',
    lineageId: '01900000-0000-7000-8000-00000000b005',
    version: 1,
    status: 'published',
    builtIn: true,
    title: 'Model theft or extraction',
    purpose:
      'Stop theft of model weights or extraction of model behaviour through systematic querying: rotate keys, ' +
      'impose rate limits, revoke access, and establish what was taken.',
    activation: { types: ['model-theft', 'infrastructure-breach'], severities: ['SEV1', 'SEV2', 'SEV3'] },
    atlasTechniques: ['AML.T0024.002', 'AML.T0035', 'AML.T0040', 'AML.T0012', 'AML.T0055'],
    phases: [
      phase('detection-analysis', [
        ...triage('mt'),
        step(
          'mt-identify-clients',
          'Identify the clients and accounts involved',
          'security-analyst',
          2 * H,
          'Find the API keys, accounts and addresses with extraction-like query patterns or access to model artefacts.',
          { evidence: true },
        ),
      ]),
      phase('containment', [
        step(
          'mt-rotate-keys',
          'Rotate API keys and credentials',
          'security-analyst',
          60,
          'Rotate keys used by the suspect clients and any credential with access to weights or the model registry.',
          { critical: true, evidence: true },
        ),
        step(
          'mt-rate-limit',
          'Impose rate limits and query quotas',
          'ai-safety-lead',
          60,
          'Lower per-key rate limits and quotas; consider reducing output detail (no log-probabilities).',
          { critical: true },
        ),
        step(
          'mt-revoke',
          'Revoke access for suspect accounts',
          'security-analyst',
          2 * H,
          'Suspend the accounts and sessions involved and review who can read model artefacts.',
          { critical: true },
        ),
      ]),
      phase('eradication', [
        step(
          'mt-assess-loss',
          'Assess what was taken',
          'data-scientist',
          48 * H,
          'Estimate how much of the model’s behaviour or which artefacts were obtained; check for watermarks.',
        ),
      ]),
      phase('recovery', [
        step(
          'mt-restore',
          'Restore access for legitimate clients with monitoring',
          'incident-commander',
          48 * H,
          'Re-issue keys to legitimate clients and monitor query patterns for 48 hours.',
        ),
      ]),
      phase('post-incident-review', review('mt', ['Add extraction detection to API monitoring'])),
    ],
  },
  {
    id: '01900000-0000-7000-8000-00000000b106',
    lineageId: '01900000-0000-7000-8000-00000000b006',
    version: 1,
    status: 'published',
    builtIn: true,
    title: 'Third-party model provider failure',
    purpose:
      'Keep the service safe when an external model, API or data provider fails, changes behaviour or is ' +
      'compromised: fail over to a fallback, or suspend the capability, and hold the provider to account.',
    activation: {
      types: ['third-party-failure', 'availability-outage'],
      severities: ['SEV1', 'SEV2', 'SEV3', 'SEV4'],
    },
    atlasTechniques: ['AML.T0010', 'AML.T0029'],
    phases: [
      phase('detection-analysis', [
        ...triage('tp'),
        step(
          'tp-contact-provider',
          'Contact the provider through the agreed channel',
          'incident-commander',
          30,
          'Open a case with the provider, note its reference, and ask for scope, cause and expected resolution.',
        ),
      ]),
      phase('containment', [
        step(
          'tp-fallback',
          'Fail over to the fallback provider or model',
          'ai-safety-lead',
          30,
          'Switch traffic to the approved fallback model or provider. Check that its guardrails and evaluation ' +
            'results are current before it serves users.',
          { critical: true },
        ),
        step(
          'tp-suspend',
          'Suspend the AI capability if no safe fallback exists',
          'incident-commander',
          60,
          'Turn the capability off and show users a clear message; route critical work to a manual process.',
          { critical: true },
        ),
        step(
          'tp-inform-users',
          'Inform affected users and internal teams',
          'communications-lead',
          2 * H,
          'Say what is affected, what to do meanwhile, and when the next update comes.',
        ),
      ]),
      phase('eradication', [
        step(
          'tp-provider-rca',
          'Obtain the provider’s root cause and fix',
          'legal-advisor',
          72 * H,
          'Request the provider’s incident report under the contract; check notification obligations that pass to you.',
          { evidence: true },
        ),
      ]),
      phase('recovery', [
        step(
          'tp-revalidate',
          'Re-validate the provider before switching back',
          'ai-safety-lead',
          72 * H,
          'Run the evaluation suite against the restored provider, switch back gradually, and monitor for 48 hours.',
          { critical: true, evidence: true },
        ),
      ]),
      phase('post-incident-review', review('tp', ['Review the fallback plan and the provider’s contract terms'])),
    ],
  },
];

/** Stored versions plus the built-ins not stored yet: the whole library. */
export function withBuiltIns<R extends RunbookVersion>(stored: readonly R[]): Array<R | BuiltInRunbook> {
  const storedIds = new Set(stored.map((runbook) => runbook.id));
  return [...stored, ...BUILT_IN_RUNBOOKS.filter((runbook) => !storedIds.has(runbook.id))];
}
