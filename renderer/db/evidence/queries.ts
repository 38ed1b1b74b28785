/**
 * Reads of the evidence locker: items (live or, for pages that show a deletion, any), their stored content, and their
 * custody chains with the check against the anchored head. Other capabilities use these, never the evidence tables.
 */
import Dexie from 'dexie';
import {
  custodyHeadSchema,
  EMPTY_CUSTODY_HEAD,
  verifyCustodyChain,
  type CustodyChainReport,
  type CustodyEvent,
} from '../../../shared/domain/evidence/custody';
import type { EvidenceContent, EvidenceItem } from '../../../shared/domain/evidence/evidence';
import type { FirebreakDatabase } from '../database';
import { custodyHeadKey } from '../write';

const acquisitionOrder = (a: EvidenceItem, b: EvidenceItem): number =>
  a.acquiredAt.localeCompare(b.acquiredAt) || a.id.localeCompare(b.id);

/** The item, deleted or not (its page and the links to it say when it was deleted). */
export async function evidenceItem(db: FirebreakDatabase, id: string): Promise<EvidenceItem | undefined> {
  return db.evidence.get(id);
}

/** Every item not deleted, across all incidents. */
export async function liveEvidence(db: FirebreakDatabase): Promise<EvidenceItem[]> {
  return (await db.evidence.toArray()).filter((item) => item.deletedAt === null);
}

/** The subject's items not deleted, oldest acquisition first. */
export async function liveEvidenceOfSubject(db: FirebreakDatabase, subjectId: string): Promise<EvidenceItem[]> {
  const items = await db.evidence.where('subject.id').equals(subjectId).toArray();
  return items.filter((item) => item.deletedAt === null).sort(acquisitionOrder);
}

/** Whether `evidenceId` names a live item held for this subject (what a checklist step may cite). */
export async function isLiveEvidenceOfSubject(
  db: FirebreakDatabase,
  evidenceId: string,
  subjectId: string,
): Promise<boolean> {
  const item = await db.evidence.get(evidenceId);
  return item !== undefined && item.deletedAt === null && item.subject.id === subjectId;
}

/** The stored bytes' description (chunk id, size, chunk count) for a SHA-256, if those bytes are stored. */
export function storedContent(db: FirebreakDatabase, sha256: string): Promise<EvidenceContent | undefined> {
  return db.evidenceContent.get(sha256);
}

/** One item's custody events, oldest first. */
export function custodyEventsOf(db: FirebreakDatabase, itemId: string): Promise<CustodyEvent[]> {
  return db.custody.where('[itemId+seq]').between([itemId, Dexie.minKey], [itemId, Dexie.maxKey]).toArray();
}

/** Checks one item's custody chain against its anchored head. */
export async function verifyStoredCustody(db: FirebreakDatabase, itemId: string): Promise<CustodyChainReport> {
  return db.transaction('r', [db.custody, db.meta], async () => {
    const row = await db.meta.get(custodyHeadKey(itemId));
    const anchor = row ? custodyHeadSchema.parse(row.value) : EMPTY_CUSTODY_HEAD;
    return verifyCustodyChain(itemId, await custodyEventsOf(db, itemId), anchor);
  });
}
