/**
 * Opens the participant screen for the projector: in the app, a second window through the host (same security
 * settings as the main window); in a browser (the test host, `npm run dev:web`), a new tab at the screen's address.
 */
import { routeHref } from '../../app/routes';
import { hostClient } from '../../host/hostClient';
import { showToast } from '../../ui/toastStore';
import { describeError } from '../../ui/errorMessage';

export function openParticipantScreen(exerciseId: string): void {
  const hash = routeHref({ name: 'exercise-participant', id: exerciseId });
  void hostClient()
    .invoke('exercises:openParticipantWindow', { exerciseId })
    .then((answer) => {
      if (answer.ok && answer.value.opened) return;
      // A browser host has no windows to open: a new tab at the participant address.
      window.open(`${location.pathname}${location.search}${hash}`, '_blank', 'noopener');
    })
    .catch((error: unknown) => showToast('error', describeError(error)));
}
