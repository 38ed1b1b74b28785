/**
 * The root-cause categories of a post-incident review (seed 002: data, model, interaction, system and external
 * factors), their labels and hints. Plain values, no schema: the metrics worker charts them without loading zod.
 */
export const CAUSE_CATEGORIES = ['data', 'model', 'interaction', 'system', 'external'] as const;
export type CauseCategory = (typeof CAUSE_CATEGORIES)[number];
export const CAUSE_CATEGORY_LABELS: Readonly<Record<CauseCategory, string>> = {
  data: 'Data',
  model: 'Model',
  interaction: 'Interaction',
  system: 'System',
  external: 'External',
};
export const CAUSE_CATEGORY_HINTS: Readonly<Record<CauseCategory, string>> = {
  data: 'Training, fine-tuning or retrieval data: poisoning, drift, quality, unrepresentative data.',
  model: 'The model itself: accuracy, robustness, out-of-distribution behaviour, hallucination.',
  interaction: 'How people or agents used it: prompt injection, jailbreaks, over-reliance, misuse.',
  system: 'The system around the model: permissions, guardrails, tools, retrieval, configuration.',
  external: 'Outside the organisation: provider outage or silent update, supply chain, an adversary.',
};
