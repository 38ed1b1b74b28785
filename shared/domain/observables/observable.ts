/**
 * Observables: the concrete things an incident was seen with — prompts and prompt fragments, model and dataset ids,
 * API keys and tokens, IPs, domains, URLs, user and tenant ids, file hashes — each with its TLP 2.0 and PAP markings,
 * when it was first and last seen, and the evidence item that shows it (as DFIR-IRIS and TheHive keep them).
 *
 * Each kind has its own check and its own normal form (`normalized`), which the register-wide "seen in other
 * incidents" index matches on (`[kind+normalized]`). A token is never stored: only its SHA-256 (as the normal form,
 * so the same token in two incidents still matches) and a hint of its first and last characters.
 * As in TheHive, an observable's kind and value are fixed once added; markings, times, evidence and note change.
 */
import { z } from 'zod';
import { sha256Hex } from '../hash';
import { uuidV7Schema } from '../ids';
import { recordMetaSchema } from '../record';
import { subjectSchema } from '../subject';
import { isoTimestampSchema } from '../time';

export const OBSERVABLE_KINDS = [
  'prompt',
  'prompt-fragment',
  'model-id',
  'dataset-id',
  'api-token',
  'ip',
  'domain',
  'url',
  'user-id',
  'tenant-id',
  'file-hash',
] as const;
export const observableKindSchema = z.enum(OBSERVABLE_KINDS, { error: 'Choose what kind of observable this is.' });
export type ObservableKind = z.infer<typeof observableKindSchema>;

export const OBSERVABLE_KIND_LABELS: Readonly<Record<ObservableKind, string>> = {
  prompt: 'Prompt',
  'prompt-fragment': 'Prompt fragment',
  'model-id': 'Model id',
  'dataset-id': 'Dataset id',
  'api-token': 'API key or token',
  ip: 'IP address',
  domain: 'Domain',
  url: 'URL',
  'user-id': 'User id',
  'tenant-id': 'Tenant id',
  'file-hash': 'File hash',
};

/** Traffic Light Protocol 2.0 (FIRST): who the information may be shared with. */
export const TLP_LEVELS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;
export const tlpSchema = z.enum(TLP_LEVELS, { error: 'Choose a TLP marking.' });
export type Tlp = z.infer<typeof tlpSchema>;

/** Permissible Actions Protocol: what may be done with the information (CLEAR: anything; RED: nothing detectable). */
export const PAP_LEVELS = ['CLEAR', 'GREEN', 'AMBER', 'RED'] as const;
export const papSchema = z.enum(PAP_LEVELS, { error: 'Choose a PAP marking.' });
export type Pap = z.infer<typeof papSchema>;

export const TLP_MEANINGS: Readonly<Record<Tlp, string>> = {
  CLEAR: 'May be shared publicly',
  GREEN: 'Within the community',
  AMBER: 'Within the organisation and its clients, need to know',
  'AMBER+STRICT': 'Within the organisation only',
  RED: 'Named recipients only',
};

export const PAP_MEANINGS: Readonly<Record<Pap, string>> = {
  CLEAR: 'No restriction on use',
  GREEN: 'Active actions allowed',
  AMBER: 'Passive actions only',
  RED: 'No action that could be detected',
};

export const OBSERVABLE_VALUE_MAX = 10_000;

const IPV4 = z.ipv4();
const IPV6 = z.ipv6();
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;
const URL_SHAPE = /^([a-z][a-z0-9+.-]*):\/\/([^\s/?#@]+@)?([^\s/?#]+)([^\s]*)$/i;
const URL_SCHEMES = new Set(['http', 'https', 'ftp', 'ftps', 'ws', 'wss', 's3', 'gs']);
const HASH_LENGTHS: Readonly<Record<number, FileHashAlgorithm>> = {
  32: 'MD5',
  40: 'SHA-1',
  64: 'SHA-256',
  128: 'SHA-512',
};
export type FileHashAlgorithm = 'MD5' | 'SHA-1' | 'SHA-256' | 'SHA-512';

/** Why a value is not an observable of this kind, in words; undefined when it is one. */
export function observableValueProblem(kind: ObservableKind, raw: string): string | undefined {
  const value = raw.trim();
  if (value === '') return 'Enter the value you observed.';
  if (value.length > OBSERVABLE_VALUE_MAX) return 'Use at most 10,000 characters; keep a longer prompt as evidence.';
  switch (kind) {
    case 'prompt':
    case 'prompt-fragment':
      return undefined;
    case 'model-id':
    case 'dataset-id':
    case 'user-id':
    case 'tenant-id':
      if (value.length > 300) return 'An id has at most 300 characters.';
      return /\s/.test(value) ? 'An id has no spaces; check you copied only the id.' : undefined;
    case 'api-token':
      if (/\s/.test(value)) return 'A key or token has no spaces; paste only the key.';
      return value.length < 8 ? 'A key or token has at least 8 characters; paste the whole key.' : undefined;
    case 'ip':
      return IPV4.safeParse(value).success || IPV6.safeParse(value).success
        ? undefined
        : 'Enter an IPv4 address such as 203.0.113.7 or an IPv6 address such as 2001:db8::1.';
    case 'domain':
      return DOMAIN.test(value.toLowerCase().replace(/\.$/, ''))
        ? undefined
        : 'Enter a domain name such as api.example.com, without a scheme or path.';
    case 'url': {
      const match = URL_SHAPE.exec(value);
      if (!match) return 'Enter a full URL such as https://example.com/path.';
      return URL_SCHEMES.has(match[1]!.toLowerCase())
        ? undefined
        : 'Use a URL starting with http://, https://, ftp://, ws://, wss://, s3:// or gs://.';
    }
    case 'file-hash':
      return /^[0-9a-f]+$/i.test(value) && HASH_LENGTHS[value.length] !== undefined
        ? undefined
        : 'Enter an MD5, SHA-1, SHA-256 or SHA-512 hash in hexadecimal (32, 40, 64 or 128 characters).';
  }
}

/** The algorithm a file hash's length says it is. */
export function fileHashAlgorithm(hash: string): FileHashAlgorithm {
  return HASH_LENGTHS[hash.length] ?? 'SHA-256';
}

/** Whether an IP observable is IPv6 (else IPv4). */
export function isIpv6(value: string): boolean {
  return value.includes(':');
}

/** The form normal to a kind, which "seen in other incidents" matches on. Call only on a valid value. */
export function normalizeObservable(kind: ObservableKind, raw: string): string {
  const value = raw.trim();
  switch (kind) {
    case 'prompt':
    case 'prompt-fragment':
      return value.replace(/\s+/g, ' ').toLowerCase();
    case 'model-id':
    case 'dataset-id':
    case 'domain':
    case 'file-hash':
    case 'ip':
      return value.toLowerCase().replace(/\.$/, '');
    case 'url': {
      const match = URL_SHAPE.exec(value)!;
      return `${match[1]!.toLowerCase()}://${match[2] ?? ''}${match[3]!.toLowerCase()}${match[4] ?? ''}`;
    }
    case 'user-id':
    case 'tenant-id':
      return value;
    case 'api-token':
      return sha256Hex(value);
  }
}

/** What is shown of a token: its first and last characters (fewer for short ones) and its length, never the rest. */
export function redactToken(raw: string): string {
  const token = raw.trim();
  const keep = token.length >= 24 ? 4 : token.length >= 12 ? 2 : 1;
  return `${token.slice(0, keep)}…${token.slice(-keep)} (${token.length} characters)`;
}

const optionalTime = isoTimestampSchema.nullable();

const observableDetailsShape = {
  tlp: tlpSchema,
  pap: papSchema,
  firstSeen: optionalTime,
  lastSeen: optionalTime,
  /** The evidence item that shows it (held for the same incident). */
  evidenceId: uuidV7Schema.nullable(),
  note: z.string().trim().max(2_000, 'Use at most 2,000 characters.').default(''),
};

function seenInOrder(value: { firstSeen: string | null; lastSeen: string | null }, context: z.RefinementCtx): void {
  if (value.firstSeen !== null && value.lastSeen !== null && value.lastSeen < value.firstSeen) {
    context.addIssue({ code: 'custom', path: ['lastSeen'], message: 'Last seen cannot be before first seen.' });
  }
}

/** What can change after an observable is added: markings, times, evidence and note. */
export const observableDetailsSchema = z.object(observableDetailsShape).superRefine(seenInOrder);
export type ObservableDetails = z.infer<typeof observableDetailsSchema>;
export type ObservableDetailsInput = z.input<typeof observableDetailsSchema>;

/** What a responder enters: the kind, the value as observed (a token in full, hashed before it is stored), details. */
export const observableDraftSchema = z
  .object({ kind: observableKindSchema, value: z.string(), ...observableDetailsShape })
  .superRefine((draft, context) => {
    const problem = observableValueProblem(draft.kind, draft.value);
    if (problem) context.addIssue({ code: 'custom', path: ['value'], message: problem });
    seenInOrder(draft, context);
  });
export type ObservableDraft = z.infer<typeof observableDraftSchema>;
export type ObservableDraftInput = z.input<typeof observableDraftSchema>;

const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** The stored observable: `value` is what may be shown (a token's redacted hint), `normalized` what is matched. */
export const observableSchema = recordMetaSchema
  .extend({
    subject: subjectSchema,
    kind: observableKindSchema,
    value: z.string().min(1).max(OBSERVABLE_VALUE_MAX),
    normalized: z.string().min(1).max(OBSERVABLE_VALUE_MAX),
    ...observableDetailsShape,
  })
  .superRefine((record, context) => {
    seenInOrder(record, context);
    if (record.kind === 'api-token' && !sha256HexSchema.safeParse(record.normalized).success) {
      context.addIssue({ code: 'custom', path: ['normalized'], message: 'A token is stored only as its SHA-256.' });
    }
  });
export type Observable = z.infer<typeof observableSchema>;

/** The stored body of a parsed draft: the value normalised, a token replaced by its hint and hash. */
export function observableBody(
  draft: ObservableDraft,
): Pick<Observable, 'kind' | 'value' | 'normalized'> & ObservableDetails {
  const value = draft.value.trim();
  return {
    kind: draft.kind,
    value: draft.kind === 'api-token' ? redactToken(value) : value,
    normalized: normalizeObservable(draft.kind, value),
    tlp: draft.tlp,
    pap: draft.pap,
    firstSeen: draft.firstSeen,
    lastSeen: draft.lastSeen,
    evidenceId: draft.evidenceId,
    note: draft.note,
  };
}

/** The same thing already recorded on this incident, if the draft repeats one. */
export function duplicateObservableProblem(
  draft: Pick<Observable, 'kind' | 'normalized'>,
  existing: readonly Pick<Observable, 'kind' | 'normalized' | 'value'>[],
): string | undefined {
  const same = existing.find((item) => item.kind === draft.kind && item.normalized === draft.normalized);
  return same
    ? `This incident already records this ${OBSERVABLE_KIND_LABELS[draft.kind].toLowerCase()} (${same.value.slice(0, 80)}).`
    : undefined;
}
