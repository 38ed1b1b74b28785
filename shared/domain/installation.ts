/**
 * This installation's identity: a UUIDv7 made at first run, and the short site code the responders chose (e.g.
 * `LON`). The site code goes into every incident reference declared here (`INC-2026-LON-0042`), so installations
 * that never talk to each other still issue different references, as long as each site code is used by one
 * installation only (see `shared/domain/reference.ts` for the rule and how a clash is detected).
 */
import { z } from 'zod';
import { uuidV7Schema } from './ids';
import { isoTimestampSchema } from './time';

/** Two to six capital letters or digits, starting with a letter, so `INC-2026-LON-0042` never reads as a number. */
export const siteCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9]{1,5}$/, 'Use 2 to 6 letters or digits, starting with a letter, for example LON.');
export type SiteCode = z.infer<typeof siteCodeSchema>;

export const siteCodeDraftSchema = z.object({ siteCode: siteCodeSchema });
export type SiteCodeDraft = z.infer<typeof siteCodeDraftSchema>;

export const installationSchema = z.object({
  id: uuidV7Schema,
  /** Null only in an installation upgraded from before site codes, until the responder chooses one. */
  siteCode: siteCodeSchema.nullable(),
  createdAt: isoTimestampSchema,
});
export type Installation = z.infer<typeof installationSchema>;

/** Why the site code can no longer change, in words; shown in Settings beside the read-only code. */
export const SITE_CODE_LOCKED_REASON =
  'The site code can no longer change: records have been written on this installation, and references already ' +
  'issued or shared carry it.';
