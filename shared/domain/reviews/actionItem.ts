/**
 * Action items of a post-incident review, tracked to done: what kind of change (prevent, detect, mitigate, process,
 * evaluation — feeding lessons back into evaluation suites — or a runbook change), who owns it (a person of the
 * directory, id beside a name snapshot), priority, due date, status and an optional link to a runbook draft or an
 * evidence item. Each item is its own record about the review (its subject) and names its incident, so the incident
 * page and the home screen find overdue items by index.
 */
import { z } from 'zod';
import { uuidV7Schema } from '../ids';
import { personIdSchema, recordMetaSchema } from '../record';
import { subjectSchema } from '../subject';
import { isoTimestampSchema } from '../time';

export const ACTION_TYPES = ['prevent', 'detect', 'mitigate', 'process', 'evaluation', 'runbook-change'] as const;
export const actionTypeSchema = z.enum(ACTION_TYPES, { error: 'Choose a type from the list.' });
export type ActionType = z.infer<typeof actionTypeSchema>;
export const ACTION_TYPE_LABELS: Readonly<Record<ActionType, string>> = {
  prevent: 'Prevent',
  detect: 'Detect',
  mitigate: 'Mitigate',
  process: 'Process',
  evaluation: 'Evaluation',
  'runbook-change': 'Runbook change',
};

export const ACTION_PRIORITIES = ['P1', 'P2', 'P3'] as const;
export const actionPrioritySchema = z.enum(ACTION_PRIORITIES, { error: 'Choose a priority.' });
export const ACTION_PRIORITY_LABELS = { P1: 'P1 — urgent', P2: 'P2 — soon', P3: 'P3 — when possible' } as const;

export const ACTION_STATUSES = ['open', 'in-progress', 'blocked', 'done'] as const;
export const actionStatusSchema = z.enum(ACTION_STATUSES, { error: 'Choose a status.' });
export type ActionStatus = z.infer<typeof actionStatusSchema>;
export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  open: 'Open',
  'in-progress': 'In progress',
  blocked: 'Blocked',
  done: 'Done',
};

export const actionLinkSchema = z.object({
  kind: z.enum(['runbook', 'evidence']),
  id: uuidV7Schema,
  /** The runbook's title or the evidence item's name when linked. */
  label: z.string().trim().min(1).max(300),
});
export type ActionLink = z.infer<typeof actionLinkSchema>;

const dueDateSchema = z.iso.date({ error: 'Give the due date as a date.' });

/** What the action-item form asks for. */
export const actionItemDraftSchema = z.object({
  title: z
    .string()
    .trim()
    .min(4, 'Say what will be done, in at least 4 characters.')
    .max(300, 'Keep the action under 300 characters.'),
  type: actionTypeSchema,
  ownerId: z.string().min(1, 'Choose an owner.').pipe(personIdSchema),
  priority: actionPrioritySchema,
  dueDate: dueDateSchema,
  status: actionStatusSchema,
  link: actionLinkSchema.nullable().default(null),
});
export type ActionItemDraft = z.infer<typeof actionItemDraftSchema>;
export type ActionItemDraftInput = z.input<typeof actionItemDraftSchema>;

export const actionItemSchema = recordMetaSchema.extend({
  /** The review it came from (kind `review`). */
  subject: subjectSchema,
  incidentId: uuidV7Schema,
  incidentRef: z.string().trim().min(1).max(80),
  title: actionItemDraftSchema.shape.title,
  type: actionTypeSchema,
  ownerId: personIdSchema,
  owner: z.string().trim().min(1).max(120),
  priority: actionPrioritySchema,
  dueDate: dueDateSchema,
  status: actionStatusSchema,
  link: actionLinkSchema.nullable().default(null),
  doneAt: isoTimestampSchema.nullable().default(null),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

export { isOverdue, localDate } from './dueDates';
