/** The responder using this installation: asked at first run, and the author of every action taken here. */
import { z } from 'zod';
import { personNameSchema } from './record';
import { isoTimestampSchema } from './time';

export const responderProfileDraftSchema = z.object({
  name: personNameSchema,
  role: z.string().trim().min(1, 'Enter your role, e.g. Security analyst.').max(80, 'Use at most 80 characters.'),
});
export type ResponderProfileDraft = z.infer<typeof responderProfileDraftSchema>;

export const responderProfileSchema = responderProfileDraftSchema.extend({
  /** Identifies this installation in hybrid logical clock stamps. */
  nodeId: z.string().regex(/^[0-9a-z]{1,32}$/),
  createdAt: isoTimestampSchema,
});
export type ResponderProfile = z.infer<typeof responderProfileSchema>;
