/**
 * The filings capability's shared declaration: regulatory filings (one per incident, regime and stage, their own
 * report subject) and messages per audience (versioned) are audited records.
 */
import type { DomainCapability } from '../capability';
import { audienceMessageSchema } from './audienceMessage';
import { filingSchema } from './filing';

export const filingsDomain = {
  name: 'filings',
  entities: {
    filing: { table: 'filings', schema: filingSchema },
    audienceMessage: { table: 'audienceMessages', schema: audienceMessageSchema },
  },
  auditSubjects: [],
} as const satisfies DomainCapability;
