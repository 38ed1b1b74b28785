/**
 * The incident page's evidence: intake (files or an AI system snapshot), intakes in progress, the items, verify all,
 * and a chain-of-custody report over the items the user ticks (the reports' own preview, sign and export dialog).
 */
import { incidentSubject } from '../../../shared/domain/subject';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { useDatabase } from '../../app/DatabaseContext';
import { useReadOnly } from '../../app/useLegalReview';
import { liveEvidenceOfSubject } from '../../db/evidence/queries';
import { Button } from '../../ui/Button';
import { ReportPreviewDialog } from '../reports/ReportPreviewDialog';
import { EvidenceList } from './EvidenceList';
import { IntakeForm } from './IntakeForm';
import { IntakeJobList } from './IntakeJobList';
import { SnapshotDialog } from './SnapshotDialog';
import { VerifyAllButton } from './VerifyAllButton';

function toggled(selected: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(selected);
  if (!next.delete(id)) next.add(id);
  return next;
}

export function EvidencePanel({ incident }: { readonly incident: Incident }) {
  const db = useDatabase();
  const subject = incidentSubject(incident);
  const incidentId = subject.id;
  const reviewOn = useReadOnly();
  const [snapshotOpen, setSnapshotOpen] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  /** The items the open custody report covers, fixed when it was opened. */
  const [custodyReport, setCustodyReport] = useState<readonly string[] | undefined>();
  const items = useLiveQuery(async () => (await liveEvidenceOfSubject(db, incidentId)).reverse(), [db, incidentId]);
  const chosen = (items ?? []).filter((item) => selected.has(item.id));
  return (
    <section className="panel panel-evidence" aria-labelledby="evidence-title">
      <div className="panel-header">
        <h2 id="evidence-title" className="panel-title">
          Evidence
          {items ? <span className="panel-count">{items.length}</span> : null}
        </h2>
        <div className="panel-actions">
          <Button size="sm" icon="shield" disabled={reviewOn} onClick={() => setSnapshotOpen(true)}>
            Record AI system snapshot
          </Button>
          <VerifyAllButton items={items ?? []} />
        </div>
      </div>
      {reviewOn ? null : <IntakeForm subject={subject} />}
      <IntakeJobList subjectId={incidentId} />
      {items && items.length > 0 ? (
        <div className="evidence-selection-bar">
          <Button
            size="sm"
            icon="shield"
            disabled={chosen.length === 0}
            onClick={() => setCustodyReport(chosen.map((item) => item.id))}
          >
            Chain-of-custody report
          </Button>
          <span className="muted" aria-live="polite">
            {chosen.length === 0
              ? 'Tick items to report their chain of custody.'
              : `${chosen.length} of ${items.length} selected`}
          </span>
        </div>
      ) : null}
      {items === undefined ? (
        <p className="muted">Loading evidence…</p>
      ) : items.length === 0 ? (
        <p className="muted">No evidence yet. Drop files above or record an AI system snapshot.</p>
      ) : (
        <EvidenceList
          items={items}
          maxHeight={420}
          selection={{ selected, onToggle: (id) => setSelected((current) => toggled(current, id)) }}
        />
      )}
      {snapshotOpen ? <SnapshotDialog subject={subject} onClose={() => setSnapshotOpen(false)} /> : null}
      {custodyReport ? (
        <ReportPreviewDialog
          subject={subject}
          type="custody-report"
          evidenceIds={custodyReport}
          onClose={() => setCustodyReport(undefined)}
        />
      ) : null}
    </section>
  );
}
