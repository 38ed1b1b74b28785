/**
 * The exercises capability's host services: the participant screen's second window. Electron's main process passes a
 * `openParticipantWindow` that makes a window with the console's own security settings; the test host passes none,
 * and the renderer then opens a browser tab instead.
 */
import type { exercisesIpc } from '../../../shared/domain/exercises/ipc';
import type { ServicesFor } from '../../ipc/handleRequest';

export interface ExercisesDependencies {
  /** Opens the console at `hash` (e.g. `#/exercises/<id>/participant`) in a second window; absent without windows. */
  readonly openParticipantWindow?: (hash: string) => void;
}

export function createExercisesServices(deps: ExercisesDependencies): ServicesFor<keyof typeof exercisesIpc> {
  return {
    'exercises:openParticipantWindow': async ({ exerciseId }) => {
      if (!deps.openParticipantWindow) return { opened: false };
      deps.openParticipantWindow(`#/exercises/${exerciseId}/participant`);
      return { opened: true };
    },
  };
}
