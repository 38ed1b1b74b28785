/**
 * What each regulatory filing must contain, as data: per regime and stage, the items the law asks for, each with its
 * legal reference, whether it is required, and where the draft takes its first value from (`prefill`). A change in
 * what a regime asks for is a change here and a new `FILING_REQUIREMENTS_VERSION`, which every filing records.
 */
import type { RegimeId } from '../regulatory/clockInput';

export const FILING_REQUIREMENTS_VERSION = '2026.2';

/** Where a draft's first value for an item comes from (see `prefill.ts`); absent means the responder writes it. */
export const PREFILL_SOURCES = [
  'summary',
  'awareAt',
  'detectedAt',
  'occurredAt',
  'dataSubjects',
  'affectedIndividuals',
  'consequences',
  'measures',
  'contact',
  'delayReasons',
  'aiProvider',
  'aiSystem',
  'harmCategory',
  'systemAltered',
  'memberStates',
  'incidentTypes',
  'classifiedMajorAt',
  'materialityDeterminedAt',
  'determinedAt',
  'discoveredAt',
  'recoveredAt',
  'sec8kText',
  'authority',
] as const;
export type PrefillSource = (typeof PREFILL_SOURCES)[number];

export interface FilingItem {
  /** Stable within its filing kind: the key the filing's `items` are stored under. */
  readonly id: string;
  readonly label: string;
  /** The provision that asks for it, e.g. "GDPR Art. 33(3)(a)". */
  readonly cite: string;
  /** `late`: required only when the filing is made after its deadline (reasons for delay). */
  readonly required: boolean | 'late';
  readonly hint?: string;
  readonly prefill?: PrefillSource;
}

export interface FilingKind {
  /** "Notification of a personal data breach (GDPR Art. 33)". */
  readonly title: string;
  readonly authority: string;
  readonly items: readonly FilingItem[];
  /** A note printed at the head of the filing (e.g. that a rule is proposed, not in force). */
  readonly note?: string;
}

const item = (
  id: string,
  label: string,
  cite: string,
  required: boolean | 'late',
  prefill?: PrefillSource,
  hint?: string,
): FilingItem => ({ id, label, cite, required, ...(prefill ? { prefill } : {}), ...(hint ? { hint } : {}) });

/**
 * The authority a filing is addressed to, where the regime leaves it to the Member State (a supervisory authority, a
 * CSIRT, a competent authority): prefilled with the authority registered under Stakeholders for the regime and the
 * incident's authority country.
 */
const addressee = (cite: string): FilingItem =>
  item(
    'addressee',
    'Authority the filing is addressed to',
    cite,
    false,
    'authority',
    'Register the authority under Stakeholders (its regime and country) to have it filled in, or name it here.',
  );

const GDPR_ITEMS = (law: string): FilingItem[] => [
  item('awareness', 'When the controller became aware of the breach', `${law} Art. 33(1)`, true, 'awareAt'),
  item(
    'nature',
    'Nature of the personal data breach',
    `${law} Art. 33(3)(a)`,
    true,
    'summary',
    'What happened, how, and which systems and data were involved.',
  ),
  item(
    'dataSubjects',
    'Categories and approximate number of data subjects concerned',
    `${law} Art. 33(3)(a)`,
    true,
    'dataSubjects',
  ),
  item('records', 'Categories and approximate number of personal data records concerned', `${law} Art. 33(3)(a)`, true),
  item(
    'contact',
    'Name and contact details of the data protection officer or other contact point',
    `${law} Art. 33(3)(b)`,
    true,
    'contact',
  ),
  item('consequences', 'Likely consequences of the breach', `${law} Art. 33(3)(c)`, true, 'consequences'),
  item(
    'measures',
    'Measures taken or proposed to address the breach, including to mitigate its possible adverse effects',
    `${law} Art. 33(3)(d)`,
    true,
    'measures',
  ),
  item(
    'delay',
    'Reasons for the delay',
    `${law} Art. 33(1)`,
    'late',
    'delayReasons',
    'Required when the notification is made later than 72 hours after awareness.',
  ),
];

const EU_FILINGS = {
  'eu-ai-act-art73:report': {
    title: 'Report of a serious incident (EU AI Act Art. 73)',
    authority: 'Market surveillance authority of the Member State where the incident occurred',
    items: [
      addressee('AI Act Art. 73(1)'),
      item(
        'provider',
        'Provider of the AI system (name, contact, EU database registration number)',
        'AI Act Art. 73(1), Art. 71',
        true,
        'aiProvider',
      ),
      item('system', 'AI system concerned (name, version, identification)', 'AI Act Art. 73(1)', true, 'aiSystem'),
      item('occurred', 'When the serious incident occurred', 'AI Act Art. 73(2)', true, 'occurredAt'),
      item('awareness', 'When the provider (or deployer) became aware', 'AI Act Art. 73(2)', true, 'awareAt'),
      item(
        'harmCategory',
        'Category of serious incident',
        'AI Act Art. 3(49)(a)–(d)',
        true,
        'harmCategory',
        'Death or serious harm to health; serious and irreversible disruption of critical infrastructure; infringement of obligations protecting fundamental rights; serious harm to property or the environment.',
      ),
      item('description', 'Description of the incident', 'AI Act Art. 73(1)', true, 'summary'),
      item('affected', 'Persons affected', 'AI Act Art. 73(1)', false, 'affectedIndividuals'),
      item(
        'causalLink',
        'Causal link between the AI system and the serious incident (established, or its reasonable likelihood)',
        'AI Act Art. 73(2)',
        true,
      ),
      item(
        'corrective',
        'Risk assessment and corrective action taken or planned',
        'AI Act Art. 73(6)',
        true,
        'measures',
      ),
      item(
        'altered',
        'Whether the AI system was altered before the authority was informed',
        'AI Act Art. 73(6)',
        true,
        'systemAltered',
        'The AI system snapshot in the evidence locker records the state before any change.',
      ),
    ],
  },
  'gdpr-art33:authority': {
    title: 'Notification of a personal data breach (GDPR Art. 33)',
    authority: 'Lead supervisory authority',
    items: [addressee('GDPR Art. 33(1), Art. 55'), ...GDPR_ITEMS('GDPR')],
  },
  'uk-gdpr-art33:authority': {
    title: 'Notification of a personal data breach (UK GDPR Art. 33)',
    authority: "Information Commissioner's Office",
    items: [addressee('UK GDPR Art. 33(1)'), ...GDPR_ITEMS('UK GDPR')],
  },
  'nis2-art23:early-warning': {
    title: 'Early warning of a significant incident (NIS2 Art. 23(4)(a))',
    authority: 'CSIRT or competent authority',
    items: [
      addressee('NIS2 Art. 23(1)'),
      item(
        'awareness',
        'When the entity became aware of the significant incident',
        'NIS2 Art. 23(4)(a)',
        true,
        'awareAt',
      ),
      item('summary', 'What is known of the incident', 'NIS2 Art. 23(4)(a)', true, 'summary'),
      item(
        'malicious',
        'Whether the incident is suspected of being caused by unlawful or malicious acts',
        'NIS2 Art. 23(4)(a)',
        true,
      ),
      item(
        'crossBorder',
        'Whether the incident could have a cross-border impact',
        'NIS2 Art. 23(4)(a)',
        true,
        'memberStates',
      ),
    ],
  },
  'nis2-art23:notification': {
    title: 'Incident notification (NIS2 Art. 23(4)(b))',
    authority: 'CSIRT or competent authority',
    items: [
      addressee('NIS2 Art. 23(1)'),
      item('update', 'Update of the early warning', 'NIS2 Art. 23(4)(b)', true, 'summary'),
      item(
        'assessment',
        'Initial assessment of the incident, including its severity and impact',
        'NIS2 Art. 23(4)(b)',
        true,
        'consequences',
      ),
      item('ioc', 'Indicators of compromise, where available', 'NIS2 Art. 23(4)(b)', false),
    ],
  },
  'nis2-art23:final': {
    title: 'Final report (NIS2 Art. 23(4)(d))',
    authority: 'CSIRT or competent authority',
    items: [
      addressee('NIS2 Art. 23(1)'),
      item(
        'description',
        'Detailed description of the incident, including its severity and impact',
        'NIS2 Art. 23(4)(d)(i)',
        true,
        'summary',
      ),
      item(
        'rootCause',
        'Type of threat or root cause that is likely to have triggered the incident',
        'NIS2 Art. 23(4)(d)(ii)',
        true,
      ),
      item('mitigation', 'Applied and ongoing mitigation measures', 'NIS2 Art. 23(4)(d)(iii)', true, 'measures'),
      item(
        'crossBorder',
        'Cross-border impact of the incident, where applicable',
        'NIS2 Art. 23(4)(d)(iv)',
        true,
        'memberStates',
      ),
    ],
  },
  'dora-art19:initial': {
    title: 'Initial notification of a major ICT-related incident (DORA Art. 19)',
    authority: 'Competent authority',
    items: [
      addressee('DORA Art. 19(1)'),
      item(
        'entity',
        'Financial entity: name, LEI, type; submitter and contact',
        'Delegated Reg. 2025/301 Art. 1',
        true,
      ),
      item('detected', 'Date and time of detection', 'Delegated Reg. 2025/301 Art. 2', true, 'detectedAt'),
      item(
        'classified',
        'Date and time of classification as major',
        'Delegated Reg. 2025/301 Art. 2',
        true,
        'classifiedMajorAt',
      ),
      item(
        'criteria',
        'Classification criteria that triggered the major incident report',
        'Delegated Reg. 2025/301 Art. 2',
        true,
      ),
      item('description', 'Description of the incident', 'Delegated Reg. 2025/301 Art. 2', true, 'summary'),
      item('memberStates', 'Member States impacted', 'Delegated Reg. 2025/301 Art. 2', true, 'memberStates'),
      item('discovery', 'How the incident was discovered', 'Delegated Reg. 2025/301 Art. 2', true),
      item('origin', 'Origin of the incident, where available', 'Delegated Reg. 2025/301 Art. 2', false),
      item('continuity', 'Whether the business continuity plan was activated', 'Delegated Reg. 2025/301 Art. 2', true),
    ],
  },
  'dora-art19:intermediate': {
    title: 'Intermediate report of a major ICT-related incident (DORA Art. 19)',
    authority: 'Competent authority',
    items: [
      addressee('DORA Art. 19(1)'),
      item('authorityReference', 'Reference given by the competent authority', 'Delegated Reg. 2025/301 Art. 3', true),
      item('occurred', 'Date and time the incident occurred', 'Delegated Reg. 2025/301 Art. 3', true, 'occurredAt'),
      item(
        'recovered',
        'Date and time regular activities were recovered',
        'Delegated Reg. 2025/301 Art. 3',
        false,
        'recoveredAt',
      ),
      item('type', 'Type of incident', 'Delegated Reg. 2025/301 Art. 3', true, 'incidentTypes'),
      item(
        'areas',
        'Functional areas, business processes and infrastructure affected',
        'Delegated Reg. 2025/301 Art. 3',
        true,
        'aiSystem',
      ),
      item(
        'clients',
        'Impact on clients, counterparts and the financial market',
        'Delegated Reg. 2025/301 Art. 3',
        true,
        'consequences',
      ),
      item(
        'temporary',
        'Temporary actions or measures taken or planned to recover',
        'Delegated Reg. 2025/301 Art. 3',
        true,
        'measures',
      ),
    ],
  },
  'dora-art19:final': {
    title: 'Final report of a major ICT-related incident (DORA Art. 19)',
    authority: 'Competent authority',
    items: [
      addressee('DORA Art. 19(1)'),
      item('rootCauses', 'Root causes of the incident', 'Delegated Reg. 2025/301 Art. 4', true),
      item(
        'resolved',
        'Date and time the incident was resolved and its root cause addressed',
        'Delegated Reg. 2025/301 Art. 4',
        true,
        'recoveredAt',
      ),
      item('costs', 'Direct and indirect costs and losses', 'Delegated Reg. 2025/301 Art. 4', true),
      item('recoveries', 'Financial recoveries', 'Delegated Reg. 2025/301 Art. 4', false),
      item('recurrence', 'Whether the incident has recurred', 'Delegated Reg. 2025/301 Art. 4', true),
    ],
  },
  'cra-art14:early-warning': {
    title: 'Early warning (Cyber Resilience Act Art. 14)',
    authority: 'CSIRT coordinator and ENISA (single reporting platform)',
    items: [
      addressee('CRA Art. 14(1), 14(3)'),
      item('product', 'Product with digital elements concerned', 'CRA Art. 14(2)(a), 14(4)(a)', true, 'aiSystem'),
      item(
        'malicious',
        'Whether the incident is suspected of being caused by unlawful or malicious acts',
        'CRA Art. 14(4)(a)',
        true,
      ),
      item(
        'memberStates',
        'Member States on whose territory the product is made available',
        'CRA Art. 14(2)(a)',
        true,
        'memberStates',
      ),
    ],
  },
  'cra-art14:notification': {
    title: 'Vulnerability or incident notification (Cyber Resilience Act Art. 14)',
    authority: 'CSIRT coordinator and ENISA (single reporting platform)',
    items: [
      addressee('CRA Art. 14(1), 14(3)'),
      item('product', 'Product with digital elements concerned', 'CRA Art. 14(2)(b), 14(4)(b)', true, 'aiSystem'),
      item(
        'nature',
        'Nature of the exploit or incident and an initial assessment',
        'CRA Art. 14(2)(b), 14(4)(b)',
        true,
        'summary',
      ),
      item(
        'measures',
        'Corrective or mitigating measures taken, and those users can take',
        'CRA Art. 14(2)(b), 14(4)(b)',
        true,
        'measures',
      ),
      item(
        'severity',
        'How sensitive the information is judged to be, and the severity',
        'CRA Art. 14(2)(b)',
        true,
        'consequences',
      ),
    ],
  },
  'cra-art14:final': {
    title: 'Final report (Cyber Resilience Act Art. 14)',
    authority: 'CSIRT coordinator and ENISA (single reporting platform)',
    items: [
      addressee('CRA Art. 14(1), 14(3)'),
      item(
        'description',
        'Description of the vulnerability or incident, its severity and impact',
        'CRA Art. 14(2)(c), 14(4)(c)',
        true,
        'summary',
      ),
      item('rootCause', 'Root cause, or information on the malicious actor', 'CRA Art. 14(2)(c), 14(4)(c)', true),
      item(
        'applied',
        'Security update or other corrective measures applied',
        'CRA Art. 14(2)(c), 14(4)(c)',
        true,
        'measures',
      ),
    ],
  },
} as const satisfies Record<string, FilingKind>;

const US_FILINGS = {
  'sec-8k-item105:form-8k': {
    title: 'Form 8-K, Item 1.05 Material Cybersecurity Incidents',
    authority: 'U.S. Securities and Exchange Commission (EDGAR)',
    items: [
      item(
        'determined',
        'Date the incident was determined to be material',
        'Form 8-K General Instruction B.1',
        true,
        'materialityDeterminedAt',
      ),
      item(
        'item105',
        'Item 1.05 text: the material aspects of the nature, scope and timing of the incident, and its material impact or reasonably likely material impact on the registrant, including its financial condition and results of operations',
        'Form 8-K Item 1.05(a)',
        true,
        'sec8kText',
        'Instruction 4: technical details of the response that would impede remediation need not be disclosed.',
      ),
      item(
        'notDetermined',
        'Information not yet determined or unavailable, to be amended later',
        'Form 8-K Item 1.05, Instruction 2',
        false,
      ),
    ],
  },
  'nydfs-500.17:notice': {
    title: 'Notice of a cybersecurity incident (23 NYCRR 500.17(a))',
    authority: 'New York State Department of Financial Services',
    items: [
      item(
        'determined',
        'When it was determined that a cybersecurity incident occurred',
        '23 NYCRR 500.17(a)',
        true,
        'determinedAt',
      ),
      item('description', 'Description of the cybersecurity incident', '23 NYCRR 500.17(a)', true, 'summary'),
      item('affected', 'Affiliates or third-party service providers involved', '23 NYCRR 500.17(a)', false),
    ],
  },
  'nydfs-500.17:extortion-notice': {
    title: 'Notice of an extortion payment (23 NYCRR 500.17(c)(1))',
    authority: 'New York State Department of Financial Services',
    items: [item('payment', 'That an extortion payment was made, and when', '23 NYCRR 500.17(c)(1)', true)],
  },
  'nydfs-500.17:extortion-justification': {
    title: 'Written justification of an extortion payment (23 NYCRR 500.17(c)(2))',
    authority: 'New York State Department of Financial Services',
    items: [
      item('reasons', 'Reasons the payment was necessary', '23 NYCRR 500.17(c)(2)', true),
      item('alternatives', 'Alternatives to payment considered', '23 NYCRR 500.17(c)(2)', true),
      item('diligence', 'Diligence performed, including sanctions (OFAC) compliance', '23 NYCRR 500.17(c)(2)', true),
    ],
  },
  'hipaa-breach:individuals': {
    title: 'Notice to individuals of a breach of unsecured protected health information (45 CFR 164.404)',
    authority: 'Each affected individual (written notice in plain language)',
    items: [
      item(
        'description',
        'What happened, including the date of the breach and the date of discovery',
        '45 CFR 164.404(c)(1)(A)',
        true,
        'discoveredAt',
      ),
      item('phi', 'Types of unsecured protected health information involved', '45 CFR 164.404(c)(1)(B)', true),
      item(
        'steps',
        'Steps individuals should take to protect themselves from potential harm',
        '45 CFR 164.404(c)(1)(C)',
        true,
      ),
      item(
        'doing',
        'What the covered entity is doing to investigate, mitigate harm and protect against further breaches',
        '45 CFR 164.404(c)(1)(D)',
        true,
        'measures',
      ),
      item(
        'contact',
        'Contact procedures (toll-free number, e-mail, web site or postal address)',
        '45 CFR 164.404(c)(1)(E)',
        true,
        'contact',
      ),
    ],
  },
  'hipaa-breach:hhs': {
    title: 'Notice to the Secretary of HHS (45 CFR 164.408)',
    authority: 'U.S. Department of Health and Human Services (breach portal)',
    items: [
      item('affected', 'Number of individuals affected', '45 CFR 164.408', true, 'affectedIndividuals'),
      item('description', 'Description of the breach', '45 CFR 164.408', true, 'summary'),
    ],
  },
  'circia-proposed:report': {
    title: 'Covered cyber incident report (CIRCIA, proposed rule)',
    authority: 'Cybersecurity and Infrastructure Security Agency',
    note: 'CIRCIA’s reporting rule is proposed and not in force; this report is voluntary until it is.',
    items: [
      item(
        'belief',
        'When the entity reasonably believed a covered cyber incident occurred',
        'Proposed 6 CFR 226',
        true,
      ),
      item('description', 'Description of the incident and its impact', 'Proposed 6 CFR 226', true, 'summary'),
    ],
  },
  'circia-proposed:ransom-payment': {
    title: 'Ransom payment report (CIRCIA, proposed rule)',
    authority: 'Cybersecurity and Infrastructure Security Agency',
    note: 'CIRCIA’s reporting rule is proposed and not in force; this report is voluntary until it is.',
    items: [item('payment', 'The ransom payment: when, how much, and to whom', 'Proposed 6 CFR 226', true)],
  },
} as const satisfies Record<string, FilingKind>;

export const FILING_KINDS: Readonly<Record<string, FilingKind>> = { ...EU_FILINGS, ...US_FILINGS };

/** What the filing for a regime's stage must contain. */
export function filingKindOf(regime: RegimeId, stage: string): FilingKind | undefined {
  return FILING_KINDS[`${regime}:${stage}`];
}

/**
 * The required items a filing still lacks, in the kind's order: empty (or blank) required items, and the reasons for
 * delay when the filing is late.
 */
export function missingItems(kind: FilingKind, items: Readonly<Record<string, string>>, late: boolean): FilingItem[] {
  return kind.items.filter(
    (entry) =>
      (entry.required === true || (entry.required === 'late' && late)) && (items[entry.id] ?? '').trim() === '',
  );
}
