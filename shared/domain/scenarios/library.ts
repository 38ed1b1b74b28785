/**
 * The scenario library's rules: which versions exist (stored ones and the built-ins, which live only in code), which
 * one an edit writes, which status changes are allowed, how the library is searched and filtered, and the JSON file a
 * scenario is shared as. Versioned like runbooks: a draft is edited in place, editing a published or retired
 * version writes the next draft version, and publishing retires the lineage's previously published version.
 *
 * Built-in scenarios are read-only: they are never stored, and "Duplicate to edit" starts a new lineage from one, so
 * a built-in's content can change in a later release without clashing with anyone's edits.
 */
import { z } from 'zod';
import { describeZodError, IN_WORDS } from '../../errors';
import { BUILT_IN_SCENARIOS, type BuiltInScenario } from '../exercises/builtIn';
import {
  EXERCISE_CAPABILITY_LABELS,
  scenarioBodySchema,
  type ExerciseCapability,
  type Scenario,
  type ScenarioBody,
  type ScenarioStatus,
} from '../exercises/scenario';

export const SCENARIO_STATUS_LABELS: Readonly<Record<ScenarioStatus, string>> = {
  draft: 'Draft',
  published: 'Published',
  retired: 'Retired',
};

/** A scenario version as the library lists it: a stored version, or a built-in (never stored). */
export type ScenarioVersion = ScenarioBody &
  Pick<Scenario, 'id' | 'lineageId' | 'version' | 'status' | 'builtIn'> &
  Partial<Pick<Scenario, 'derivedFrom' | 'publishedAt' | 'updatedAt' | 'updatedBy'>>;

/**
 * The id of a built-in's version, derived from its lineage id and version (the lineage's first three groups, the
 * version in the fourth, the lineage's last group), so every installation names the same built-in version alike.
 */
export function builtInScenarioId(builtIn: Pick<BuiltInScenario, 'lineageId' | 'version'>): string {
  const [a, b, c, , e] = builtIn.lineageId.split('-');
  return `${a}-${b}-${c}-a${builtIn.version.toString(16).padStart(3, '0')}-${e}`;
}

/** A built-in scenario as a library version: its body parsed (defaults filled), published, read-only. */
export function builtInScenarioVersion(builtIn: BuiltInScenario): ScenarioVersion {
  return {
    ...scenarioBodySchema.parse(builtIn.body),
    id: builtInScenarioId(builtIn),
    lineageId: builtIn.lineageId,
    version: builtIn.version,
    status: 'published',
    builtIn: true,
    derivedFrom: null,
  };
}

let builtInVersions: readonly ScenarioVersion[] | undefined;

/** Every built-in scenario as a library version (parsed once). */
export function builtInScenarioVersions(): readonly ScenarioVersion[] {
  builtInVersions ??= BUILT_IN_SCENARIOS.map(builtInScenarioVersion);
  return builtInVersions;
}

/** The body of a version: everything but identity, version and status. */
export function scenarioBody(version: ScenarioBody): ScenarioBody {
  const { overview, objectives, capabilityTargets, modules, hotWashGuide } = version;
  return { overview, objectives, capabilityTargets, modules, hotWashGuide };
}

/** The versions of every lineage, newest first within a lineage. */
export function groupScenarioLineages<S extends Pick<ScenarioVersion, 'lineageId' | 'version'>>(
  versions: readonly S[],
): Map<string, S[]> {
  const lineages = new Map<string, S[]>();
  for (const version of versions) {
    const list = lineages.get(version.lineageId) ?? [];
    list.push(version);
    lineages.set(version.lineageId, list);
  }
  for (const list of lineages.values()) list.sort((a, b) => b.version - a.version);
  return lineages;
}

/** The version a lineage shows in the library: its published one, else its newest. */
export function shownVersion<S extends Pick<ScenarioVersion, 'status'>>(newestFirst: readonly S[]): S | undefined {
  return newestFirst.find((version) => version.status === 'published') ?? newestFirst[0];
}

export type ScenarioEditPlan =
  | { readonly kind: 'update-draft' }
  | { readonly kind: 'new-version'; readonly version: number }
  | { readonly kind: 'refused'; readonly message: string };

/**
 * What saving an edit of `base` writes: a draft changes in place; a published or retired version never changes — the
 * edit becomes a new draft after the lineage's newest version. One draft per lineage at a time; a built-in is never
 * edited (it is duplicated first).
 */
export function planScenarioEdit(
  base: Pick<ScenarioVersion, 'status' | 'version' | 'builtIn'>,
  lineage: ReadonlyArray<Pick<ScenarioVersion, 'status' | 'version'>>,
): ScenarioEditPlan {
  if (base.builtIn) {
    return { kind: 'refused', message: 'Built-in scenarios are read-only; duplicate this one to edit it.' };
  }
  if (base.status === 'draft') return { kind: 'update-draft' };
  const draft = lineage.find((version) => version.status === 'draft');
  if (draft) {
    return { kind: 'refused', message: `Version ${draft.version} is already a draft of this scenario; edit that one.` };
  }
  return { kind: 'new-version', version: Math.max(base.version, ...lineage.map((version) => version.version)) + 1 };
}

/** Draft → published → retired; a retired version may be published again; nothing returns to draft. */
export function scenarioStatusRefusal(
  version: Pick<ScenarioVersion, 'status' | 'builtIn'>,
  to: ScenarioStatus,
): string | undefined {
  if (version.builtIn) return 'Built-in scenarios are always published; duplicate one to make your own.';
  if (version.status === to) return `This version is already ${SCENARIO_STATUS_LABELS[to].toLowerCase()}.`;
  if (to === 'draft') return 'A published or retired version cannot become a draft again.';
  if (version.status === 'draft' && to === 'retired') return 'Publish a draft before retiring it.';
  return undefined;
}

/** Every capability a scenario exercises: its objectives' and its targets', in the capability list's order. */
export function scenarioCapabilities(
  body: Pick<ScenarioBody, 'objectives' | 'capabilityTargets'>,
): ExerciseCapability[] {
  const used = new Set<ExerciseCapability>([
    ...body.objectives.flatMap((objective) => objective.capabilities),
    ...body.capabilityTargets.map((target) => target.capability),
  ]);
  return (Object.keys(EXERCISE_CAPABILITY_LABELS) as ExerciseCapability[]).filter((capability) => used.has(capability));
}

export interface ScenarioFilter {
  /** Words that must all appear in the name, scope, threat or an inject's title. */
  readonly text: string;
  /** Only scenarios exercising every one of these capabilities. */
  readonly capabilities: readonly ExerciseCapability[];
}

/** The versions matching a library search: every word (case-insensitive) and every chosen capability. */
export function filterScenarios<S extends ScenarioBody>(versions: readonly S[], filter: ScenarioFilter): S[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return versions.filter((version) => {
    const capabilities = scenarioCapabilities(version);
    if (!filter.capabilities.every((capability) => capabilities.includes(capability))) return false;
    if (words.length === 0) return true;
    const haystack = [
      version.overview.name,
      version.overview.scope,
      version.overview.threat,
      ...version.modules.flatMap((module) => [module.title, ...module.injects.map((inject) => inject.title)]),
    ]
      .join('\n')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** The JSON file a scenario is shared as. Import validates it with the same body schema as the editor. */
export const SCENARIO_FILE_FORMAT = 'firebreak-scenario';
export const scenarioFileSchema = z.object({
  format: z.literal(SCENARIO_FILE_FORMAT, { error: 'This is not a Firebreak scenario file.' }),
  formatVersion: z.literal(1, { error: 'This scenario file was written by a newer Firebreak; update to import it.' }),
  scenario: scenarioBodySchema,
});
export type ScenarioFile = z.infer<typeof scenarioFileSchema>;

export function scenarioFile(version: ScenarioBody): ScenarioFile {
  return { format: SCENARIO_FILE_FORMAT, formatVersion: 1, scenario: scenarioBody(version) };
}

/** Scenario files are small; a larger file is refused before it is read. */
export const MAX_SCENARIO_FILE_BYTES = 5 * 1024 * 1024;

/** The problem with a scenario file, in words, or the body it carries. Nothing is written here. */
export function readScenarioFile(text: string): { ok: true; body: ScenarioBody } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The file is not valid JSON, so it cannot be a Firebreak scenario.' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, message: 'The file holds no scenario: a Firebreak scenario file is one JSON object.' };
  }
  const parsed = scenarioFileSchema.safeParse(json, IN_WORDS);
  if (!parsed.success)
    return { ok: false, message: `The scenario was not imported: ${describeZodError(parsed.error)}` };
  return { ok: true, body: parsed.data.scenario };
}

/** A new item id not in `taken`, derived from a title ("Board briefing" → "board-briefing-2"). */
export function newScenarioItemId(title: string, taken: ReadonlySet<string>, fallback = 'item'): string {
  const base =
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/, '') || fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Scenario time in words: "T+0", "T+45 min", "T+1 h 30 min", "T+10 d 2 h". */
export function formatScenarioTime(minutes: number): string {
  if (minutes === 0) return 'T+0';
  const days = Math.floor(minutes / 1_440);
  const hours = Math.floor((minutes % 1_440) / 60);
  const mins = minutes % 60;
  return `T+${[days ? `${days} d` : '', hours ? `${hours} h` : '', mins ? `${mins} min` : ''].filter(Boolean).join(' ')}`;
}
