/**
 * When checkpoints are taken: at start and every ten minutes while the console is open (only chains that moved),
 * after every export and signed report, and when a legal review starts. `useCheckpointSchedule` installs the runner
 * (it knows the database and this installation); features call `requestCheckpoint(reason)` and never wait for it.
 * The outcome is kept here for Settings → Audit log, in words.
 */
import { create } from 'zustand';
import type { CheckpointReason, SignedCheckpoint } from '../../../shared/domain/trust/checkpoint';

type Runner = (reason: CheckpointReason) => Promise<readonly SignedCheckpoint[]>;

interface CheckpointState {
  readonly runner: Runner | undefined;
  /** When the host last signed a checkpoint in this window. */
  readonly lastSignedAt: string | undefined;
  /** Why the last checkpoint could not be taken, or undefined. */
  readonly lastError: string | undefined;
}

export const useCheckpointStore = create<CheckpointState>()(() => ({
  runner: undefined,
  lastSignedAt: undefined,
  lastError: undefined,
}));

export function installCheckpointRunner(runner: Runner | undefined): void {
  useCheckpointStore.setState({ runner });
}

/** Takes a checkpoint in the background; a failure is recorded, never thrown at the caller. */
export async function requestCheckpoint(reason: CheckpointReason): Promise<void> {
  const { runner } = useCheckpointStore.getState();
  if (runner === undefined) return;
  try {
    const signed = await runner(reason);
    const last = signed.at(-1);
    useCheckpointStore.setState({
      lastError: undefined,
      lastSignedAt: last?.checkpoint.at ?? useCheckpointStore.getState().lastSignedAt,
    });
  } catch (error) {
    useCheckpointStore.setState({ lastError: error instanceof Error ? error.message : 'The host did not sign it.' });
  }
}
