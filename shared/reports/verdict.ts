/**
 * A verification verdict in words, the same for the command-line verifier and the in-app check: a headline and
 * what to do about it. Every piece of text taken from the file is passed through `printable`.
 */
import { printable } from './printable';
import type { VerificationResult } from './signing';
import { formatFingerprint } from './trust';

export interface VerdictInWords {
  readonly headline: string;
  readonly advice: string;
}

function signedBy(result: VerificationResult): string {
  const subject = printable(result.signer?.subject ?? 'an unknown signer');
  const fingerprint =
    result.signer === null ? '' : ` (certificate SHA-256 ${formatFingerprint(result.signer.fingerprint)})`;
  return `${subject}${fingerprint}`;
}

export function verdictInWords(result: VerificationResult): VerdictInWords {
  switch (result.verdict) {
    case 'trusted':
      return {
        headline: `Valid and trusted — signed by ${signedBy(result)}${result.trustBasis === 'ca' ? ', through your organisation’s CA' : ''}.`,
        advice: 'Nothing was changed or added after signing.',
      };
    case 'untrusted':
      return {
        headline: `Valid signature, untrusted signer — signed by ${signedBy(result)}, who is not on your trusted list.`,
        advice:
          'The file is intact, but anyone can make a certificate with any name. To trust it, add this fingerprint to ' +
          'Trusted signers after confirming it with the signer out of band (by phone or in person, not by a ' +
          'message that came with the file).',
      };
    case 'invalid':
      return {
        headline: `Invalid — ${printable(result.problems[0] ?? 'the signature does not hold.')}`,
        advice: 'Do not rely on this file: ask the sender for the original.',
      };
    case 'unreadable':
      return {
        headline: `Unreadable — ${printable(result.problems[0] ?? 'the file cannot be read as a signed PDF.')}`,
        advice: 'The file is damaged or not a signed PDF; nothing in it can be relied on.',
      };
  }
}
