/**
 * The register's current query and its result. The query object is rebuilt only when a filter changes; the result
 * is recomputed from (index version, query) and deferred, so typing stays instant while a large list catches up.
 */
import { useDeferredValue, useMemo } from 'react';
import type { IncidentIndex, IncidentListItem, IncidentQuery } from './incidentIndex';
import { queryIncidents } from './queryIncidents';
import { useRegisterStore } from './registerStore';

export function useRegisterQuery(
  index: IncidentIndex,
  version: number,
): { readonly query: IncidentQuery; readonly results: readonly IncidentListItem[]; readonly stale: boolean } {
  const text = useRegisterStore((state) => state.text);
  const phases = useRegisterStore((state) => state.phases);
  const severities = useRegisterStore((state) => state.severities);
  const types = useRegisterStore((state) => state.types);
  const sort = useRegisterStore((state) => state.sort);
  const query = useMemo<IncidentQuery>(
    () => ({ text, phases, severities, types, sort }),
    [text, phases, severities, types, sort],
  );
  const deferred = useDeferredValue(query);
  const results = useMemo(() => queryIncidents(index, version, deferred), [index, version, deferred]);
  return { query: deferred, results, stale: deferred !== query };
}
