/**
 * Scenario repository: creating a scenario, duplicating one (a built-in or a local version) into a new lineage,
 * saving an edit (a draft in place, a published or retired version into the next draft version), publishing and
 * retiring, and JSON import. Every write parses its input with the shared body schema and runs in one write
 * transaction; the versioning rules are the pure ones in shared/domain/scenarios/library.ts.
 */
import { uuidv7 } from '../../../shared/domain/ids';
import {
  scenarioBodySchema,
  type Scenario,
  type ScenarioBody,
  type ScenarioBodyInput,
  type ScenarioOrigin,
} from '../../../shared/domain/exercises/scenario';
import {
  planScenarioEdit,
  readScenarioFile,
  scenarioBody,
  scenarioStatusRefusal,
} from '../../../shared/domain/scenarios/library';
import { parseOrRefuse, refuseIf, WriteRefusedError } from '../../../shared/errors';
import type { FirebreakDatabase } from '../database';
import { writeTransaction, type Actor, type RecordWriter } from '../write';
import { liveScenario, liveScenarioLineage, scenarioVersion } from './queries';

function parseBody(input: ScenarioBodyInput): ScenarioBody {
  return parseOrRefuse(scenarioBodySchema, 'scenario', input);
}

function createVersion(
  writer: RecordWriter,
  body: ScenarioBody,
  lineageId: string,
  version: number,
  derivedFrom: ScenarioOrigin | null,
): Scenario {
  return writer.create('scenario', {
    ...body,
    lineageId,
    version,
    status: 'draft',
    builtIn: false,
    publishedAt: null,
    derivedFrom,
  });
}

/** A new scenario: version 1 of a new lineage, as a draft. */
export async function createScenario(db: FirebreakDatabase, actor: Actor, input: ScenarioBodyInput): Promise<Scenario> {
  const body = parseBody(input);
  return writeTransaction(db, actor, async (writer) =>
    createVersion(writer, body, uuidv7(Date.parse(writer.now)), 1, null),
  );
}

/**
 * A copy of a version (built-in or local) as version 1 of a new lineage, a draft named "… (copy)" that remembers
 * where it came from. This is how a built-in is edited.
 */
export async function duplicateScenario(db: FirebreakDatabase, actor: Actor, sourceId: string): Promise<Scenario> {
  return writeTransaction(db, actor, async (writer) => {
    const source = await scenarioVersion(db, sourceId);
    if (!source) throw new WriteRefusedError('That scenario no longer exists.');
    const body = scenarioBody(source);
    const name = `${body.overview.name} (copy)`.slice(0, 200);
    return createVersion(writer, { ...body, overview: { ...body.overview, name } }, uuidv7(Date.parse(writer.now)), 1, {
      lineageId: source.lineageId,
      version: source.version,
      name: source.overview.name,
      builtIn: source.builtIn,
    });
  });
}

/** Saves an edit of version `baseId`: a draft changes in place; a published or retired version gets a new draft. */
export async function saveScenarioEdit(
  db: FirebreakDatabase,
  actor: Actor,
  baseId: string,
  input: ScenarioBodyInput,
): Promise<Scenario> {
  const body = parseBody(input);
  return writeTransaction(db, actor, async (writer) => {
    const base = await liveScenario(db, baseId);
    if (!base) {
      const builtIn = await scenarioVersion(db, baseId);
      throw new WriteRefusedError(
        builtIn
          ? 'Built-in scenarios are read-only; duplicate this one to edit it.'
          : 'That scenario no longer exists.',
      );
    }
    const plan = planScenarioEdit(base, await liveScenarioLineage(db, base.lineageId));
    switch (plan.kind) {
      case 'refused':
        throw new WriteRefusedError(plan.message);
      case 'update-draft':
        return writer.update('scenario', base, body);
      case 'new-version':
        return createVersion(writer, body, base.lineageId, plan.version, base.derivedFrom);
    }
  });
}

/** Publishes or retires a version. Publishing retires the lineage's previously published version. */
export async function setScenarioStatus(
  db: FirebreakDatabase,
  actor: Actor,
  id: string,
  to: 'published' | 'retired',
): Promise<Scenario> {
  return writeTransaction(db, actor, async (writer) => {
    const scenario = await liveScenario(db, id);
    if (!scenario) {
      const builtIn = await scenarioVersion(db, id);
      refuseIf(builtIn ? scenarioStatusRefusal(builtIn, to) : 'That scenario no longer exists.');
      throw new WriteRefusedError('That scenario no longer exists.');
    }
    refuseIf(scenarioStatusRefusal(scenario, to));
    if (to === 'published') {
      for (const other of await liveScenarioLineage(db, scenario.lineageId)) {
        if (other.id !== scenario.id && other.status === 'published') {
          writer.update('scenario', other, { status: 'retired' });
        }
      }
      return writer.update('scenario', scenario, { status: 'published', publishedAt: writer.now });
    }
    return writer.update('scenario', scenario, { status: 'retired' });
  });
}

/** Imports a scenario file as a new draft scenario; a bad file is refused in words and nothing is written. */
export async function importScenario(db: FirebreakDatabase, actor: Actor, text: string): Promise<Scenario> {
  const read = readScenarioFile(text);
  if (!read.ok) throw new WriteRefusedError(read.message);
  return createScenario(db, actor, read.body);
}
