/** The host's side of checkpoints, through the IPC contract: sign heads, read the journal. Failures in words. */
import type { CheckpointSigner } from '../../db/trust/checkpoints';
import type { CheckpointJournal } from '../../../shared/domain/trust/ipc';
import { hostClient } from '../../host/hostClient';

export const hostCheckpointSigner: CheckpointSigner = async (request) => {
  const answer = await hostClient().invoke('checkpoints:sign', { ...request, heads: [...request.heads] });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value.signed;
};

export async function readHostJournal(): Promise<CheckpointJournal> {
  const answer = await hostClient().invoke('checkpoints:list', {});
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}
