/** Evidence across every incident: filters, sort, verify all, and a virtualised list. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/DatabaseContext';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { liveEvidence } from '../../db/evidence/queries';
import { EmptyState } from '../../ui/EmptyState';
import { EvidenceFilters } from './EvidenceFilters';
import { useEvidenceFilterStore } from './evidenceFilterStore';
import { EvidenceList } from './EvidenceList';
import { filterEvidence, tagsInUse } from './filterEvidence';
import { VerifyAllButton } from './VerifyAllButton';

export function EvidenceScreen() {
  const db = useDatabase();
  useDocumentTitle('Evidence');
  const filter = useEvidenceFilterStore((state) => state.filter);
  const data = useLiveQuery(async () => {
    const items = await liveEvidence(db);
    const refs = new Map(items.map((item) => [item.subject.id, item.subject.ref]));
    return { items, refs };
  }, [db]);
  const shown = data ? filterEvidence(data.items, filter) : [];
  const live = data ? data.items.length : 0;

  return (
    <div className="screen screen-evidence">
      <header className="screen-header">
        <h1 tabIndex={-1}>Evidence</h1>
        <p className="muted">
          {data ? `${shown.length} of ${live} items` : 'Loading…'} · every item hashed at intake, with its chain of
          custody
        </p>
      </header>
      <div className="evidence-toolbar">
        <EvidenceFilters tags={data ? tagsInUse(data.items) : []} />
        <VerifyAllButton items={shown} />
      </div>
      {data && live === 0 ? (
        <EmptyState icon="database" title="No evidence yet">
          Open an incident and drop files on its Evidence panel, or record an AI system snapshot.
        </EmptyState>
      ) : (
        <EvidenceList items={shown} incidentRefs={data?.refs} />
      )}
    </div>
  );
}
