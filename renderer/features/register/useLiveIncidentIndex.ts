/** The register's live search index for this database, and its status (loading progress, version) for React. */
import { useSyncExternalStore } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { liveIncidentIndexFor, type IndexStatus, type LiveIncidentIndex } from './liveIncidentIndex';

export function useLiveIncidentIndex(): { readonly live: LiveIncidentIndex; readonly status: IndexStatus } {
  const live = liveIncidentIndexFor(useDatabase());
  const status = useSyncExternalStore(live.subscribe, live.getStatus);
  return { live, status };
}
