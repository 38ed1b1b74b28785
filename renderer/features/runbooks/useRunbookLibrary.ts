/** The runbook library, live: every stored version plus the built-ins not stored yet, grouped by lineage. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { BuiltInRunbook } from '../../../shared/domain/runbooks/builtInRunbooks';
import { groupByLineage, type Runbook } from '../../../shared/domain/runbooks/runbook';
import { useDatabase } from '../../app/DatabaseContext';
import { listRunbookVersions } from '../../db/runbooks/queries';

export type LibraryVersion = Runbook | BuiltInRunbook;

export function useRunbookLibrary(): Map<string, LibraryVersion[]> | undefined {
  const db = useDatabase();
  const versions = useLiveQuery(() => listRunbookVersions(db), [db]);
  return useMemo(() => (versions ? groupByLineage(versions) : undefined), [versions]);
}
