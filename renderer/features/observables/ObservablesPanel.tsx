/**
 * The incident page's observables: each with its kind, value (a token only as its redacted hint), TLP and PAP,
 * first and last seen, the evidence that shows it, and the other incidents where the same thing was seen; add,
 * change and remove (with a confirmation), and export as STIX 2.1 indicators.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Incident } from '../../../shared/domain/incidents/incident';
import type { Observable } from '../../../shared/domain/observables/observable';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { useReadOnly } from '../../app/useLegalReview';
import { liveEvidenceOfSubject } from '../../db/evidence/queries';
import { removeObservable } from '../../db/observables/observables';
import { liveObservablesOf, seenElsewhere } from '../../db/observables/queries';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { describeError } from '../../ui/errorMessage';
import { showToast } from '../../ui/toastStore';
import { exportStix } from './exportStix';
import { ObservableDialog } from './ObservableDialog';
import { ObservableRow } from './ObservableRow';
import { OBSERVABLE_KIND_LABELS } from '../../../shared/domain/observables/observable';

export function ObservablesPanel({ incident }: { readonly incident: Incident }) {
  const db = useDatabase();
  const { actor } = useSession();
  const readOnly = useReadOnly() || incident.phase === 'closed';
  const [editing, setEditing] = useState<Observable | 'new' | undefined>();
  const [removing, setRemoving] = useState<Observable | undefined>();
  const [busy, setBusy] = useState(false);
  const data = useLiveQuery(async () => {
    const observables = await liveObservablesOf(db, incident.id);
    const [elsewhere, evidence] = await Promise.all([
      seenElsewhere(db, observables),
      liveEvidenceOfSubject(db, incident.id),
    ]);
    return { observables, elsewhere, evidenceNames: new Map(evidence.map((item) => [item.id, item.name])) };
  }, [db, incident.id]);
  const observables = data?.observables;

  const confirmRemove = async () => {
    if (!removing) return;
    setBusy(true);
    try {
      await removeObservable(db, actor, removing.id);
      showToast('success', `${OBSERVABLE_KIND_LABELS[removing.kind]} removed.`);
      setRemoving(undefined);
    } catch (error) {
      showToast('error', describeError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel panel-observables" aria-labelledby="observables-title">
      <div className="panel-header">
        <h2 id="observables-title" className="panel-title">
          Observables
          {observables ? <span className="panel-count">{observables.length}</span> : null}
        </h2>
        <div className="panel-actions">
          <Button
            size="sm"
            icon="download"
            disabled={!observables || observables.length === 0}
            onClick={() => void exportStix(incident, observables ?? [])}
          >
            Export STIX 2.1
          </Button>
          {readOnly ? null : (
            <Button size="sm" icon="plus" onClick={() => setEditing('new')}>
              Add observable
            </Button>
          )}
        </div>
      </div>
      {!data ? (
        <p className="muted">Loading observables…</p>
      ) : data.observables.length === 0 ? (
        <p className="muted">
          No observables yet. Add the prompts, model and dataset ids, keys, addresses and accounts this incident was
          seen with, to find them in other incidents and share them as STIX.
        </p>
      ) : (
        <ul className="observable-list" aria-label="Observables">
          {data.observables.map((observable) => (
            <ObservableRow
              key={observable.id}
              observable={observable}
              elsewhere={data.elsewhere.get(observable.id) ?? []}
              evidenceName={observable.evidenceId ? data.evidenceNames.get(observable.evidenceId) : undefined}
              readOnly={readOnly}
              onEdit={() => setEditing(observable)}
              onRemove={() => setRemoving(observable)}
            />
          ))}
        </ul>
      )}
      {editing ? (
        <ObservableDialog
          incident={incident}
          observable={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
        />
      ) : null}
      <ConfirmDialog
        open={removing !== undefined}
        title="Remove this observable?"
        message={
          removing ? (
            <>
              {OBSERVABLE_KIND_LABELS[removing.kind]} <span className="mono">{removing.value.slice(0, 120)}</span> will
              no longer be listed on this incident or matched in others. The audit log keeps the record of it.
            </>
          ) : null
        }
        confirmLabel="Remove observable"
        destructive
        busy={busy}
        onConfirm={() => void confirmRemove()}
        onCancel={() => setRemoving(undefined)}
      />
    </section>
  );
}
