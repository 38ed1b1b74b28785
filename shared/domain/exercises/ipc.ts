/**
 * The exercises capability's IPC slice: open the participant screen of an exercise in a second window (Electron).
 * A host without windows (the loopback test host) answers `opened: false` and the renderer opens a browser tab.
 */
import { z } from 'zod';
import { uuidV7Schema } from '../ids';

export const exercisesIpc = {
  'exercises:openParticipantWindow': {
    request: z.object({ exerciseId: uuidV7Schema }).strict(),
    response: z.object({ opened: z.boolean() }),
  },
} as const;
