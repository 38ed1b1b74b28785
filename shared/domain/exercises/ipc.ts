/**
 * The exercises capability's IPC slice: open the participant screen of an exercise in a second window (Electron).
 * A host without windows (the loopback test host) answers `opened: false` and the renderer opens a browser tab.
 */
import { z } from 'zod';

/** The exercise's id, checked here without `ids.ts` (which brings a hash library the preload must not bundle). */
const exerciseIdSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'Not an exercise id.');

export const exercisesIpc = {
  'exercises:openParticipantWindow': {
    request: z.object({ exerciseId: exerciseIdSchema }).strict(),
    response: z.object({ opened: z.boolean() }),
  },
} as const;
