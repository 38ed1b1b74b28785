/**
 * The one list of capabilities in the shared layer. Adding a capability adds one line to `DOMAIN_CAPABILITIES`;
 * the record entities, their tables and the audit log's subjects are all derived from it, so the write path, the
 * audit log and the database cannot disagree about what exists.
 */
import type { z } from 'zod';
import type { UnionToIntersection } from '../typeUtils';
import { bundlesDomain } from './bundles/capability';
import type { DomainCapability } from './capability';
import { couchDomain } from './couch/capability';
import { coreDomain } from './coreCapability';
import { evidenceDomain } from './evidence/capability';
import { exercisesDomain } from './exercises/capability';
import { filingsDomain } from './filings/capability';
import { incidentsDomain } from './incidents/capability';
import { observablesDomain } from './observables/capability';
import { regulatoryDomain } from './regulatory/capability';
import { reviewsDomain } from './reviews/capability';
import { runbooksDomain } from './runbooks/capability';
import { scenariosDomain } from './scenarios/capability';
import { stakeholdersDomain } from './stakeholders/capability';
import { teamDomain } from './team/capability';
import { trustDomain } from './trust/capability';

export const DOMAIN_CAPABILITIES = [
  coreDomain,
  incidentsDomain,
  runbooksDomain,
  teamDomain,
  evidenceDomain,
  trustDomain,
  regulatoryDomain,
  scenariosDomain,
  exercisesDomain,
  reviewsDomain,
  stakeholdersDomain,
  bundlesDomain,
  filingsDomain,
  observablesDomain,
  couchDomain,
] as const;

type EntityMap = UnionToIntersection<(typeof DOMAIN_CAPABILITIES)[number]['entities']>;

function mergeEntities(capabilities: readonly DomainCapability[]): DomainCapability['entities'] {
  const merged: Record<string, DomainCapability['entities'][string]> = {};
  const tables = new Set<string>();
  for (const capability of capabilities) {
    for (const [name, declaration] of Object.entries(capability.entities)) {
      if (Object.hasOwn(merged, name)) throw new Error(`Two capabilities declare the entity "${name}".`);
      if (tables.has(declaration.table))
        throw new Error(`Two entities are stored in the table "${declaration.table}".`);
      merged[name] = declaration;
      tables.add(declaration.table);
    }
  }
  return merged;
}

/** Every record entity, by name: its table and its schema. */
// The merged object has exactly the declared keys; the intersection type states that for the type checker.
export const ENTITIES = mergeEntities(DOMAIN_CAPABILITIES) as EntityMap;
export type EntityName = keyof EntityMap;
/** The stored record of an entity, as its schema outputs it. */
export type EntityRecord<E extends EntityName> = z.output<EntityMap[E]['schema']>;

/** Every name the audit log may carry: each record entity and each capability's other audit subjects. */
export const AUDITED_ENTITIES: readonly string[] = DOMAIN_CAPABILITIES.flatMap((capability) => [
  ...Object.keys(capability.entities),
  ...capability.auditSubjects,
]);

export function isEntityName(name: string): name is EntityName {
  return Object.hasOwn(ENTITIES, name);
}
