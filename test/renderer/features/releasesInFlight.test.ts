/**
 * "Release next" pressed twice before the facilitator's list shows the first release: the second press takes the
 * inject after it (issue 10), a failed release is offered again, and a release the list shows settled is forgotten.
 */
import { describe, expect, it } from 'vitest';
import { chatbotJailbreak } from '../../../shared/domain/exercises/builtIn/chatbotJailbreak';
import { mselOf, nextInject, type MselRow } from '../../../shared/domain/exercises/msel';
import { scenarioBodySchema } from '../../../shared/domain/exercises/scenario';
import { ReleasesInFlight } from '../../../renderer/features/exercises/releasesInFlight';

const body = scenarioBodySchema.parse(chatbotJailbreak.body);
const rows = mselOf(body, [], { status: 'running', scenarioMs: 0 });
const scheduled = rows.filter((row) => !row.inject.contingency);
const released = (list: readonly MselRow[], id: string): MselRow[] =>
  list.map((row) => (row.inject.id === id ? { ...row, status: 'released', settledAt: new Date().toISOString() } : row));

describe('release next', () => {
  it('passes over injects in flight', () => {
    expect(scheduled.length).toBeGreaterThan(2);
    expect(nextInject(rows)).toBe(scheduled[0]);
    expect(nextInject(rows, new Set([scheduled[0]!.inject.id]))).toBe(scheduled[1]);
  });

  it('two presses on a list that has not caught up release two different injects, in order', () => {
    const inFlight = new ReleasesInFlight();
    const first = inFlight.next(rows)!;
    inFlight.started(first.inject.id);
    const second = inFlight.next(rows)!;
    inFlight.started(second.inject.id);
    expect([first.inject.id, second.inject.id]).toEqual([scheduled[0]!.inject.id, scheduled[1]!.inject.id]);
    // The list catches up with both: the next press takes the third.
    const caughtUp = released(released(rows, first.inject.id), second.inject.id);
    expect(inFlight.next(caughtUp)?.inject.id).toBe(scheduled[2]!.inject.id);
  });

  it('offers a failed release again, and forgets one the list shows settled', () => {
    const inFlight = new ReleasesInFlight();
    const first = inFlight.next(rows)!;
    inFlight.started(first.inject.id);
    inFlight.failed(first.inject.id);
    expect(inFlight.next(rows)?.inject.id).toBe(first.inject.id);

    inFlight.started(first.inject.id);
    const shown = released(rows, first.inject.id);
    expect(inFlight.next(shown)?.inject.id).toBe(scheduled[1]!.inject.id);
    // Forgotten once shown: a list that (say, after a reload of the record) shows it open again offers it again.
    expect(inFlight.next(rows)?.inject.id).toBe(first.inject.id);
  });
});
