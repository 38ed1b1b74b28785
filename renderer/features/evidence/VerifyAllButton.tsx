/** "Verify all" for a set of items: re-hashes each in turn with overall progress, then says what it found. */
import { useState } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { Button } from '../../ui/Button';
import { describeError } from '../../ui/errorMessage';
import { ProgressBar } from '../../ui/ProgressBar';
import { showToast } from '../../ui/toastStore';
import { formatBytes } from '../../../shared/domain/byteSize';
import type { EvidenceItem } from '../../../shared/domain/evidence/evidence';
import { verifyAllEvidence } from './verifyEvidence';

export function VerifyAllButton({ items }: { readonly items: readonly EvidenceItem[] }) {
  const db = useDatabase();
  const { actor } = useSession();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<{ tone: 'ok' | 'bad'; text: string } | null>(null);

  const run = async (): Promise<void> => {
    setOutcome(null);
    setProgress({ done: 0, total: 0 });
    try {
      const result = await verifyAllEvidence(db, actor, items, (done, total) => setProgress({ done, total }));
      setOutcome(
        result.mismatched.length === 0
          ? { tone: 'ok', text: `All ${result.intact} items verified intact.` }
          : {
              tone: 'bad',
              text: `HASH MISMATCH in ${result.mismatched.length} of ${items.length} items: ${result.mismatched
                .map((item) => item.name)
                .join(', ')}. The stored bytes no longer match the hash recorded at intake.`,
            },
      );
    } catch (error) {
      showToast('error', describeError(error));
    } finally {
      setProgress(null);
    }
  };

  return (
    <div className="verify-all">
      <Button size="sm" icon="check" busy={progress !== null} disabled={items.length === 0} onClick={() => void run()}>
        Verify all
      </Button>
      {progress ? (
        <ProgressBar
          label="Verifying evidence"
          value={progress.done}
          max={progress.total}
          detail={`${formatBytes(progress.done)} of ${formatBytes(progress.total)}`}
        />
      ) : null}
      {outcome ? (
        <p className={outcome.tone === 'ok' ? 'verify-outcome is-ok' : 'verify-outcome is-bad'} role="alert">
          {outcome.text}
        </p>
      ) : null}
    </div>
  );
}
