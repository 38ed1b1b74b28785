/** Installs the checkpoint runner for this window and takes a scheduled checkpoint at start and every ten minutes. */
import { useEffect } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { takeCheckpoint } from '../../db/trust/checkpoints';
import { installCheckpointRunner, requestCheckpoint } from './checkpointStore';
import { hostCheckpointSigner } from './hostCheckpoints';

const SCHEDULE_MS = 10 * 60 * 1000;

export function useCheckpointSchedule(): void {
  const db = useDatabase();
  const { profile } = useSession();
  useEffect(() => {
    installCheckpointRunner((reason) =>
      takeCheckpoint(db, hostCheckpointSigner, { installationId: profile.nodeId, reason }),
    );
    void requestCheckpoint('schedule');
    const timer = window.setInterval(() => void requestCheckpoint('schedule'), SCHEDULE_MS);
    return () => {
      window.clearInterval(timer);
      installCheckpointRunner(undefined);
    };
  }, [db, profile.nodeId]);
}
