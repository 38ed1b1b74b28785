/**
 * Observables' writes: add (the value checked and normalised per kind, a token hashed and redacted before anything
 * is stored), change its details, remove (a tombstone, asked for with a confirmation). Each is one write transaction
 * with its audit entry; a refused one changes nothing.
 */
import type { Incident } from '../../../shared/domain/incidents/incident';
import {
  duplicateObservableProblem,
  observableBody,
  observableDetailsSchema,
  observableDraftSchema,
  type Observable,
  type ObservableDetailsInput,
  type ObservableDraftInput,
} from '../../../shared/domain/observables/observable';
import { incidentSubject } from '../../../shared/domain/subject';
import { parseOrRefuse, refuseIf, WriteRefusedError } from '../../../shared/errors';
import type { FirebreakDatabase } from '../database';
import { isLiveEvidenceOfSubject } from '../evidence/queries';
import { requireLiveIncident } from '../incidents/queries';
import { writeTransaction, type Actor } from '../write';
import { liveObservable, liveObservablesOf } from './queries';

function refuseIfClosed(incident: Incident): void {
  if (incident.phase === 'closed') {
    throw new WriteRefusedError('This incident is closed. Reopen it to change its observables.');
  }
}

async function refuseForeignEvidence(db: FirebreakDatabase, evidenceId: string | null, incidentId: string) {
  if (evidenceId !== null && !(await isLiveEvidenceOfSubject(db, evidenceId, incidentId))) {
    throw new WriteRefusedError('Link only evidence held for this incident.');
  }
}

export async function addObservable(
  db: FirebreakDatabase,
  actor: Actor,
  incidentId: string,
  input: ObservableDraftInput,
): Promise<Observable> {
  const body = observableBody(parseOrRefuse(observableDraftSchema, 'observable', input));
  return writeTransaction(db, actor, async (writer) => {
    const incident = await requireLiveIncident(db, incidentId);
    refuseIfClosed(incident);
    await refuseForeignEvidence(db, body.evidenceId, incident.id);
    refuseIf(duplicateObservableProblem(body, await liveObservablesOf(db, incident.id)));
    return writer.create('observable', { subject: incidentSubject(incident), ...body });
  });
}

async function requireObservable(db: FirebreakDatabase, id: string): Promise<Observable> {
  const observable = await liveObservable(db, id);
  if (!observable) throw new WriteRefusedError('This observable was removed.');
  return observable;
}

export async function changeObservable(
  db: FirebreakDatabase,
  actor: Actor,
  id: string,
  input: ObservableDetailsInput,
): Promise<Observable> {
  const details = parseOrRefuse(observableDetailsSchema, 'observable', input);
  return writeTransaction(db, actor, async (writer) => {
    const current = await requireObservable(db, id);
    refuseIfClosed(await requireLiveIncident(db, current.subject.id));
    await refuseForeignEvidence(db, details.evidenceId, current.subject.id);
    return writer.update('observable', current, details);
  });
}

export async function removeObservable(db: FirebreakDatabase, actor: Actor, id: string): Promise<void> {
  await writeTransaction(db, actor, async (writer) => {
    const current = await requireObservable(db, id);
    refuseIfClosed(await requireLiveIncident(db, current.subject.id));
    writer.softDelete('observable', current);
  });
}

/** Adds many observables to their incidents in one transaction (demo data and imports), each checked as one add. */
export async function seedObservables(
  db: FirebreakDatabase,
  actor: Actor,
  seeds: readonly { readonly incidentId: string; readonly draft: ObservableDraftInput }[],
): Promise<number> {
  const bodies = seeds.map((seed) => ({
    incidentId: seed.incidentId,
    body: observableBody(parseOrRefuse(observableDraftSchema, 'observable', seed.draft)),
  }));
  return writeTransaction(db, actor, async (writer) => {
    for (const { incidentId, body } of bodies) {
      const incident = await requireLiveIncident(db, incidentId);
      await refuseForeignEvidence(db, body.evidenceId, incident.id);
      writer.create('observable', { subject: incidentSubject(incident), ...body });
    }
    return bodies.length;
  });
}
