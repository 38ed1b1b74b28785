/** The published runbook versions (built-ins included), for choosing one to apply or to change. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/DatabaseContext';
import { listRunbookVersions } from '../../db/runbooks/queries';

export function usePublishedRunbooks() {
  const db = useDatabase();
  return useLiveQuery(
    async () =>
      (await listRunbookVersions(db))
        .filter((runbook) => runbook.status === 'published')
        .toSorted((a, b) => a.title.localeCompare(b.title)),
    [db],
  );
}
