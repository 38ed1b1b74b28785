/** Words and tones for evidence states, shared by the lists, the item page and the filters. */
import type { BadgeTone } from '../../ui/Badge';
import type { EvidenceItem, VerificationState } from '../../../shared/domain/evidence/evidence';

export const KIND_LABELS: Readonly<Record<EvidenceItem['kind'], string>> = {
  file: 'File',
  'ai-system-snapshot': 'AI system snapshot',
};

export const VERIFICATION_TONES: Readonly<Record<VerificationState, BadgeTone>> = {
  unverified: 'neutral',
  intact: 'success',
  mismatch: 'danger',
};

export function shortHash(sha256: string): string {
  return `${sha256.slice(0, 12)}…`;
}
