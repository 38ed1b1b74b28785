/**
 * The responder using this installation: asked at first run, and the author of every action taken here. The
 * responder is a person in the people directory (one record, shared with it); the stored profile only points at
 * that person and names the installation's clock node, and `ResponderProfile` joins the two for the screens.
 */
import { z } from 'zod';
import { siteCodeSchema } from './installation';
import { personIdSchema, personNameSchema } from './record';
import { isoTimestampSchema } from './time';

export const responderProfileDraftSchema = z.object({
  name: personNameSchema,
  role: z.string().trim().min(1, 'Enter your role, e.g. Security analyst.').max(80, 'Use at most 80 characters.'),
});
export type ResponderProfileDraft = z.infer<typeof responderProfileDraftSchema>;

/** What first run asks: who is responding, and the site code this installation puts in its references. */
export const firstRunDraftSchema = responderProfileDraftSchema.extend({ siteCode: siteCodeSchema });
export type FirstRunDraft = z.infer<typeof firstRunDraftSchema>;

/** The stored profile row: which person is responding here, and this installation's clock node. */
export const profileRecordSchema = z.object({
  personId: personIdSchema,
  /** Identifies this installation in hybrid logical clock stamps. */
  nodeId: z.string().regex(/^[0-9a-z]{1,32}$/),
  createdAt: isoTimestampSchema,
});
export type ProfileRecord = z.infer<typeof profileRecordSchema>;

/** The profile as screens use it: the stored row with the person's current name and role. */
export const responderProfileSchema = responderProfileDraftSchema.extend(profileRecordSchema.shape);
export type ResponderProfile = z.infer<typeof responderProfileSchema>;
