/**
 * Links between incidents: made from one incident's page about another, removed with a confirmation. Each change is
 * one write transaction: the link record (or its tombstone), a timeline entry on both incidents, and the audit log.
 */
import {
  linkDraftSchema,
  linkFromChoice,
  linkProblem,
  linkSeenFrom,
  type IncidentLink,
  type LinkDraftInput,
  type LinkKind,
} from '../../../shared/domain/observables/incidentLink';
import { incidentSubject, type Subject } from '../../../shared/domain/subject';
import { parseOrRefuse, refuseIf, WriteRefusedError } from '../../../shared/errors';
import type { FirebreakDatabase } from '../database';
import { requireLiveIncident } from '../incidents/queries';
import { writeTransaction, type Actor, type RecordWriter } from '../write';
import { liveLink, liveLinksOf } from './queries';

function noteOnBothTimelines(writer: RecordWriter, link: IncidentLink, verb: 'Linked' | 'Link removed') {
  for (const side of [link.from, link.to]) {
    const { label, other } = linkSeenFrom(link, side.id);
    writer.create('timeline', {
      subject: side,
      kind: 'link',
      linkId: link.id,
      occurredAt: writer.now,
      text: `${verb}: ${label.toLowerCase()} ${other.ref}.${link.note && verb === 'Linked' ? ` ${link.note}` : ''}`,
    });
  }
}

export async function linkIncidents(
  db: FirebreakDatabase,
  actor: Actor,
  incidentId: string,
  input: LinkDraftInput,
): Promise<IncidentLink> {
  const draft = parseOrRefuse(linkDraftSchema, 'incidentLink', input);
  return writeTransaction(db, actor, async (writer) => {
    const { kind, fromId, toId } = linkFromChoice(draft.choice, incidentId, draft.otherIncidentId);
    refuseIf(linkProblem(fromId, toId, []));
    const [from, to] = await Promise.all([requireLiveIncident(db, fromId), requireLiveIncident(db, toId)]);
    refuseIf(linkProblem(fromId, toId, await liveLinksOf(db, fromId)));
    const link = writer.create('incidentLink', {
      kind,
      from: incidentSubject(from),
      to: incidentSubject(to),
      note: draft.note,
    });
    noteOnBothTimelines(writer, link, 'Linked');
    return link;
  });
}

export async function unlinkIncidents(db: FirebreakDatabase, actor: Actor, linkId: string): Promise<void> {
  await writeTransaction(db, actor, async (writer) => {
    const link = await liveLink(db, linkId);
    if (!link) throw new WriteRefusedError('This link was already removed.');
    noteOnBothTimelines(writer, writer.softDelete('incidentLink', link), 'Link removed');
  });
}

/** Makes many links in one transaction (demo data), each refused as one would be. */
export async function seedLinks(
  db: FirebreakDatabase,
  actor: Actor,
  seeds: readonly { readonly from: Subject; readonly to: Subject; readonly kind: LinkKind }[],
): Promise<number> {
  return writeTransaction(db, actor, async (writer) => {
    const made: IncidentLink[] = [];
    for (const seed of seeds) {
      refuseIf(linkProblem(seed.from.id, seed.to.id, [...made, ...(await liveLinksOf(db, seed.from.id))]));
      const link = writer.create('incidentLink', { kind: seed.kind, from: seed.from, to: seed.to, note: '' });
      noteOnBothTimelines(writer, link, 'Linked');
      made.push(link);
    }
    return made.length;
  });
}
