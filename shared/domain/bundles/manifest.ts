/**
 * The manifest of a sync bundle (`manifest.json`, the first entry, signed by `manifest.json.minisig`): who sent it,
 * when, with which key, and the size and SHA-256 of every payload entry, so the receiver checks every byte against
 * one signed document before anything is written. The trusted comment of the signature repeats the bundle id, the
 * manifest's SHA-256, the sender and the format version, so `minisign -V` alone shows what was signed.
 *
 * Strict on purpose: an unknown field in a signed manifest means a format this version does not understand, and a
 * newer format announces itself with a new `formatVersion` rather than being half-read.
 */
import { z } from 'zod';
import { sha256HexSchema } from '../hashSchema';
import { hlcSchema, uuidV7Schema } from '../ids';
import { siteCodeSchema } from '../installation';
import { isoTimestampSchema } from '../time';
import { entryNameRefusal, parsePayloadEntryName, TABLE_NAME_PATTERN } from './entryNames';

export const BUNDLE_FORMAT = 'firebreak-bundle';
export const BUNDLE_FORMAT_VERSION = 1;

export const bundleEntrySchema = z
  .object({
    name: z.string().superRefine((name, context) => {
      const refusal =
        entryNameRefusal(name) ?? (parsePayloadEntryName(name) ? undefined : `${name} is not a payload entry.`);
      if (refusal) context.addIssue({ code: 'custom', message: refusal });
    }),
    size: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
    sha256: sha256HexSchema,
  })
  .strict();
export type BundleEntry = z.infer<typeof bundleEntrySchema>;

export const bundleManifestSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
    bundleId: uuidV7Schema,
    createdAt: isoTimestampSchema,
    sender: z
      .object({ installationId: uuidV7Schema, siteCode: siteCodeSchema, keyFingerprint: sha256HexSchema })
      .strict(),
    /** Records per table; every table here has a `records/<table>.ndjson` entry and the other way round. */
    counts: z.record(z.string().regex(TABLE_NAME_PATTERN), z.number().int().nonnegative()),
    /** Every payload entry in the order it appears in the ZIP: records first, then evidence. */
    entries: z.array(bundleEntrySchema),
    /** The lowest and highest HLC of the records sent; null when the bundle carries no records. */
    hlcRange: z.object({ from: hlcSchema, to: hlcSchema }).strict().nullable(),
    /** The bundle this one follows, for an incremental bundle. */
    previousBundleId: uuidV7Schema.optional(),
  })
  .strict()
  .superRefine((manifest, context) => {
    for (const problem of manifestProblems(manifest)) context.addIssue({ code: 'custom', message: problem });
  });
export type BundleManifest = z.infer<typeof bundleManifestSchema>;

type ManifestShape = Pick<BundleManifest, 'counts' | 'entries' | 'hlcRange'>;

/** Rules across fields: unique names, records before evidence, counts matching the records entries, evidence named by its hash. */
function manifestProblems({ counts, entries, hlcRange }: ManifestShape): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  let evidenceSeen = false;
  for (const entry of entries) {
    const payload = parsePayloadEntryName(entry.name);
    if (seen.has(entry.name)) problems.push(`The manifest lists ${entry.name} twice.`);
    seen.add(entry.name);
    if (payload?.kind === 'evidence') {
      evidenceSeen = true;
      if (payload.sha256 !== entry.sha256) problems.push(`${entry.name} is not named by its SHA-256.`);
    } else if (payload?.kind === 'records') {
      if (evidenceSeen) problems.push(`${entry.name} comes after evidence; records come first.`);
      if (counts[payload.table] === undefined) problems.push(`${entry.name} has no record count.`);
    }
  }
  for (const table of Object.keys(counts))
    if (!seen.has(`records/${table}.ndjson`))
      problems.push(`The manifest counts ${table} records but has no file for them.`);
  if (hlcRange && hlcRange.from > hlcRange.to) problems.push('The HLC range ends before it starts.');
  return problems;
}

/** `SHA256SUMS` in `sha256sum`'s own format, listing every payload entry, so `sha256sum -c SHA256SUMS` checks an unzipped bundle. */
export function formatSha256Sums(entries: readonly Pick<BundleEntry, 'name' | 'sha256'>[]): string {
  return entries.map((entry) => `${entry.sha256}  ${entry.name}\n`).join('');
}

export interface TrustedCommentFields {
  readonly bundleId: string;
  readonly manifestSha256: string;
  readonly installationId: string;
  readonly siteCode: string;
  readonly formatVersion: number;
}

/** The signature's trusted comment: one line that `minisign -V` prints and the signature covers. */
export function formatTrustedComment(fields: TrustedCommentFields): string {
  return (
    `${BUNDLE_FORMAT} bundle:${fields.bundleId} manifest-sha256:${fields.manifestSha256} ` +
    `sender:${fields.siteCode}/${fields.installationId} schema:${fields.formatVersion}`
  );
}

const TRUSTED_COMMENT = new RegExp(
  `^${BUNDLE_FORMAT} bundle:(\\S+) manifest-sha256:([0-9a-f]{64}) sender:([A-Z0-9]+)/(\\S+) schema:(\\d+)$`,
);

export function parseTrustedComment(comment: string): TrustedCommentFields | undefined {
  const match = TRUSTED_COMMENT.exec(comment);
  if (!match) return undefined;
  const [, bundleId = '', manifestSha256 = '', siteCode = '', installationId = '', version = ''] = match;
  return { bundleId, manifestSha256, installationId, siteCode, formatVersion: Number(version) };
}
