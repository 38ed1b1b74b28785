/** Settings › Audit log: re-check the hash chain of every recorded change and say, in words, what was found. */
import { useState } from 'react';
import type { AuditChainReport } from '../../../shared/domain/audit';
import { verifyStoredAuditChain } from '../../db/auditTrail';
import { useDatabase } from '../../app/DatabaseContext';
import { Button } from '../../ui/Button';
import { describeError } from '../../ui/errorMessage';
import { SettingsSection } from './SettingsSection';

type Outcome =
  { readonly kind: 'report'; readonly report: AuditChainReport } | { readonly kind: 'error'; readonly message: string };

export function AuditLogSettings() {
  const db = useDatabase();
  const [checking, setChecking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  const verify = async (): Promise<void> => {
    setChecking(true);
    try {
      setOutcome({ kind: 'report', report: await verifyStoredAuditChain(db) });
    } catch (error) {
      setOutcome({ kind: 'error', message: describeError(error) });
    } finally {
      setChecking(false);
    }
  };

  return (
    <SettingsSection
      title="Audit log"
      description="Every change is written to a hash-chained log in the same transaction. Verifying re-computes every link and compares the end with the recorded head."
    >
      <div className="stack">
        <div>
          <Button icon="shield" busy={checking} onClick={() => void verify()}>
            Verify audit log
          </Button>
        </div>
        <div aria-live="polite">
          {outcome?.kind === 'report' && outcome.report.ok ? (
            <p className="status-line status-ok">
              Audit log intact: {outcome.report.count.toLocaleString('en-GB')} entries, head{' '}
              <code title={outcome.report.head.hash}>{outcome.report.head.hash.slice(0, 12)}</code>
            </p>
          ) : null}
          {outcome?.kind === 'report' && !outcome.report.ok ? (
            <p className="status-line status-bad">
              Audit log broken at entry {outcome.report.seq}: {outcome.report.problem} Records may have been changed
              outside Firebreak; keep this machine as it is and tell your incident commander.
            </p>
          ) : null}
          {outcome?.kind === 'error' ? (
            <p className="status-line status-bad">The audit log could not be read. {outcome.message}</p>
          ) : null}
        </div>
      </div>
    </SettingsSection>
  );
}
