/**
 * One evidence item: header with its verification and hold state, actions, preview, details and chain of custody.
 * Opening it appends a 'viewed' custody event (in legal review mode too: every view is logged).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, type MouseEvent } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { useReadOnly } from '../../app/useLegalReview';
import { useSession } from '../../app/ProfileContext';
import { navigate } from '../../app/routeStore';
import { routeHref } from '../../app/routes';
import { SplashScreen } from '../../app/SplashScreen';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { logEvidenceView } from '../../db/evidence/evidence';
import { evidenceItem, storedContent } from '../../db/evidence/queries';
import { Badge } from '../../ui/Badge';
import { EmptyState } from '../../ui/EmptyState';
import { describeError } from '../../ui/errorMessage';
import { showToast } from '../../ui/toastStore';
import { VERIFICATION_LABELS } from '../../../shared/domain/evidence/evidence';
import { FetchContentPanel } from '../couch/FetchContentPanel';
import { CustodyLog } from './CustodyLog';
import { EvidenceActions } from './EvidenceActions';
import { EvidenceMetadata } from './EvidenceMetadata';
import { EvidencePreview } from './EvidencePreview';
import { VERIFICATION_TONES } from './evidenceLabels';

function follow(event: MouseEvent<HTMLAnchorElement>, go: () => void): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  go();
}

export function EvidenceItemScreen({ id }: { readonly id: string }) {
  const db = useDatabase();
  const { actor } = useSession();
  const reviewOn = useReadOnly();
  const data = useLiveQuery(async () => {
    const item = await evidenceItem(db, id);
    if (!item) return null;
    // An item that came by live sync may be here without its bytes until someone fetches them.
    const contentHere = item.size === 0 || (await storedContent(db, item.sha256)) !== undefined;
    return { item, incidentRef: item.subject.ref, contentHere };
  }, [db, id]);
  const logged = useRef(false);
  useDocumentTitle(data ? data.item.name : 'Evidence');

  const present = data !== undefined && data !== null;
  useEffect(() => {
    if (!present || logged.current) return;
    logged.current = true;
    logEvidenceView(db, actor, id).catch((error: unknown) => showToast('error', describeError(error)));
  }, [present, db, actor, id]);

  if (data === undefined) return <SplashScreen message="Opening the evidence item…" />;
  if (data === null) {
    return (
      <div className="screen">
        <EmptyState icon="alert" title="Evidence item not found">
          It may have been removed from this machine.
        </EmptyState>
      </div>
    );
  }
  const { item, incidentRef, contentHere } = data;
  const deleted = item.deletedAt !== null;
  return (
    <div className="screen screen-evidence-item">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <a href={routeHref({ name: 'evidence' })} onClick={(e) => follow(e, () => navigate({ name: 'evidence' }))}>
          Evidence
        </a>
        <span aria-hidden="true"> / </span>
        <a
          href={routeHref({ name: 'incident', id: item.subject.id })}
          onClick={(e) => follow(e, () => navigate({ name: 'incident', id: item.subject.id }))}
          className="mono"
        >
          {incidentRef}
        </a>
      </nav>
      <header className="evidence-item-header">
        <h1 tabIndex={-1}>{item.name}</h1>
        <div className="evidence-item-badges">
          <Badge tone={VERIFICATION_TONES[item.verification.state]}>
            {VERIFICATION_LABELS[item.verification.state]}
          </Badge>
          {item.hold ? <Badge tone="warning">Legal hold</Badge> : null}
          {deleted ? <Badge tone="danger">Deleted: {item.deleteReason}</Badge> : null}
        </div>
      </header>
      {item.verification.state === 'mismatch' ? (
        <p className="mismatch-alert" role="alert">
          HASH MISMATCH — the stored bytes of this item no longer match the SHA-256 recorded at intake. Recorded{' '}
          <code>{item.sha256}</code>, found <code>{item.verification.found}</code>. Treat this item as altered.
        </p>
      ) : null}
      {deleted ? null : <EvidenceActions item={item} reviewOn={reviewOn} />}
      <div className="evidence-item-layout">
        <div className="evidence-item-primary">
          {contentHere || deleted ? <EvidencePreview item={item} /> : <FetchContentPanel item={item} />}
          <CustodyLog itemId={item.id} recordedHash={item.sha256} />
        </div>
        <aside className="evidence-item-secondary" aria-label="Evidence details">
          <EvidenceMetadata item={item} incidentRef={incidentRef} />
        </aside>
      </div>
    </div>
  );
}
