/**
 * The state of a dialog that runs one action with the text the person gave (a reason): busy while it runs, the
 * failure in words if it fails (and the dialog stays open), `onDone` when it succeeds.
 */
import { useState } from 'react';
import { describeError } from './errorMessage';

export function useReasonedAction(action: (text: string) => Promise<unknown>, onDone: () => void) {
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async (text: string): Promise<void> => {
    setBusy(true);
    try {
      await action(text);
      onDone();
    } catch (error) {
      setProblem(describeError(error));
      setBusy(false);
    }
  };
  return { problem, busy, run: (text: string) => void run(text) };
}
