/**
 * Taking a checkpoint: read the heads of the audit log and of every custody chain that moved since its last
 * checkpoint, have the host sign them (the key never reaches this page), and keep a copy of what it signed. The
 * signer is passed in, so this module needs no host and tests can sign with a real key in Node.
 */
import { custodyChain, checkpointKey } from '../../../shared/domain/trust/checkpoint';
import type { ChainHead, CheckpointReason, SignedCheckpoint } from '../../../shared/domain/trust/checkpoint';
import { readAuditHead } from '../auditTrail';
import type { FirebreakDatabase } from '../database';

const CUSTODY_HEAD_PREFIX = 'custody-head:';

export interface CheckpointRequest {
  readonly installationId: string;
  readonly reason: CheckpointReason;
  readonly heads: readonly ChainHead[];
}
export type CheckpointSigner = (request: CheckpointRequest) => Promise<readonly SignedCheckpoint[]>;

/** The current head of every chain: the audit log, and each evidence item's chain of custody. */
export async function currentChainHeads(db: FirebreakDatabase): Promise<ChainHead[]> {
  return db.transaction('r', db.meta, async () => {
    const audit = await readAuditHead(db.meta);
    const custody = await db.meta.where('key').startsWith(CUSTODY_HEAD_PREFIX).toArray();
    return [
      { chain: 'audit', seq: audit.seq, headHash: audit.hash },
      ...custody.flatMap((row) => {
        const value = row.value;
        if (typeof value !== 'object' || value === null || !('seq' in value) || !('hash' in value)) return [];
        const { seq, hash } = value;
        if (typeof seq !== 'number' || typeof hash !== 'string') return [];
        return [{ chain: custodyChain(row.key.slice(CUSTODY_HEAD_PREFIX.length)), seq, headHash: hash }];
      }),
    ];
  });
}

/** The newest checkpoint this database holds for each chain. */
async function latestStored(db: FirebreakDatabase): Promise<Map<string, SignedCheckpoint>> {
  const latest = new Map<string, SignedCheckpoint>();
  await db.checkpoints.each((stored) => {
    const known = latest.get(stored.checkpoint.chain);
    if (known === undefined || stored.checkpoint.seq > known.checkpoint.seq)
      latest.set(stored.checkpoint.chain, stored);
  });
  return latest;
}

/**
 * Checkpoints every chain whose head moved since its last checkpoint (all of them when `everyChain`), and stores the
 * signed copies. Returns what was signed: nothing when no chain moved.
 */
export async function takeCheckpoint(
  db: FirebreakDatabase,
  sign: CheckpointSigner,
  request: { readonly installationId: string; readonly reason: CheckpointReason; readonly everyChain?: boolean },
): Promise<readonly SignedCheckpoint[]> {
  const [heads, latest] = await Promise.all([currentChainHeads(db), latestStored(db)]);
  const moved = heads.filter((head) => {
    const last = latest.get(head.chain)?.checkpoint;
    return (
      request.everyChain === true || last === undefined || last.seq !== head.seq || last.headHash !== head.headHash
    );
  });
  if (moved.length === 0) return [];
  const signed = await sign({ installationId: request.installationId, reason: request.reason, heads: moved });
  await db.checkpoints.bulkPut(signed.map((entry) => ({ ...entry, key: checkpointKey(entry.checkpoint) })));
  return signed;
}
