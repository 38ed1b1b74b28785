/**
 * "Chain verification", beside the audit log: the whole hash chain checked against its anchored head, with progress
 * while it reads and hashes a long log, then the result in words (intact, or where it breaks and why).
 */
import { Button } from '../../ui/Button';
import { DateTime } from '../../ui/DateTime';
import { Icon } from '../../ui/Icon';
import { ProgressBar } from '../../ui/ProgressBar';
import type { ChainCheckState } from './useChainCheck';

const n = (value: number): string => value.toLocaleString('en-GB');

function Running({ state }: { readonly state: Extract<ChainCheckState, { status: 'running' }> }) {
  const { progress } = state;
  if (progress === null) return <ProgressBar label="Verifying the chain" value={0} max={0} detail="Starting…" />;
  const reading = progress.phase === 'reading';
  return (
    <ProgressBar
      label={reading ? 'Reading entries' : 'Checking hashes'}
      value={progress.done}
      max={progress.total}
      detail={`${n(progress.done)} of ${n(progress.total)}`}
    />
  );
}

export function ChainVerificationPanel({
  state,
  onVerify,
}: {
  readonly state: ChainCheckState;
  readonly onVerify: () => void;
}) {
  return (
    <section className="panel audit-chain" aria-labelledby="audit-chain-title">
      <div className="panel-header">
        <h2 className="panel-title" id="audit-chain-title">
          <Icon name="shield" /> Chain verification
        </h2>
        <Button size="sm" icon="refresh" busy={state.status === 'running'} onClick={onVerify}>
          Verify again
        </Button>
      </div>
      <div role="status" aria-live="polite" className="audit-chain-result">
        {state.status === 'running' ? <Running state={state} /> : null}
        {state.status === 'failed' ? (
          <p className="status-line status-bad">The chain could not be verified: {state.message}</p>
        ) : null}
        {state.status === 'done' && state.check.report.ok ? (
          <div className="stack">
            <p className="status-line status-ok">
              <Icon name="check" /> Intact: all {n(state.check.report.count)} entries link to each other and to the
              recorded head.
            </p>
            <p className="muted audit-chain-facts">
              Head: entry {state.check.report.head.seq}, <code>{state.check.report.head.hash.slice(0, 16)}…</code>
              <br />
              Checked <DateTime iso={state.check.checkedAt} />
            </p>
          </div>
        ) : null}
        {state.status === 'done' && !state.check.report.ok ? (
          <div className="stack">
            <p className="status-line status-bad">
              <Icon name="alert" /> Broken at entry {state.check.report.seq}: {state.check.report.problem}
            </p>
            <p className="muted">
              Entries from there on cannot be relied on. Keep this machine’s data as it is and tell whoever looks after
              its integrity. Checked <DateTime iso={state.check.checkedAt} />.
            </p>
          </div>
        ) : null}
      </div>
      <p className="muted audit-chain-explainer">
        Every change to a stored record appends an entry that carries the previous entry’s hash and its own; the last
        entry is anchored apart, so an edited, removed, inserted or reordered entry is found here.
      </p>
    </section>
  );
}
