/**
 * Settings › Audit log: re-check the hash chain of every recorded change, every record against its last audit
 * entry, and the log and custody chains against the checkpoints the host signed; say, in words, what was found.
 */
import { useState } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { describeCheckpoint, verifyIntegrity, type IntegrityReport } from '../../db/trust/integrity';
import { Button } from '../../ui/Button';
import { describeError } from '../../ui/errorMessage';
import { formatDateTime } from '../../ui/formatTime';
import { useCheckpointStore, requestCheckpoint } from '../trust/checkpointStore';
import { readHostJournal } from '../trust/hostCheckpoints';
import { SettingsSection } from './SettingsSection';

type Outcome =
  { readonly kind: 'report'; readonly report: IntegrityReport } | { readonly kind: 'error'; readonly message: string };

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

function IntactLine({ report }: { readonly report: IntegrityReport }) {
  return (
    <p className="status-line status-ok">
      <span>
        Audit log intact: {plural(report.entries, 'entry', 'entries')} and {plural(report.recordsChecked, 'record')}{' '}
        checked, head <code title={report.head.hash}>{report.head.hash.slice(0, 12)}</code>.{' '}
        {report.lastMatched
          ? `It matches ${describeCheckpoint(report.lastMatched, formatDateTime)}.`
          : 'No checkpoint has been signed yet; one is taken now.'}
      </span>
    </p>
  );
}

function BrokenReport({ report }: { readonly report: IntegrityReport }) {
  return (
    <div className="status-line status-bad">
      <p>
        The audit log does not match what was recorded. Records may have been changed outside Firebreak; keep this
        machine as it is and tell your incident commander.
        {report.lastMatched ? ` The log still matches ${describeCheckpoint(report.lastMatched, formatDateTime)}.` : ''}
      </p>
      <ul>
        {report.problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      {report.moreProblems > 0 ? <p>And {report.moreProblems.toLocaleString('en-GB')} more findings.</p> : null}
    </div>
  );
}

export function AuditLogSettings() {
  const db = useDatabase();
  const [checking, setChecking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const checkpointError = useCheckpointStore((state) => state.lastError);

  const verify = async (): Promise<void> => {
    setChecking(true);
    try {
      const report = await verifyIntegrity(db, await readHostJournal(), { timeInWords: formatDateTime });
      setOutcome({ kind: 'report', report });
      if (report.ok) void requestCheckpoint('verify');
    } catch (error) {
      setOutcome({ kind: 'error', message: describeError(error) });
    } finally {
      setChecking(false);
    }
  };

  return (
    <SettingsSection
      title="Audit log"
      description="Every change is written to a hash-chained log in the same transaction, and this installation's key signs checkpoints of the log and of every chain of custody (at exports, signed reports, legal reviews and every ten minutes), kept outside the database. Verifying re-computes every link, checks each record against its last entry and the log against every checkpoint."
    >
      <div className="stack">
        <div>
          <Button icon="shield" busy={checking} onClick={() => void verify()}>
            Verify audit log
          </Button>
        </div>
        <div aria-live="polite">
          {outcome?.kind === 'report' && outcome.report.ok ? <IntactLine report={outcome.report} /> : null}
          {outcome?.kind === 'report' && !outcome.report.ok ? <BrokenReport report={outcome.report} /> : null}
          {outcome?.kind === 'error' ? (
            <p className="status-line status-bad">The audit log could not be read. {outcome.message}</p>
          ) : null}
          {checkpointError ? (
            <p className="status-line status-bad">The last checkpoint could not be signed. {checkpointError}</p>
          ) : null}
        </div>
      </div>
    </SettingsSection>
  );
}
