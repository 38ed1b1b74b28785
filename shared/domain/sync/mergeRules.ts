/**
 * Which fields of each record entity carry legal weight (a change on two sites is a conflict a person resolves), and
 * which entities are append-only (sets keyed by id: a union, never a conflict). Every other field is ordinary: the
 * later write wins. Entities not listed merge with no legal fields.
 */
import type { MergeRule } from './syncState';

export const MERGE_RULES: Readonly<Record<string, MergeRule>> = {
  incident: {
    legalFields: ['severity', 'types', 'detectedAt', 'awareAt', 'phase', 'phaseEnteredAt', 'milestones', 'exercise'],
  },
  evidence: { legalFields: ['hold'] },
  regulatoryProfile: { legalFields: ['facts', 'anchors', 'regimes'] },
};

/** Records that are only ever added: the merge takes the union by id. */
export const APPEND_ONLY_ENTITIES: ReadonlySet<string> = new Set(['timeline']);

export function mergeRuleOf(entity: string): MergeRule {
  return MERGE_RULES[entity] ?? { legalFields: [] };
}

/** Words for a legal field, for the conflicts screen. */
export const LEGAL_FIELD_LABELS: Readonly<Record<string, string>> = {
  severity: 'Severity',
  types: 'Incident types',
  detectedAt: 'Detection time',
  awareAt: 'Awareness time',
  phase: 'Phase',
  phaseEnteredAt: 'Phase times',
  milestones: 'Milestones (containment, recovery…)',
  exercise: 'Exercise marker',
  hold: 'Legal hold',
  facts: 'Regulatory facts',
  anchors: 'Regulatory events (awareness, determination…)',
  regimes: 'Regulatory regimes',
};
