/**
 * Simulated sites for the merge properties: each holds records and their sync states, writes locally with its own
 * hybrid logical clock, exports every record's state (a bundle's records) and imports another site's through
 * `planRecord`, exactly as the importer does.
 */
import { canonicalJson } from '../../../shared/domain/canonicalJson';
import { nextHlc, receiveHlc, type HlcStamp } from '../../../shared/domain/ids';
import type { RecordMeta } from '../../../shared/domain/record';
import { conflictsOf } from '../../../shared/domain/sync/merge';
import { localStateOf, planRecord } from '../../../shared/domain/sync/importPlan';
import type { RecordSyncState } from '../../../shared/domain/sync/syncState';

export type Rec = RecordMeta & Record<string, unknown>;

export const ENTITY = 'incident';
const PERSON = '0190f000-0000-7000-8000-00000000000';

export interface World {
  now: number;
}

export class Site {
  readonly records = new Map<string, Rec>();
  readonly states = new Map<string, RecordSyncState>();
  private clock: HlcStamp | undefined;

  constructor(
    readonly node: string,
    private readonly world: World,
  ) {}

  private stamp(): HlcStamp {
    this.world.now += 1;
    this.clock = nextHlc(this.clock, this.node, this.world.now);
    return this.clock;
  }

  private author(): { updatedBy: string; updatedById: string } {
    return { updatedBy: `Responder ${this.node}`, updatedById: `${PERSON}${this.node.charCodeAt(0) % 10}` };
  }

  create(id: string, body: Record<string, unknown>): void {
    const hlc = this.stamp();
    const at = new Date(this.world.now).toISOString();
    const { updatedBy, updatedById } = this.author();
    this.records.set(id, {
      id,
      createdAt: at,
      createdBy: updatedBy,
      createdById: updatedById,
      updatedAt: at,
      updatedBy,
      updatedById,
      rev: 1,
      hlc,
      deletedAt: null,
      ...body,
    });
  }

  edit(id: string, changes: Record<string, unknown>): void {
    const record = this.records.get(id);
    if (!record) return;
    const hlc = this.stamp();
    const next: Rec = { ...record, ...changes, ...this.author(), rev: record.rev + 1, hlc };
    next.updatedAt = new Date(this.world.now).toISOString();
    for (const [key, value] of Object.entries(changes)) if (value === undefined) delete next[key];
    this.records.set(id, next);
  }

  remove(id: string): void {
    const record = this.records.get(id);
    if (!record || record.deletedAt) return;
    this.edit(id, { deletedAt: new Date(this.world.now + 1).toISOString() });
  }

  /** A bundle of every record: its state, caught up with local writes (stored, as the exporter does). */
  exportAll(): RecordSyncState[] {
    const bundle: RecordSyncState[] = [];
    for (const [id, record] of [...this.records].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const state = localStateOf(ENTITY, record, this.states.get(id));
      if (state) {
        this.states.set(id, state);
        bundle.push(structuredClone(state));
      }
    }
    return bundle;
  }

  /** Imports a bundle; returns how many records changed. */
  importAll(bundle: readonly RecordSyncState[]): number {
    let changed = 0;
    for (const remote of bundle) {
      this.clock = receiveHlc(this.clock, remote.last.hlc, this.node, this.world.now);
      const plan = planRecord(ENTITY, this.records.get(remote.id), this.states.get(remote.id), remote);
      if (plan.record) {
        this.records.set(remote.id, plan.record);
        changed += 1;
      }
      this.states.set(remote.id, plan.state);
    }
    return changed;
  }

  /** The records table as bytes: the comparison the properties make. */
  table(): string {
    return canonicalJson([...this.records.values()].sort((a, b) => (a.id < b.id ? -1 : 1)));
  }

  conflicts(): string {
    return canonicalJson(
      [...this.records.keys()]
        .sort()
        .flatMap((id) => {
          const state = localStateOf(ENTITY, this.records.get(id), this.states.get(id));
          return state ? conflictsOf(state) : [];
        })
        .map((conflict) => [conflict.id, conflict.field, conflict.candidates.map((c) => c.value)]),
    );
  }
}
