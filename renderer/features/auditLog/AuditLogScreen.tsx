/**
 * The audit log in view: every change to a stored record — who, when, which record, its value hash before and after —
 * searchable and filterable at 100,000 entries, with the hash chain's verification beside it and the filtered view
 * exported as CSV or as a signed PDF report.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { describeAuditFilter, filterAuditLog, isAuditFilterEmpty } from '../../../shared/domain/auditLog/view';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { formatDateTime } from '../../ui/formatTime';
import { ProgressBar } from '../../ui/ProgressBar';
import { AuditEntryDetails } from './AuditEntryDetails';
import { AuditLogFilters } from './AuditLogFilters';
import { AuditLogList } from './AuditLogList';
import { AuditLogReportDialog } from './AuditLogReportDialog';
import { auditFilterOf, useAuditLogStore } from './auditLogStore';
import { ChainVerificationPanel } from './ChainVerificationPanel';
import { saveAuditCsv } from './saveAuditCsv';
import { useAuditLogRows } from './useAuditLogRows';
import { useChainCheck } from './useChainCheck';

const n = (value: number): string => value.toLocaleString('en-GB');

function sortedDistinct(values: Iterable<string>): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b));
}

export function AuditLogScreen() {
  useDocumentTitle('Audit log');
  const log = useAuditLogRows();
  const chain = useChainCheck();
  const viewFilter = useAuditLogStore((state) => state.filter);
  const selectedSeq = useAuditLogStore((state) => state.selectedSeq);
  const select = useAuditLogStore((state) => state.select);
  const deferredFilter = useDeferredValue(viewFilter);
  const filter = useMemo(() => auditFilterOf(deferredFilter), [deferredFilter]);
  const rows = useMemo(() => filterAuditLog(log.rows, filter), [log.rows, filter]);
  const actors = useMemo(() => sortedDistinct(log.rows.map((row) => row.entry.actor)), [log.rows]);
  const entities = useMemo(() => sortedDistinct(log.rows.map((row) => row.entry.entity)), [log.rows]);
  const selected = useMemo(() => {
    if (selectedSeq === null) return undefined;
    // Entries are numbered from 1 without gaps in a sound log; a broken one is searched instead.
    const guess = log.rows[selectedSeq - 1];
    return guess?.entry.seq === selectedSeq ? guess : log.rows.find((row) => row.entry.seq === selectedSeq);
  }, [log.rows, selectedSeq]);
  const [reportOpen, setReportOpen] = useState(false);
  const [savingCsv, setSavingCsv] = useState(false);
  const loading = log.phase === 'loading';
  const filterWords = describeAuditFilter(filter, formatDateTime);

  return (
    <div className="screen screen-fill screen-audit">
      <header className="screen-header">
        <div className="screen-heading">
          <h1>Audit log</h1>
          <p className="screen-subtitle" aria-live="polite" aria-atomic="true">
            {loading && log.rows.length === 0
              ? 'Loading…'
              : `${n(rows.length)} ${rows.length === 1 ? 'entry' : 'entries'}`}
            {!isAuditFilterEmpty(filter) ? <span className="muted"> · {n(log.total)} in total</span> : null}
          </p>
        </div>
        <div className="screen-actions">
          <Button
            icon="download"
            busy={savingCsv}
            disabled={loading || rows.length === 0}
            onClick={() => {
              setSavingCsv(true);
              void saveAuditCsv(rows, new Date().toISOString().slice(0, 10)).finally(() => setSavingCsv(false));
            }}
          >
            Export CSV
          </Button>
          <Button
            icon="shield"
            disabled={loading || chain.state.status !== 'done'}
            title={chain.state.status !== 'done' ? 'Available once the chain has been verified' : undefined}
            onClick={() => setReportOpen(true)}
          >
            Audit log report
          </Button>
        </div>
      </header>
      <AuditLogFilters actors={actors} entities={entities} />
      {log.phase === 'failed' ? (
        <div className="banner banner-danger" role="alert">
          The audit log could not be read: {log.error ?? 'unknown problem'} Reload Firebreak to try again.
        </div>
      ) : null}
      <div className="audit-body">
        <section className="audit-results" aria-label="Entries" aria-busy={loading}>
          <div className="audit-list-header" aria-hidden="true">
            <span className="cell audit-cell-seq">Entry</span>
            <span className="cell audit-cell-at">When</span>
            <span className="cell audit-cell-actor">Actor</span>
            <span className="cell audit-cell-op">Action</span>
            <span className="cell audit-cell-subject">Subject · value before → after</span>
          </div>
          {loading ? (
            <div className="list-loading">
              <ProgressBar
                label="Loading the audit log"
                value={log.rows.length}
                max={log.total}
                detail={`${n(log.rows.length)} of ${n(log.total)}`}
              />
            </div>
          ) : null}
          <AuditLogList
            rows={rows}
            selectedSeq={selectedSeq}
            onSelect={select}
            empty={
              loading ? null : log.total === 0 ? (
                <EmptyState icon="list" title="Nothing recorded yet">
                  Every change to incidents, runbooks, evidence and settings is recorded here as it happens.
                </EmptyState>
              ) : (
                <EmptyState icon="filter" title="No entry matches">
                  Change the search or the filters, or clear them to see every entry.
                </EmptyState>
              )
            }
          />
        </section>
        <aside className="audit-side">
          <ChainVerificationPanel state={chain.state} onVerify={chain.run} />
          {selected ? <AuditEntryDetails row={selected} onClose={() => select(null)} /> : null}
        </aside>
      </div>
      {reportOpen && chain.state.status === 'done' ? (
        <AuditLogReportDialog
          rows={rows}
          totalEntries={log.total}
          filterWords={filterWords}
          chain={chain.state.check}
          onClose={() => setReportOpen(false)}
        />
      ) : null}
    </div>
  );
}
