/**
 * The runbook steps an expected action can link to: every step of every runbook lineage's newest version (built-in
 * and local), keyed `lineageId#stepId`, with "Runbook title › Step title" for display. Read through the runbooks
 * capability's exported query.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { listRunbookVersions } from '../../db/runbooks/queries';

export interface RunbookStepOption {
  readonly key: string;
  readonly lineageId: string;
  readonly stepId: string;
  readonly runbook: string;
  readonly step: string;
}

export function runbookStepKey(link: { readonly lineageId: string; readonly stepId: string }): string {
  return `${link.lineageId}#${link.stepId}`;
}

export function useRunbookSteps(): ReadonlyMap<string, RunbookStepOption> {
  const db = useDatabase();
  const versions = useLiveQuery(() => listRunbookVersions(db), [db]);
  return useMemo(() => {
    const newest = new Map<string, NonNullable<typeof versions>[number]>();
    for (const version of versions ?? []) {
      const current = newest.get(version.lineageId);
      if (!current || current.version < version.version) newest.set(version.lineageId, version);
    }
    const options = new Map<string, RunbookStepOption>();
    for (const runbook of [...newest.values()].sort((a, b) => a.title.localeCompare(b.title))) {
      for (const block of runbook.phases) {
        for (const step of block.steps) {
          const key = runbookStepKey({ lineageId: runbook.lineageId, stepId: step.id });
          options.set(key, {
            key,
            lineageId: runbook.lineageId,
            stepId: step.id,
            runbook: runbook.title,
            step: step.title,
          });
        }
      }
    }
    return options;
  }, [versions]);
}
