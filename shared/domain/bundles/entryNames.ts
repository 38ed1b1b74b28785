/**
 * The names a bundle's ZIP entries may have, and why any other name is refused. A bundle holds exactly four fixed
 * entries and then `records/<table>.ndjson` and `evidence/<sha256>`; nothing else. Checking the allow-list alone
 * would refuse a `../` name too, but the refusal says in words what the name tried to do (escape the folder, name a
 * drive, hide a NUL), because a person reading it should know the file was hostile, not merely unusual.
 */
export const MANIFEST_ENTRY = 'manifest.json';
export const SIGNATURE_ENTRY = 'manifest.json.minisig';
export const SENDER_KEY_ENTRY = 'keys/sender.pub';
export const CHECKSUMS_ENTRY = 'SHA256SUMS';
/** The first four entries, in this order, in every bundle. */
export const HEADER_ENTRIES = [MANIFEST_ENTRY, SIGNATURE_ENTRY, SENDER_KEY_ENTRY, CHECKSUMS_ENTRY] as const;

export const TABLE_NAME_PATTERN = /^[a-z][a-zA-Z0-9]{0,63}$/;
const RECORDS_ENTRY = /^records\/([a-z][a-zA-Z0-9]{0,63})\.ndjson$/;
const EVIDENCE_ENTRY = /^evidence\/([0-9a-f]{64})$/;

export function recordsEntryName(table: string): string {
  return `records/${table}.ndjson`;
}

export function evidenceEntryName(sha256: string): string {
  return `evidence/${sha256}`;
}

export type PayloadEntryName =
  { readonly kind: 'records'; readonly table: string } | { readonly kind: 'evidence'; readonly sha256: string };

/** What a payload entry name holds, or undefined when it is not one. */
export function parsePayloadEntryName(name: string): PayloadEntryName | undefined {
  const records = RECORDS_ENTRY.exec(name);
  if (records?.[1] !== undefined) return { kind: 'records', table: records[1] };
  const evidence = EVIDENCE_ENTRY.exec(name);
  if (evidence?.[1] !== undefined) return { kind: 'evidence', sha256: evidence[1] };
  return undefined;
}

/** Why an entry name is refused, in words, or undefined when a bundle may hold it. */
export function entryNameRefusal(name: string): string | undefined {
  const shown = JSON.stringify(name.slice(0, 120));
  if (name.includes('\0')) return `The entry name ${shown} hides a NUL character.`;
  if (name.startsWith('/')) return `The entry ${shown} has an absolute path.`;
  if (name.includes('\\')) return `The entry name ${shown} has a backslash (a Windows path).`;
  if (/^[A-Za-z]:/.test(name)) return `The entry ${shown} names a drive.`;
  if (name.split('/').some((part) => part === '..' || part === '.'))
    return `The entry ${shown} tries to leave the bundle's folder (..).`;
  if (name.normalize('NFC') !== name || /[^\x20-\x7e]/.test(name))
    return `The entry name ${shown} has characters no bundle entry uses.`;
  if ((HEADER_ENTRIES as readonly string[]).includes(name) || parsePayloadEntryName(name)) return undefined;
  return `The entry ${shown} is not part of a bundle (only the manifest, its signature, the sender key, SHA256SUMS, records/<table>.ndjson and evidence/<sha256>).`;
}
