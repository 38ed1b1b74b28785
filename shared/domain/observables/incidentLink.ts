/**
 * Links between incidents: related, duplicate of, caused by, parent of. One record per link, stored in one direction
 * (`from` → `to`); each side reads it with its own label ("Duplicate of INC-…" on one, "Has duplicate INC-…" on
 * the other). A responder may choose any of the seven labels; `linkFromChoice` turns the choice into the stored
 * direction, so "Causes B" on A is stored as "B caused by A" and both incidents read the same fact.
 */
import { z } from 'zod';
import { uuidV7Schema } from '../ids';
import { recordMetaSchema } from '../record';
import { subjectSchema } from '../subject';

export const LINK_KINDS = ['related', 'duplicate-of', 'caused-by', 'parent-of'] as const;
export const linkKindSchema = z.enum(LINK_KINDS, { error: 'Choose how the incidents are linked.' });
export type LinkKind = z.infer<typeof linkKindSchema>;

/** The label seen from the `from` side and from the `to` side. */
export const LINK_LABELS: Readonly<Record<LinkKind, { readonly from: string; readonly to: string }>> = {
  related: { from: 'Related to', to: 'Related to' },
  'duplicate-of': { from: 'Duplicate of', to: 'Has duplicate' },
  'caused-by': { from: 'Caused by', to: 'Causes' },
  'parent-of': { from: 'Parent of', to: 'Child of' },
};

/** What a responder chooses on an incident's page: how this incident relates to the other. */
export const LINK_CHOICES = [
  'related',
  'duplicate-of',
  'has-duplicate',
  'caused-by',
  'causes',
  'parent-of',
  'child-of',
] as const;
export const linkChoiceSchema = z.enum(LINK_CHOICES, { error: 'Choose how the incidents are linked.' });
export type LinkChoice = z.infer<typeof linkChoiceSchema>;

export const LINK_CHOICE_LABELS: Readonly<Record<LinkChoice, string>> = {
  related: 'Related to',
  'duplicate-of': 'Duplicate of',
  'has-duplicate': 'Has duplicate',
  'caused-by': 'Caused by',
  causes: 'Causes',
  'parent-of': 'Parent of',
  'child-of': 'Child of',
};

const CHOICE_TO_KIND: Readonly<Record<LinkChoice, { readonly kind: LinkKind; readonly reversed: boolean }>> = {
  related: { kind: 'related', reversed: false },
  'duplicate-of': { kind: 'duplicate-of', reversed: false },
  'has-duplicate': { kind: 'duplicate-of', reversed: true },
  'caused-by': { kind: 'caused-by', reversed: false },
  causes: { kind: 'caused-by', reversed: true },
  'parent-of': { kind: 'parent-of', reversed: false },
  'child-of': { kind: 'parent-of', reversed: true },
};

export const linkDraftSchema = z.object({
  otherIncidentId: uuidV7Schema.or(z.literal('')).refine((id) => id !== '', 'Choose the incident to link.'),
  choice: linkChoiceSchema,
  note: z.string().trim().max(500, 'Use at most 500 characters.').default(''),
});
export type LinkDraft = z.infer<typeof linkDraftSchema>;
export type LinkDraftInput = z.input<typeof linkDraftSchema>;

export const incidentLinkSchema = recordMetaSchema.extend({
  kind: linkKindSchema,
  from: subjectSchema,
  to: subjectSchema,
  note: z.string().max(500).default(''),
});
export type IncidentLink = z.infer<typeof incidentLinkSchema>;

/** The stored direction of a choice made on `thisId`'s page about `otherId`. */
export function linkFromChoice(
  choice: LinkChoice,
  thisId: string,
  otherId: string,
): { kind: LinkKind; fromId: string; toId: string } {
  const { kind, reversed } = CHOICE_TO_KIND[choice];
  return reversed ? { kind, fromId: otherId, toId: thisId } : { kind, fromId: thisId, toId: otherId };
}

/** How a link reads on one incident's page: its label, and the other incident. */
export function linkSeenFrom(link: Pick<IncidentLink, 'kind' | 'from' | 'to'>, incidentId: string) {
  const fromThis = link.from.id === incidentId;
  return {
    label: LINK_LABELS[link.kind][fromThis ? 'from' : 'to'],
    other: fromThis ? link.to : link.from,
  };
}

/** Why a new link may not be made, in words. */
export function linkProblem(
  fromId: string,
  toId: string,
  existing: readonly Pick<IncidentLink, 'kind' | 'from' | 'to'>[],
): string | undefined {
  if (fromId === toId) return 'An incident cannot be linked to itself; choose another incident.';
  const same = existing.find(
    (link) => (link.from.id === fromId && link.to.id === toId) || (link.from.id === toId && link.to.id === fromId),
  );
  if (!same) return undefined;
  const { label, other } = linkSeenFrom(same, fromId);
  return `These incidents are already linked (${label.toLowerCase()} ${other.ref}). Remove that link first to change it.`;
}
