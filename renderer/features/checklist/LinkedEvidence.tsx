/** A checklist step's link to an evidence item: the item's name (read live), leading to the item's page. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { MouseEvent } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { navigate } from '../../app/routeStore';
import { routeHref } from '../../app/routes';
import { evidenceItem } from '../../db/evidence/queries';

function open(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate({ name: 'evidence-item', id });
}

export function LinkedEvidence({ evidenceId }: { readonly evidenceId: string }) {
  const db = useDatabase();
  const item = useLiveQuery(() => evidenceItem(db, evidenceId), [db, evidenceId]);
  if (item === undefined) return <span className="muted">Evidence item</span>;
  return (
    <a href={routeHref({ name: 'evidence-item', id: evidenceId })} onClick={(event) => open(event, evidenceId)}>
      {item.name}
      {item.deletedAt === null ? null : ' (deleted)'}
    </a>
  );
}
