/**
 * The releases this facilitator window has asked for and its MSEL does not show yet. A release is a write and then a
 * live query; pressed twice before the list catches up, "release next" would pick the inject just released (and be
 * refused). Each release is noted here when asked for and forgotten when the list shows it settled, or when the write
 * fails (so the next press tries it again); "release next" passes over the ones still noted.
 */
import { nextInject, type MselRow } from '../../../shared/domain/exercises/msel';

export class ReleasesInFlight {
  readonly #ids = new Set<string>();

  /** The inject "release next" should release given the list as shown: not one this window is already releasing. */
  next(rows: readonly MselRow[]): MselRow | undefined {
    this.#forgetSettled(rows);
    return nextInject(rows, this.#ids);
  }

  started(injectId: string): void {
    this.#ids.add(injectId);
  }

  failed(injectId: string): void {
    this.#ids.delete(injectId);
  }

  #forgetSettled(rows: readonly MselRow[]): void {
    if (this.#ids.size === 0) return;
    for (const row of rows) {
      if (this.#ids.has(row.inject.id) && row.status !== 'pending' && row.status !== 'due') {
        this.#ids.delete(row.inject.id);
      }
    }
  }
}
