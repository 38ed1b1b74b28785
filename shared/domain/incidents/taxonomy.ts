/**
 * The vocabulary of an AI incident: incident types (with the MITRE ATLAS techniques they usually involve), severity
 * levels with their written criteria, impact flags and lifecycle phases. Pure data, shown in forms and reports.
 */
import { z } from 'zod';

export const ATLAS_TECHNIQUES = {
  'AML.T0010': 'AI Supply Chain Compromise',
  'AML.T0012': 'Valid Accounts',
  'AML.T0015': 'Evade AI Model',
  'AML.T0018': 'Manipulate AI Model',
  'AML.T0020': 'Poison Training Data',
  'AML.T0024': 'Exfiltration via AI Inference API',
  'AML.T0024.002': 'Extract AI Model',
  'AML.T0025': 'Exfiltration via Cyber Means',
  'AML.T0029': 'Denial of AI Service',
  'AML.T0031': 'Erode AI Model Integrity',
  'AML.T0034': 'Cost Harvesting',
  'AML.T0035': 'AI Artifact Collection',
  'AML.T0040': 'AI Model Inference API Access',
  'AML.T0043': 'Craft Adversarial Data',
  'AML.T0048': 'External Harms',
  'AML.T0049': 'Exploit Public-Facing Application',
  'AML.T0051': 'LLM Prompt Injection',
  'AML.T0051.000': 'LLM Prompt Injection: Direct',
  'AML.T0051.001': 'LLM Prompt Injection: Indirect',
  'AML.T0053': 'LLM Plugin Compromise',
  'AML.T0054': 'LLM Jailbreak',
  'AML.T0055': 'Unsecured Credentials',
  'AML.T0056': 'Extract LLM System Prompt',
  'AML.T0057': 'LLM Data Leakage',
  'AML.T0062': 'Discover LLM Hallucinations',
  'AML.T0070': 'RAG Poisoning',
  'AML.T0080': 'AI Agent Context Poisoning',
  'AML.T0080.000': 'AI Agent Context Poisoning: Memory',
} as const satisfies Record<string, string>;

export const atlasTechniqueIdSchema = z
  .string()
  .trim()
  .regex(/^AML\.T\d{4}(\.\d{3})?$/, 'Use a MITRE ATLAS technique id such as AML.T0051.');

export const INCIDENT_TYPES = [
  'prompt-injection',
  'jailbreak',
  'data-poisoning',
  'model-drift',
  'harmful-output',
  'hallucination',
  'privacy-leak',
  'model-theft',
  'bias-discrimination',
  'infrastructure-breach',
  'availability-outage',
  'misuse-abuse',
  'third-party-failure',
] as const;
export const incidentTypeSchema = z.enum(INCIDENT_TYPES, { error: 'Choose an incident type from the list.' });
export type IncidentType = z.infer<typeof incidentTypeSchema>;

export interface IncidentTypeInfo {
  readonly label: string;
  readonly description: string;
  readonly atlas: ReadonlyArray<keyof typeof ATLAS_TECHNIQUES>;
}

export const INCIDENT_TYPE_INFO: Readonly<Record<IncidentType, IncidentTypeInfo>> = {
  'prompt-injection': {
    label: 'Prompt injection',
    description: 'Crafted input, direct or hidden in retrieved content, overrides the system instructions.',
    atlas: ['AML.T0051', 'AML.T0051.000', 'AML.T0051.001', 'AML.T0056'],
  },
  jailbreak: {
    label: 'Jailbreak',
    description: 'Safety controls are bypassed so the model produces content or actions it must refuse.',
    atlas: ['AML.T0054'],
  },
  'data-poisoning': {
    label: 'Data poisoning',
    description: 'Training, fine-tuning or retrieval data was manipulated to change model behaviour.',
    atlas: ['AML.T0020', 'AML.T0070', 'AML.T0018'],
  },
  'model-drift': {
    label: 'Model drift or performance degradation',
    description: 'Accuracy, calibration or behaviour has moved away from the validated baseline.',
    atlas: ['AML.T0031'],
  },
  'harmful-output': {
    label: 'Harmful or unsafe output',
    description: 'The system produced output that is dangerous, toxic, illegal or unsafe for users.',
    atlas: ['AML.T0048'],
  },
  hallucination: {
    label: 'Hallucination with material impact',
    description: 'Fabricated facts were acted on, published or relied upon with real consequences.',
    atlas: ['AML.T0062'],
  },
  'privacy-leak': {
    label: 'Privacy or training-data leak',
    description: 'Personal data, secrets or training records were disclosed through the model or its logs.',
    atlas: ['AML.T0057', 'AML.T0024', 'AML.T0025'],
  },
  'model-theft': {
    label: 'Model theft or extraction',
    description: 'Weights, architecture or behaviour were copied through access or systematic querying.',
    atlas: ['AML.T0024.002', 'AML.T0035', 'AML.T0040'],
  },
  'bias-discrimination': {
    label: 'Bias or discrimination',
    description: 'Outcomes differ unfairly between groups of people, affecting rights or opportunities.',
    atlas: [],
  },
  'infrastructure-breach': {
    label: 'Security breach of AI infrastructure',
    description: 'Training, serving, registry or pipeline infrastructure was accessed or altered without authority.',
    atlas: ['AML.T0010', 'AML.T0012', 'AML.T0049', 'AML.T0055'],
  },
  'availability-outage': {
    label: 'Availability outage',
    description: 'The AI capability is down or too slow to serve the processes that depend on it.',
    atlas: ['AML.T0029', 'AML.T0034'],
  },
  'misuse-abuse': {
    label: 'Misuse or abuse',
    description: 'The system is used for purposes outside its intended and permitted use.',
    atlas: ['AML.T0040', 'AML.T0053'],
  },
  'third-party-failure': {
    label: 'Third-party model or provider failure',
    description: 'An external model, API or data provider failed, changed behaviour or was compromised.',
    atlas: ['AML.T0010'],
  },
};

export const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
export const severitySchema = z.enum(SEVERITIES, { error: 'Choose a severity from SEV1 to SEV4.' });
export type Severity = z.infer<typeof severitySchema>;

export interface SeverityInfo {
  readonly label: string;
  readonly criteria: string;
  /** Lower is more severe; used for sorting. */
  readonly rank: number;
}

export const SEVERITY_INFO: Readonly<Record<Severity, SeverityInfo>> = {
  SEV1: {
    label: 'Critical',
    criteria:
      'Safety risk to people, confirmed breach of personal or regulated data, or a system-wide failure of a ' +
      'critical or public-facing AI service. Engage the full response team immediately.',
    rank: 1,
  },
  SEV2: {
    label: 'High',
    criteria:
      'Major functionality impaired or potential for harm: a successful attack on a production model, harmful ' +
      'outputs reaching users, or likely regulatory exposure. Respond within the hour.',
    rank: 2,
  },
  SEV3: {
    label: 'Medium',
    criteria:
      'Limited impact: degraded performance, contained misuse, or an attack attempt without confirmed effect. ' +
      'Respond within the business day.',
    rank: 3,
  },
  SEV4: {
    label: 'Low',
    criteria: 'Minor issue with no immediate risk to people, data or service. Track and fix in normal work.',
    rank: 4,
  },
};

export const IMPACT_FLAGS = [
  'personal-data',
  'public-facing',
  'physical-harm',
  'critical-infrastructure',
  'fundamental-rights',
] as const;
export const impactFlagSchema = z.enum(IMPACT_FLAGS);
export type ImpactFlag = z.infer<typeof impactFlagSchema>;

export const IMPACT_FLAG_LABELS: Readonly<Record<ImpactFlag, string>> = {
  'personal-data': 'Personal data involved',
  'public-facing': 'Public-facing service affected',
  'physical-harm': 'Physical harm or death',
  'critical-infrastructure': 'Critical infrastructure',
  'fundamental-rights': 'Fundamental rights affected',
};

export const PHASES = [
  'detection-analysis',
  'containment',
  'eradication',
  'recovery',
  'post-incident-review',
  'closed',
] as const;
export const phaseSchema = z.enum(PHASES, { error: 'Choose a lifecycle phase.' });
export type Phase = z.infer<typeof phaseSchema>;

export const PHASE_LABELS: Readonly<Record<Phase, string>> = {
  'detection-analysis': 'Detection & analysis',
  containment: 'Containment',
  eradication: 'Eradication',
  recovery: 'Recovery',
  'post-incident-review': 'Post-incident review',
  closed: 'Closed',
};

/** Jurisdictions offered in forms; any 2–40 character name is accepted. */
export const COMMON_JURISDICTIONS = ['EU', 'UK', 'US', 'US-CA', 'DE', 'FR', 'NL', 'IE', 'CA', 'AU', 'JP', 'SG'];
export const jurisdictionSchema = z
  .string()
  .trim()
  .min(2, 'A jurisdiction needs at least 2 characters, e.g. EU or US-CA.')
  .max(40, 'Use at most 40 characters for a jurisdiction.');
