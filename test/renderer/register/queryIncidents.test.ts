/**
 * The register's typing shortcut: while the search text only grows, it re-checks the last matches instead of the
 * whole index. Whatever sequence of queries a responder makes, each answer equals a fresh `index.query`.
 */
import { describe, expect, it } from 'vitest';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { INCIDENT_TYPES, PHASES, SEVERITIES } from '../../../shared/domain/incidents/taxonomy';
import { toListItem, type IncidentListItem } from '../../../renderer/db/incidents/incidentList';
import { IncidentIndex, type IncidentQuery } from '../../../renderer/features/register/incidentIndex';
import { queryIncidents } from '../../../renderer/features/register/queryIncidents';

const WORDS = ['prompt', 'model', 'leak', 'gateway', 'drift', 'poisoned', 'retrieval', 'jailbreak', 'Prompt-Guard'];

function incidents(count: number): IncidentListItem[] {
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();
    return {
      id: `01930000-0000-7000-8000-${String(i).padStart(12, '0')}`,
      ref: `INC-2026-${String(i + 1).padStart(4, '0')}`,
      title: `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} incident ${i}`,
      summary: `Seen on ${WORDS[(i * 3) % WORDS.length]} at site ${i % 13}.`,
      severity: SEVERITIES[i % SEVERITIES.length],
      phase: PHASES[i % PHASES.length],
      types: [INCIDENT_TYPES[i % INCIDENT_TYPES.length]],
      declaredAt: at,
      updatedAt: at,
      deletedAt: null,
    } as unknown as Incident;
  }).flatMap((incident) => toListItem(incident) ?? []);
}

const query = (text: string, extra: Partial<IncidentQuery> = {}): IncidentQuery => ({
  text,
  phases: [],
  severities: [],
  types: [],
  sort: 'declared-desc',
  ...extra,
});

describe('queryIncidents', () => {
  it('answers every query in a typing session exactly as the index does', () => {
    const index = new IncidentIndex();
    index.upsert(incidents(500));
    const session: IncidentQuery[] = [
      ...'prompt mod'.split('').map((_, i, all) => query(all.slice(0, i + 1).join(''))),
      query('prompt mo'),
      query('PROMPT MODEL'),
      query('prompt model', { severities: ['SEV1'] }),
      query('prompt model x', { severities: ['SEV1'] }),
      query('', { sort: 'severity' }),
      query('g', { sort: 'severity' }),
      query('ga', { sort: 'severity', phases: ['containment'] }),
      query('gat', { sort: 'declared-asc', phases: ['containment'] }),
      query('site 1'),
      query('site 12'),
    ];
    const answers = session.map((q) => queryIncidents(index, 1, q).map((item) => item.ref));
    expect(answers).toEqual(session.map((q) => index.query(q).map((item) => item.ref)));
  });

  it('starts again from the whole index when the index changes', () => {
    const index = new IncidentIndex();
    const all = incidents(50);
    index.upsert(all.slice(0, 40));
    queryIncidents(index, 1, query('drift'));
    index.upsert(all.slice(40));
    expect(queryIncidents(index, 2, query('drift i')).map((item) => item.ref)).toEqual(
      index.query(query('drift i')).map((item) => item.ref),
    );
  });
});
