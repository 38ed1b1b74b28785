/** The incident page's evidence: intake (files or an AI system snapshot), intakes in progress, the items, verify all. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { Button } from '../../ui/Button';
import { EvidenceList } from './EvidenceList';
import { IntakeForm } from './IntakeForm';
import { IntakeJobList } from './IntakeJobList';
import { LegalReviewBanner } from './LegalReviewBanner';
import { useLegalReviewStore } from './legalReviewStore';
import { SnapshotDialog } from './SnapshotDialog';
import { VerifyAllButton } from './VerifyAllButton';

export function EvidencePanel({ incidentId }: { readonly incidentId: string }) {
  const db = useDatabase();
  const reviewOn = useLegalReviewStore((state) => state.on);
  const [snapshotOpen, setSnapshotOpen] = useState(false);
  const items = useLiveQuery(
    async () =>
      (await db.evidence.where('incidentId').equals(incidentId).toArray())
        .filter((item) => item.deletedAt === null)
        .sort((a, b) => b.acquiredAt.localeCompare(a.acquiredAt)),
    [db, incidentId],
  );
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
      <LegalReviewBanner />
      {reviewOn ? null : <IntakeForm incidentId={incidentId} />}
      <IntakeJobList incidentId={incidentId} />
      {items === undefined ? (
        <p className="muted">Loading evidence…</p>
      ) : items.length === 0 ? (
        <p className="muted">No evidence yet. Drop files above or record an AI system snapshot.</p>
      ) : (
        <EvidenceList items={items} maxHeight={420} />
      )}
      {snapshotOpen ? <SnapshotDialog incidentId={incidentId} onClose={() => setSnapshotOpen(false)} /> : null}
    </section>
  );
}
