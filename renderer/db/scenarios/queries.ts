/**
 * Reads of the scenario library: every version (stored ones plus the built-ins, which live in code), one version, a
 * lineage's stored versions, and `publishedScenarios()` — what an exercise can be planned from. Deleted rows are
 * never returned.
 */
import type { Scenario } from '../../../shared/domain/exercises/scenario';
import { builtInScenarioVersions, type ScenarioVersion } from '../../../shared/domain/scenarios/library';
import type { FirebreakDatabase } from '../database';

async function liveStoredScenarios(db: FirebreakDatabase): Promise<Scenario[]> {
  return (await db.scenarios.toArray()).filter((scenario) => scenario.deletedAt === null);
}

/** Every scenario version in the library: the built-ins, then every stored version. */
export async function listScenarioVersions(db: FirebreakDatabase): Promise<ScenarioVersion[]> {
  return [...builtInScenarioVersions(), ...(await liveStoredScenarios(db))];
}

/**
 * The scenarios an exercise can be planned from: every built-in and every local published version (one per lineage,
 * since publishing retires the previous one), sorted by name. An exercise snapshots the version it runs, so later
 * edits never change an exercise.
 */
export async function publishedScenarios(db: FirebreakDatabase): Promise<ScenarioVersion[]> {
  const stored = (await db.scenarios.where('status').equals('published').toArray()).filter(
    (scenario) => scenario.deletedAt === null,
  );
  return [...builtInScenarioVersions(), ...stored].sort((a, b) => a.overview.name.localeCompare(b.overview.name));
}

/** One version by id: a built-in, or a stored version unless it was deleted. */
export async function scenarioVersion(db: FirebreakDatabase, id: string): Promise<ScenarioVersion | undefined> {
  const builtIn = builtInScenarioVersions().find((version) => version.id === id);
  if (builtIn) return builtIn;
  const stored = await db.scenarios.get(id);
  return stored && stored.deletedAt === null ? stored : undefined;
}

/** The stored version with this id, unless it was deleted (built-ins are never stored). */
export async function liveScenario(db: FirebreakDatabase, id: string): Promise<Scenario | undefined> {
  const stored = await db.scenarios.get(id);
  return stored && stored.deletedAt === null ? stored : undefined;
}

/** Every stored version of one scenario. */
export async function liveScenarioLineage(db: FirebreakDatabase, lineageId: string): Promise<Scenario[]> {
  return (await db.scenarios.where('lineageId').equals(lineageId).toArray()).filter((s) => s.deletedAt === null);
}
