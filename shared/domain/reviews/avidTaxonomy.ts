/**
 * The AVID taxonomy's effect (SEP) and lifecycle views, as the full "CODE: Label" strings AVID reports carry. Copied
 * from the public definition (`avidml/avidtools`, `avidtools/datamodels/enums.py`: `SepEnum`, `LifecycleEnum`), so a
 * review's causes, the AVID export and the AVID import all use one list.
 */
import { z } from 'zod';

export const AVID_SEP_VIEW = [
  'S0100: Software Vulnerability',
  'S0200: Supply Chain Compromise',
  'S0201: Model Compromise',
  'S0202: Software Compromise',
  'S0300: Over-permissive API',
  'S0301: Information Leak',
  'S0302: Excessive Queries',
  'S0400: Model Bypass',
  'S0401: Bad Features',
  'S0402: Insufficient Training Data',
  'S0403: Adversarial Example',
  'S0500: Exfiltration',
  'S0501: Model inversion',
  'S0502: Model theft',
  'S0600: Data Poisoning',
  'S0601: Ingest Poisoning',
  'E0100: Bias/ Discrimination',
  'E0101: Group fairness',
  'E0102: Individual fairness',
  'E0200: Explainability',
  'E0201: Global explanations',
  'E0202: Local explanations',
  'E0300: User actions',
  'E0301: Toxicity',
  'E0302: Polarization/ Exclusion',
  'E0400: Misinformation',
  'E0401: Deliberative Misinformation',
  'E0402: Generative Misinformation',
  'P0100: Data issues',
  'P0101: Data drift',
  'P0102: Concept drift',
  'P0103: Data entanglement',
  'P0104: Data quality issues',
  'P0105: Feedback loops',
  'P0200: Model issues',
  'P0201: Resilience/ Stability',
  'P0202: OOD generalization',
  'P0203: Scaling',
  'P0204: Accuracy',
  'P0300: Privacy',
  'P0301: Anonymization',
  'P0302: Randomization',
  'P0303: Encryption',
  'P0400: Safety',
  'P0401: Psychological Safety',
  'P0402: Physical safety',
  'P0403: Socioeconomic safety',
  'P0404: Environmental safety',
] as const;
export type AvidSepCode = (typeof AVID_SEP_VIEW)[number];
export const avidSepSchema = z.enum(AVID_SEP_VIEW, { error: 'Choose an AVID effect code from the list.' });

export const AVID_LIFECYCLE_VIEW = [
  'L01: Business Understanding',
  'L02: Data Understanding',
  'L03: Data Preparation',
  'L04: Model Development',
  'L05: Evaluation',
  'L06: Deployment',
] as const;
export type AvidLifecycleStage = (typeof AVID_LIFECYCLE_VIEW)[number];
export const avidLifecycleSchema = z.enum(AVID_LIFECYCLE_VIEW, {
  error: 'Choose an AVID lifecycle stage from the list.',
});

/** AVID's risk domains, named by the first letter of an effect code. */
export const AVID_RISK_DOMAINS = { S: 'Security', E: 'Ethics', P: 'Performance' } as const;

export function riskDomainsOf(codes: readonly AvidSepCode[]): string[] {
  const domains = new Set(codes.map((code) => AVID_RISK_DOMAINS[code.charAt(0) as keyof typeof AVID_RISK_DOMAINS]));
  return Object.values(AVID_RISK_DOMAINS).filter((domain) => domains.has(domain));
}
