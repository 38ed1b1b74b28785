/**
 * Bech32 (BIP 173) as age uses it for X25519 recipients (`age1…`) and identities (`AGE-SECRET-KEY-1…`): a
 * human-readable prefix, a checksum that catches typing mistakes, and no length limit (age's keys are 32 bytes,
 * longer than BIP 173's 90 characters allow). Plain TypeScript so the renderer can check a pasted recipient too.
 */
const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: readonly number[]): number {
  let checksum = 1;
  for (const value of values) {
    const top = checksum >>> 25;
    checksum = ((checksum & 0x1ffffff) << 5) ^ value;
    GENERATOR.forEach((generator, bit) => {
      if ((top >>> bit) & 1) checksum ^= generator;
    });
  }
  return checksum;
}

function expandPrefix(prefix: string): number[] {
  const codes = Array.from(prefix, (char) => char.charCodeAt(0));
  return [...codes.map((code) => code >>> 5), 0, ...codes.map((code) => code & 31)];
}

function regroup(data: readonly number[], from: number, to: number, pad: boolean): number[] | undefined {
  let accumulator = 0;
  let bits = 0;
  const out: number[] = [];
  for (const value of data) {
    accumulator = (accumulator << from) | value;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push((accumulator >>> bits) & ((1 << to) - 1));
    }
    accumulator &= (1 << bits) - 1;
  }
  if (pad && bits > 0) out.push((accumulator << (to - bits)) & ((1 << to) - 1));
  if (!pad && (bits >= from || accumulator !== 0)) return undefined;
  return out;
}

/** Encodes bytes under a lower-case prefix (`age`, `age-secret-key-`), in lower case. */
export function bech32Encode(prefix: string, bytes: Uint8Array): string {
  const data = regroup(Array.from(bytes), 8, 5, true) ?? [];
  const checksum = polymod([...expandPrefix(prefix), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const tail = Array.from({ length: 6 }, (_, index) => (checksum >>> (5 * (5 - index))) & 31);
  return `${prefix}1${[...data, ...tail].map((value) => CHARSET[value]).join('')}`;
}

/** Decodes a Bech32 string of either case (never mixed); undefined when it is not one or the checksum fails. */
export function bech32Decode(text: string): { prefix: string; bytes: Uint8Array } | undefined {
  if (text !== text.toLowerCase() && text !== text.toUpperCase()) return undefined;
  const lower = text.toLowerCase();
  const separator = lower.lastIndexOf('1');
  if (separator < 1 || lower.length - separator < 7) return undefined;
  const prefix = lower.slice(0, separator);
  const data = Array.from(lower.slice(separator + 1), (char) => CHARSET.indexOf(char));
  if (data.some((value) => value < 0) || polymod([...expandPrefix(prefix), ...data]) !== 1) return undefined;
  const bytes = regroup(data.slice(0, -6), 5, 8, false);
  return bytes ? { prefix, bytes: Uint8Array.from(bytes) } : undefined;
}
