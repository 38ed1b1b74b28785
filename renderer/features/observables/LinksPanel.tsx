/**
 * The incident page's links to other incidents, each read from this side ("Has duplicate INC-…" here, "Duplicate of
 * INC-…" there), with the other incident's title; link another, or remove a link after a confirmation.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { linkSeenFrom, type IncidentLink } from '../../../shared/domain/observables/incidentLink';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { routeHref } from '../../app/routes';
import { useReadOnly } from '../../app/useLegalReview';
import { liveIncident } from '../../db/incidents/queries';
import { unlinkIncidents } from '../../db/observables/links';
import { liveLinksOf } from '../../db/observables/queries';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { describeError } from '../../ui/errorMessage';
import { showToast } from '../../ui/toastStore';
import { LinkIncidentDialog } from './LinkIncidentDialog';

export function LinksPanel({ incident }: { readonly incident: Incident }) {
  const db = useDatabase();
  const { actor } = useSession();
  const readOnly = useReadOnly();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<IncidentLink | undefined>();
  const [busy, setBusy] = useState(false);
  const links = useLiveQuery(async () => {
    const all = await liveLinksOf(db, incident.id);
    return Promise.all(
      all.map(async (link) => {
        const seen = linkSeenFrom(link, incident.id);
        const other = await liveIncident(db, seen.other.id);
        return { link, ...seen, title: other?.title };
      }),
    );
  }, [db, incident.id]);

  const confirmRemove = async () => {
    if (!removing) return;
    setBusy(true);
    try {
      await unlinkIncidents(db, actor, removing.id);
      showToast('success', 'Link removed from both incidents.');
      setRemoving(undefined);
    } catch (error) {
      showToast('error', describeError(error));
    } finally {
      setBusy(false);
    }
  };
  const removingSeen = removing ? linkSeenFrom(removing, incident.id) : undefined;

  return (
    <section className="panel panel-links" aria-labelledby="links-title">
      <div className="panel-header">
        <h2 id="links-title" className="panel-title">
          Linked incidents
          {links ? <span className="panel-count">{links.length}</span> : null}
        </h2>
        {readOnly ? null : (
          <Button size="sm" icon="plus" onClick={() => setAdding(true)}>
            Link incident
          </Button>
        )}
      </div>
      {!links ? (
        <p className="muted">Loading links…</p>
      ) : links.length === 0 ? (
        <p className="muted">Not linked to other incidents. Link duplicates, causes and parent incidents here.</p>
      ) : (
        <ul className="incident-links" aria-label="Linked incidents">
          {links.map(({ link, label, other, title }) => (
            <li key={link.id} className="incident-link">
              <span className="incident-link-label">{label}</span>{' '}
              <a className="mono" href={routeHref({ name: 'incident', id: other.id })}>
                {other.ref}
              </a>
              {title ? <span className="incident-link-title">{title}</span> : <span className="muted">deleted</span>}
              {link.note ? <span className="muted incident-link-note">{link.note}</span> : null}
              {readOnly ? null : (
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Remove link: ${label.toLowerCase()} ${other.ref}`}
                  onClick={() => setRemoving(link)}
                >
                  Remove
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {adding ? <LinkIncidentDialog incident={incident} onClose={() => setAdding(false)} /> : null}
      <ConfirmDialog
        open={removing !== undefined}
        title="Remove this link?"
        message={
          removingSeen
            ? `${incident.ref} will no longer be linked to ${removingSeen.other.ref} (${removingSeen.label.toLowerCase()}). Both timelines record the removal.`
            : null
        }
        confirmLabel="Remove link"
        destructive
        busy={busy}
        onConfirm={() => void confirmRemove()}
        onCancel={() => setRemoving(undefined)}
      />
    </section>
  );
}
