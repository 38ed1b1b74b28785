/**
 * The master scenario events list as it stands during a run: every inject of the frozen scenario with its effective
 * scenario time (re-timings applied), whether it is pending, due, released or skipped, and the rules for releasing
 * (due injects on schedule, any inject by hand, contingency injects only by hand) and skipping. Pure functions over
 * the scenario copy and the recorded events.
 */
import type { ScenarioClock } from './clock';
import type { ExerciseEvent } from './events';
import { injectsInOrder, type Inject, type ScenarioBody, type ScenarioModule } from './scenario';

export type InjectStatus = 'pending' | 'due' | 'released' | 'skipped';

export const INJECT_STATUS_LABELS: Readonly<Record<InjectStatus, string>> = {
  pending: 'Pending',
  due: 'Due',
  released: 'Released',
  skipped: 'Skipped',
};

export interface MselRow {
  readonly inject: Inject;
  readonly moduleId: string;
  readonly moduleTitle: string;
  /** The inject's scenario time after any re-timing. */
  readonly offsetMinutes: number;
  readonly retimed: boolean;
  readonly status: InjectStatus;
  /** Wall time of its release or skip. */
  readonly settledAt: string | null;
  readonly releasedBy: 'schedule' | 'hand' | null;
}

/** The MSEL in order (effective scenario time, then sequence) with each inject's status at scenario time `clock`. */
export function mselOf(
  body: Pick<ScenarioBody, 'modules'>,
  events: readonly ExerciseEvent[],
  clock: Pick<ScenarioClock, 'status' | 'scenarioMs'>,
): MselRow[] {
  const moduleOf = new Map<string, ScenarioModule>();
  for (const module of body.modules) for (const inject of module.injects) moduleOf.set(inject.id, module);
  const offsets = new Map<string, number>();
  const settled = new Map<string, { status: 'released' | 'skipped'; at: string; by: 'schedule' | 'hand' | null }>();
  for (const event of events) {
    if (event.kind === 'retime') offsets.set(event.injectId, event.offsetMinutes);
    else if (event.kind === 'release' && !settled.has(event.injectId)) {
      settled.set(event.injectId, { status: 'released', at: event.at, by: event.by });
    } else if (event.kind === 'skip' && !settled.has(event.injectId)) {
      settled.set(event.injectId, { status: 'skipped', at: event.at, by: null });
    }
  }
  const nowMinutes = clock.scenarioMs / 60_000;
  const clockRuns = clock.status === 'running' || clock.status === 'paused';
  return injectsInOrder(body)
    .map((inject): MselRow => {
      const module = moduleOf.get(inject.id);
      const offsetMinutes = offsets.get(inject.id) ?? inject.offsetMinutes;
      const done = settled.get(inject.id);
      const status: InjectStatus =
        done?.status ?? (clockRuns && !inject.contingency && offsetMinutes <= nowMinutes ? 'due' : 'pending');
      return {
        inject,
        moduleId: module?.id ?? '',
        moduleTitle: module?.title ?? '',
        offsetMinutes,
        retimed: offsets.has(inject.id),
        status,
        settledAt: done?.at ?? null,
        releasedBy: done?.by ?? null,
      };
    })
    .toSorted((a, b) => a.offsetMinutes - b.offsetMinutes || a.inject.sequence - b.inject.sequence);
}

/** Injects the schedule releases now: due, not contingency, in MSEL order. */
export function dueInjects(rows: readonly MselRow[]): Inject[] {
  return rows.filter((row) => row.status === 'due').map((row) => row.inject);
}

/**
 * The inject "release next" releases: the first unsettled, non-contingency inject in MSEL order, passing over those
 * in `except` (a window's releases still on their way, which its list does not show yet).
 */
export function nextInject(rows: readonly MselRow[], except?: ReadonlySet<string>): MselRow | undefined {
  return rows.find(
    (row) =>
      (row.status === 'pending' || row.status === 'due') && !row.inject.contingency && !except?.has(row.inject.id),
  );
}

/** The module being played: the module of the most recently released inject, else the first module. */
export function currentModule(body: Pick<ScenarioBody, 'modules'>, rows: readonly MselRow[]): ScenarioModule {
  const released = rows
    .filter((row) => row.status === 'released' && row.settledAt !== null)
    .toSorted((a, b) => (a.settledAt ?? '').localeCompare(b.settledAt ?? ''));
  const last = released.at(-1);
  const module = last ? body.modules.find((candidate) => candidate.id === last.moduleId) : undefined;
  const first = body.modules[0];
  if (!first) throw new Error('A scenario has at least one module.');
  return module ?? first;
}

/** Why an inject cannot be released, skipped or re-timed now, or undefined when it can. */
export function injectChangeRefusal(
  rows: readonly MselRow[],
  injectId: string,
  change: 'release' | 'skip' | 'retime',
  clock: Pick<ScenarioClock, 'status'>,
): string | undefined {
  const row = rows.find((candidate) => candidate.inject.id === injectId);
  if (!row) return 'That inject is not in this exercise’s scenario.';
  if (clock.status === 'ended') return 'The exercise has ended.';
  if (change === 'release' && clock.status === 'not-started') return 'Start the clock before releasing injects.';
  if (row.status === 'released') return `Inject ${row.inject.sequence} has already been released.`;
  if (row.status === 'skipped') return `Inject ${row.inject.sequence} was skipped.`;
  return undefined;
}
