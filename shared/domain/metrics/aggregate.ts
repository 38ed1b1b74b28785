/**
 * The metrics of many incidents at once, fast enough to recompute on every filter change at 100,000 incidents.
 *
 * `MetricsIndex` is built once from the facts (`facts.ts`): each incident's groups become small integer slots, and
 * for each metric the incidents it counts are sorted by duration once. A summary then walks each sorted order,
 * keeps the incidents that pass the filter and appends their durations to their groups' lists, which come out
 * already sorted, so every median and 85th percentile is a lookup: no sort on a filter change. The filter reads
 * three typed columns (declaration time, severity code, a bit per type), never the fact objects.
 *
 * `toPacked` and `MetricsIndex.fromPacked` turn the index into typed arrays and back, so the metrics worker can save
 * it (`metricsSnapshot`) and open the next time from one record instead of reading and sorting every fact;
 * `toFacts` gives the facts back when writes since have to be applied.
 */
import {
  ATLAS_TECHNIQUES,
  INCIDENT_TYPES,
  INCIDENT_TYPE_INFO,
  PHASES,
  PHASE_LABELS,
  SEVERITIES,
  type IncidentType,
  type Phase,
} from '../incidents/taxonomy';
import { METRIC_IDS, type MetricId } from './definitions';
import type { IncidentMetricsFact, StepMetricsFact } from './facts';
import { periodBounds, type MetricsFilter } from './filter';

export const GROUPINGS = ['severity', 'type', 'atlas', 'system', 'month'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export const GROUPING_LABELS: Readonly<Record<Grouping, string>> = {
  severity: 'Severity',
  type: 'Incident type',
  atlas: 'ATLAS technique',
  system: 'AI system',
  month: 'Month declared',
};

/** The grouping's name inside a sentence: "incident type", "ATLAS technique", "AI system". */
export function groupingInSentence(grouping: Grouping): string {
  const label = GROUPING_LABELS[grouping];
  return /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

export interface MetricStats {
  /** Incidents with both times: the ones the median and 85th percentile are of. */
  readonly counted: number;
  /** Incidents in the group missing one of the times (or with them out of order). */
  readonly leftOut: number;
  readonly median: number | null;
  readonly p85: number | null;
}

export interface MetricsGroup {
  readonly key: string;
  readonly label: string;
  readonly incidents: number;
  readonly stats: Readonly<Record<MetricId, MetricStats>>;
}

export interface OverdueSteps {
  readonly phase: Phase;
  readonly label: string;
  readonly count: number;
}

export interface MetricsSummary {
  readonly incidents: number;
  readonly overall: MetricsGroup;
  readonly groups: Readonly<Record<Grouping, readonly MetricsGroup[]>>;
  /** Open checklist steps past their due time, per phase, of the incidents counted. */
  readonly overdueSteps: readonly OverdueSteps[];
  /** The time the summary was computed for (overdue steps and preset periods count from it). */
  readonly now: number;
}

/** "YYYY-MM" of an epoch-millisecond time in UTC. */
export function utcMonth(ms: number): string {
  const date = new Date(ms);
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** "YYYY-MM" in this machine's time zone (the dashboard's). */
export function localMonth(ms: number): string {
  const date = new Date(ms);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mar 2026" for "2026-03". */
export function monthLabel(key: string): string {
  const [year, month] = key.split('-');
  return `${MONTH_NAMES[Number(month) - 1] ?? month} ${year}`;
}

function nextMonth(key: string): string {
  const [year = 0, month = 1] = key.split('-').map(Number);
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

function labelOf(grouping: Grouping, key: string): string {
  switch (grouping) {
    case 'severity':
    case 'system':
      return key;
    case 'type':
      return INCIDENT_TYPE_INFO[key as (typeof INCIDENT_TYPES)[number]]?.label ?? key;
    case 'atlas': {
      const name = (ATLAS_TECHNIQUES as Readonly<Record<string, string>>)[key];
      return name === undefined ? key : `${key} ${name}`;
    }
    case 'month':
      return monthLabel(key);
  }
}

export interface Slot {
  readonly grouping: Grouping;
  readonly key: string;
}

export interface MetricsIndexOptions {
  /** The month an incident counts in, from its declaration time; UTC unless told otherwise. */
  readonly monthOf?: (declaredAt: number) => string;
}

/**
 * Whether an incident's facts pass the filter: declared in the period, of a chosen severity, of at least one chosen
 * type. Other capabilities' chart sources use it to count only the incidents the dashboard counts.
 */
export function compileFilter(
  filter: MetricsFilter,
  now: number,
): (fact: Pick<IncidentMetricsFact, 'declaredAt' | 'severity' | 'types'>) => boolean {
  const { from, to } = periodBounds(filter.period, now);
  const severities = filter.severities.length === 0 ? null : new Set<string>(filter.severities);
  const types = filter.types.length === 0 ? null : new Set<string>(filter.types);
  return (fact) =>
    (from === null || fact.declaredAt >= from) &&
    (to === null || fact.declaredAt < to) &&
    (severities === null || severities.has(fact.severity)) &&
    (types === null || fact.types.some((type) => types.has(type)));
}

/** The index as typed arrays and plain values (a structured-clone copy is a few memory copies). */
export interface PackedMetricsIndex {
  /** The incident ids in index order, joined by line feeds (one string clones as one copy). */
  readonly ids: string;
  readonly slots: readonly Slot[];
  readonly slotStart: Int32Array;
  readonly slotList: Int32Array;
  readonly declaredAt: Float64Array;
  readonly severity: Uint8Array;
  readonly typeMask: Uint32Array;
  readonly orders: Readonly<Record<MetricId, { readonly index: Int32Array; readonly value: Float64Array }>>;
  readonly steps: readonly StepMetricsFact[];
}

const SEVERITY_CODE = new Map<string, number>(SEVERITIES.map((severity, i) => [severity, i]));
const TYPE_BIT = new Map<string, number>(INCIDENT_TYPES.map((type, i) => [type, 2 ** i]));

export class MetricsIndex {
  /** The incident ids in index order: split from the packed text only when needed. */
  private idList: readonly string[] | undefined;
  private readonly idText: string | undefined;
  private readonly count: number;
  private readonly steps: readonly StepMetricsFact[];
  private readonly slots: Slot[];
  private readonly slotIds: Record<Grouping, Map<string, number>> = {
    severity: new Map(),
    type: new Map(),
    atlas: new Map(),
    system: new Map(),
    month: new Map(),
  };
  /** The slots of fact i are slotList[slotStart[i] .. slotStart[i + 1]). */
  private readonly slotStart: Int32Array;
  private readonly slotList: Int32Array;
  /** The filter's columns: declaration time, severity code, and a bit per incident type. */
  private readonly declaredAt: Float64Array;
  private readonly severity: Uint8Array;
  private readonly typeMask: Uint32Array;
  /** Per metric: the indices of the facts it counts and their durations, by ascending duration. */
  private readonly orders: Readonly<Record<MetricId, { readonly index: Int32Array; readonly value: Float64Array }>>;
  /** Per step: the index of its incident's fact, or -1 when its incident is not counted. */
  private readonly stepFact: Int32Array;
  /** Each incident id's position: made the first time it is asked for. */
  private idIndex: Map<string, number> | undefined;

  constructor(
    facts: readonly IncidentMetricsFact[],
    steps: readonly StepMetricsFact[],
    options: MetricsIndexOptions = {},
    packed?: PackedMetricsIndex,
  ) {
    if (packed !== undefined) {
      this.idText = packed.ids;
      this.count = packed.declaredAt.length;
      this.steps = packed.steps;
      this.slots = [...packed.slots];
      this.slots.forEach(({ grouping, key }, slot) => this.slotIds[grouping].set(key, slot));
      this.slotStart = packed.slotStart;
      this.slotList = packed.slotList;
      this.declaredAt = packed.declaredAt;
      this.severity = packed.severity;
      this.typeMask = packed.typeMask;
      this.orders = packed.orders;
    } else {
      const monthOf = options.monthOf ?? utcMonth;
      this.idList = facts.map((fact) => fact.id);
      this.count = facts.length;
      this.steps = steps;
      this.slots = [];
      const starts = new Int32Array(facts.length + 1);
      const list: number[] = [];
      facts.forEach((fact, i) => {
        starts[i] = list.length;
        list.push(this.slot('severity', fact.severity), this.slot('month', monthOf(fact.declaredAt)));
        for (const type of fact.types) list.push(this.slot('type', type));
        for (const technique of fact.atlas) list.push(this.slot('atlas', technique));
        for (const system of fact.systems) list.push(this.slot('system', system));
      });
      starts[facts.length] = list.length;
      this.slotStart = starts;
      this.slotList = Int32Array.from(list);
      this.declaredAt = Float64Array.from(facts, (fact) => fact.declaredAt);
      this.severity = Uint8Array.from(facts, (fact) => SEVERITY_CODE.get(fact.severity) ?? 0);
      this.typeMask = Uint32Array.from(facts, (fact) =>
        fact.types.reduce((mask, type) => mask | (TYPE_BIT.get(type) ?? 0), 0),
      );
      const order = (metric: MetricId) => {
        const durations = new Float64Array(facts.length);
        const counted: number[] = [];
        facts.forEach((fact, i) => {
          const duration = fact[metric];
          if (duration !== null) {
            durations[i] = duration;
            counted.push(i);
          }
        });
        const index = Int32Array.from(counted).sort((a, b) => (durations[a] ?? 0) - (durations[b] ?? 0));
        return { index, value: Float64Array.from(index, (i) => durations[i] ?? 0) };
      };
      this.orders = {
        detect: order('detect'),
        acknowledge: order('acknowledge'),
        contain: order('contain'),
        recover: order('recover'),
        close: order('close'),
      };
    }
    // Without steps (most databases at scale keep checklists on few incidents), no id map is needed at all.
    this.stepFact =
      this.steps.length === 0 ? new Int32Array(0) : this.positionsOf(this.steps.map((step) => step.incidentId));
  }

  /** Each incident id's position in the index (what `passing` is indexed by), or -1 when it is not counted. */
  positionsOf(incidentIds: readonly string[]): Int32Array {
    this.idIndex ??= new Map(this.ids.map((id, i) => [id, i]));
    const index = this.idIndex;
    return Int32Array.from(incidentIds, (id) => index.get(id) ?? -1);
  }

  private get ids(): readonly string[] {
    this.idList ??= this.count === 0 ? [] : (this.idText ?? '').split('\n');
    return this.idList;
  }

  /** An index from `toPacked`'s copy, without reading or sorting any fact. */
  static fromPacked(packed: PackedMetricsIndex): MetricsIndex {
    return new MetricsIndex([], [], {}, packed);
  }

  /** The index as typed arrays (shared, not copied: a structured clone copies them). */
  toPacked(): PackedMetricsIndex {
    return {
      ids: this.idText ?? this.ids.join('\n'),
      slots: this.slots,
      slotStart: this.slotStart,
      slotList: this.slotList,
      declaredAt: this.declaredAt,
      severity: this.severity,
      typeMask: this.typeMask,
      orders: this.orders,
      steps: this.steps,
    };
  }

  /** The facts the index was built from (their groups as recorded: the month is recomputed on a rebuild). */
  toFacts(): { incidents: IncidentMetricsFact[]; steps: StepMetricsFact[] } {
    const durations = Object.fromEntries(
      METRIC_IDS.map((metric) => {
        const column = new Float64Array(this.ids.length).fill(Number.NaN);
        const { index, value } = this.orders[metric];
        index.forEach((i, j) => {
          column[i] = value[j] ?? Number.NaN;
        });
        return [metric, column];
      }),
    ) as Record<MetricId, Float64Array>;
    const incidents = this.ids.map((id, i): IncidentMetricsFact => {
      const types: IncidentType[] = [];
      const atlas: string[] = [];
      const systems: string[] = [];
      const end = this.slotStart[i + 1] ?? 0;
      for (let k = this.slotStart[i] ?? 0; k < end; k++) {
        const slot = this.slots[this.slotList[k] ?? 0];
        if (slot?.grouping === 'type') types.push(slot.key as IncidentType);
        else if (slot?.grouping === 'atlas') atlas.push(slot.key);
        else if (slot?.grouping === 'system') systems.push(slot.key);
      }
      const duration = (metric: MetricId) => {
        const value = durations[metric][i] ?? Number.NaN;
        return Number.isNaN(value) ? null : value;
      };
      return {
        id,
        declaredAt: this.declaredAt[i] ?? 0,
        severity: SEVERITIES[this.severity[i] ?? 0] ?? 'SEV4',
        types,
        atlas,
        systems,
        detect: duration('detect'),
        acknowledge: duration('acknowledge'),
        contain: duration('contain'),
        recover: duration('recover'),
        close: duration('close'),
      };
    });
    return { incidents, steps: [...this.steps] };
  }

  /** How many incidents the index holds. */
  get size(): number {
    return this.count;
  }

  private slot(grouping: Grouping, key: string): number {
    const ids = this.slotIds[grouping];
    let slot = ids.get(key);
    if (slot === undefined) {
      slot = this.slots.length;
      this.slots.push({ grouping, key });
      ids.set(key, slot);
    }
    return slot;
  }

  /**
   * Which incidents pass the filter, as a mask by position (see `positionsOf`), from the typed columns alone: the
   * dashboard's chart sources count a linked record when its incident passes.
   */
  passing(filter: MetricsFilter, now: number): Uint8Array {
    const { from, to } = periodBounds(filter.period, now);
    const low = from ?? -Infinity;
    const high = to ?? Infinity;
    let severities = 0;
    for (const severity of filter.severities) severities |= 1 << (SEVERITY_CODE.get(severity) ?? 0);
    if (filter.severities.length === 0) severities = 0xff;
    let types = 0;
    for (const type of filter.types) types |= TYPE_BIT.get(type) ?? 0;
    const anyType = filter.types.length === 0;
    const { declaredAt, severity, typeMask } = this;
    const pass = new Uint8Array(declaredAt.length);
    for (let i = 0; i < declaredAt.length; i++) {
      const at = declaredAt[i] ?? 0;
      if (
        at >= low &&
        at < high &&
        (severities & (1 << (severity[i] ?? 0))) !== 0 &&
        (anyType || ((typeMask[i] ?? 0) & types) !== 0)
      ) {
        pass[i] = 1;
      }
    }
    return pass;
  }

  /**
   * One metric's statistics for every slot (the last entry, at index `slots`, is all incidents), from its sorted
   * order without building lists: a first walk counts the incidents each slot counts, a second picks the values at
   * the ranks the median and the 85th percentile interpolate between.
   */
  private metricStats(metric: MetricId, pass: Uint8Array, incidentsIn: Int32Array): MetricStats[] {
    const { index, value } = this.orders[metric];
    const slots = this.slots.length;
    const all = slots;
    const counted = new Int32Array(slots + 1);
    const { slotStart, slotList } = this;
    for (let j = 0; j < index.length; j++) {
      const i = index[j] ?? 0;
      if (pass[i] === 0) continue;
      counted[all] = (counted[all] ?? 0) + 1;
      const end = slotStart[i + 1] ?? 0;
      for (let k = slotStart[i] ?? 0; k < end; k++) {
        const slot = slotList[k] ?? 0;
        counted[slot] = (counted[slot] ?? 0) + 1;
      }
    }
    // Per slot: the four ranks wanted (median low/high, 85th low/high) and the values found at them.
    const QUANTILES = [0.5, 0.85];
    const wanted = new Int32Array((slots + 1) * 4);
    const found = new Float64Array((slots + 1) * 4);
    for (let slot = 0; slot <= slots; slot++) {
      const n = counted[slot] ?? 0;
      QUANTILES.forEach((q, qi) => {
        const position = (n - 1) * q;
        wanted[slot * 4 + qi * 2] = Math.floor(position);
        wanted[slot * 4 + qi * 2 + 1] = Math.ceil(position);
      });
    }
    const seen = new Int32Array(slots + 1);
    const take = (slot: number, duration: number) => {
      const rank = seen[slot] ?? 0;
      seen[slot] = rank + 1;
      for (let w = slot * 4; w < slot * 4 + 4; w++) if (wanted[w] === rank) found[w] = duration;
    };
    for (let j = 0; j < index.length; j++) {
      const i = index[j] ?? 0;
      if (pass[i] === 0) continue;
      const duration = value[j] ?? 0;
      take(all, duration);
      const end = slotStart[i + 1] ?? 0;
      for (let k = slotStart[i] ?? 0; k < end; k++) take(slotList[k] ?? 0, duration);
    }
    return Array.from({ length: slots + 1 }, (_, slot): MetricStats => {
      const n = counted[slot] ?? 0;
      const quantile = (qi: number) => {
        if (n === 0) return null;
        const q = QUANTILES[qi] ?? 0;
        const position = (n - 1) * q;
        const low = found[slot * 4 + qi * 2] ?? 0;
        const high = found[slot * 4 + qi * 2 + 1] ?? 0;
        return low + (high - low) * (position - Math.floor(position));
      };
      return { counted: n, leftOut: (incidentsIn[slot] ?? 0) - n, median: quantile(0), p85: quantile(1) };
    });
  }

  /** Every metric of the incidents that pass the filter, overall and per group. */
  summarize(filter: MetricsFilter, now: number = Date.now()): MetricsSummary {
    const pass = this.passing(filter, now);
    const slots = this.slots.length;
    const incidentsIn = new Int32Array(slots + 1);
    for (let i = 0; i < this.count; i++) {
      if (pass[i] === 0) continue;
      incidentsIn[slots] = (incidentsIn[slots] ?? 0) + 1;
      const end = this.slotStart[i + 1] ?? 0;
      for (let k = this.slotStart[i] ?? 0; k < end; k++) {
        const slot = this.slotList[k] ?? 0;
        incidentsIn[slot] = (incidentsIn[slot] ?? 0) + 1;
      }
    }
    const stats = {
      detect: this.metricStats('detect', pass, incidentsIn),
      acknowledge: this.metricStats('acknowledge', pass, incidentsIn),
      contain: this.metricStats('contain', pass, incidentsIn),
      recover: this.metricStats('recover', pass, incidentsIn),
      close: this.metricStats('close', pass, incidentsIn),
    };
    const statsOf = (slot: number): Record<MetricId, MetricStats> => ({
      detect: stats.detect[slot] ?? EMPTY_STATS,
      acknowledge: stats.acknowledge[slot] ?? EMPTY_STATS,
      contain: stats.contain[slot] ?? EMPTY_STATS,
      recover: stats.recover[slot] ?? EMPTY_STATS,
      close: stats.close[slot] ?? EMPTY_STATS,
    });
    const groups: Record<Grouping, MetricsGroup[]> = { severity: [], type: [], atlas: [], system: [], month: [] };
    this.slots.forEach(({ grouping, key }, slot) => {
      const count = incidentsIn[slot] ?? 0;
      if (count > 0)
        groups[grouping].push({ key, label: labelOf(grouping, key), incidents: count, stats: statsOf(slot) });
    });
    const incidents = incidentsIn[slots] ?? 0;
    return {
      incidents,
      overall: { key: 'all', label: 'All incidents', incidents, stats: statsOf(slots) },
      groups: {
        severity: orderBy(groups.severity, SEVERITIES),
        type: orderBy(groups.type, INCIDENT_TYPES),
        atlas: groups.atlas.toSorted(byCountThenKey),
        system: groups.system.toSorted(byCountThenKey),
        month: withEmptyMonths(groups.month),
      },
      overdueSteps: this.overdueSteps(pass, now),
      now,
    };
  }

  private overdueSteps(pass: Uint8Array, now: number): OverdueSteps[] {
    const perPhase = new Map<Phase, number>();
    this.steps.forEach((step, i) => {
      const fact = this.stepFact[i] ?? -1;
      if (fact < 0 || pass[fact] === 0 || step.resolved || step.dueAt >= now) return;
      perPhase.set(step.phase, (perPhase.get(step.phase) ?? 0) + 1);
    });
    return PHASES.filter((phase) => phase !== 'closed').map((phase) => ({
      phase,
      label: PHASE_LABELS[phase],
      count: perPhase.get(phase) ?? 0,
    }));
  }
}

function orderBy(groups: readonly MetricsGroup[], order: readonly string[]): MetricsGroup[] {
  return groups.toSorted((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
}

function byCountThenKey(a: MetricsGroup, b: MetricsGroup): number {
  return b.incidents - a.incidents || a.key.localeCompare(b.key);
}

const EMPTY_STATS: MetricStats = { counted: 0, leftOut: 0, median: null, p85: null };

/** Months in order, with the months between that had no incident shown as empty (a trend has no gaps). */
function withEmptyMonths(months: readonly MetricsGroup[]): MetricsGroup[] {
  const sorted = months.toSorted((a, b) => a.key.localeCompare(b.key));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return [];
  const byKey = new Map(sorted.map((group) => [group.key, group]));
  const filled: MetricsGroup[] = [];
  for (let key = first.key; key <= last.key && filled.length < 1_200; key = nextMonth(key)) {
    filled.push(
      byKey.get(key) ?? {
        key,
        label: monthLabel(key),
        incidents: 0,
        stats: Object.fromEntries(METRIC_IDS.map((metric) => [metric, EMPTY_STATS])) as Record<MetricId, MetricStats>,
      },
    );
  }
  return filled;
}
