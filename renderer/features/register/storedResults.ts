/**
 * A cold start's answer from IndexedDB (`db/incidents/storedRegisterAnswer.ts`) as the register shows it: the count,
 * every matching id (for an export: the first screenful in order, and for a large answer the rest in id order) and
 * the first screenful of rows; rows further down show once the in-memory index has loaded (a second or so later),
 * which then answers the same query with every row in place.
 */
import type { StoredRegisterAnswer } from '../../db/incidents/storedRegisterAnswer';
import type { IncidentListItem, RegisterResults } from './incidentIndex';

export class StoredResults implements RegisterResults {
  constructor(private readonly answer: StoredRegisterAnswer) {}

  get length(): number {
    return this.answer.ids.length;
  }

  at(index: number): IncidentListItem | undefined {
    return this.answer.firstRows[index];
  }

  codeAt(index: number): number {
    return -1 - index;
  }

  ids(): string[] {
    return [...this.answer.ids];
  }
}
