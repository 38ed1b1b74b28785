/** The scenario library, live: the built-ins and every stored version, grouped by lineage, newest first. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { groupScenarioLineages, type ScenarioVersion } from '../../../shared/domain/scenarios/library';
import { useDatabase } from '../../app/DatabaseContext';
import { listScenarioVersions } from '../../db/scenarios/queries';

export function useScenarioLibrary(): Map<string, ScenarioVersion[]> | undefined {
  const db = useDatabase();
  const versions = useLiveQuery(() => listScenarioVersions(db), [db]);
  return useMemo(() => (versions ? groupScenarioLineages(versions) : undefined), [versions]);
}

/** The version with this id and its lineage's versions (newest first), once the library has loaded. */
export function findScenarioVersion(
  library: Map<string, ScenarioVersion[]> | undefined,
  id: string,
): { version: ScenarioVersion; lineage: ScenarioVersion[] } | undefined {
  if (!library) return undefined;
  for (const lineage of library.values()) {
    const version = lineage.find((candidate) => candidate.id === id);
    if (version) return { version, lineage };
  }
  return undefined;
}
