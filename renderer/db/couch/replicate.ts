/**
 * One round of live sync: pull what the server has that this site has not seen (so this site's leaves are current),
 * then push what was written here since: records, then custody events, then (with a content store) the bytes of
 * evidence held here that the server lacks. A round that fails (server gone, legal review) changes nothing it had
 * not committed; the next round resumes from the checkpoints.
 */
import { uploadHeldContent } from './contentOnDemand';
import { pushCustodyEvents } from './custodyRevisions';
import { pullChanges, type LiveSyncContext, type PullResult } from './pull';
import { pushChanges, type PushResult } from './push';

export type { LiveSyncContext } from './pull';

export interface ReplicationRound extends PullResult, PushResult {}

export async function replicateOnce(ctx: LiveSyncContext): Promise<ReplicationRound> {
  const pulled = await pullChanges(ctx);
  const pushed = await pushChanges(ctx);
  const custodySent = await pushCustodyEvents(ctx);
  if (ctx.content) await uploadHeldContent(ctx, ctx.content);
  return { ...pulled, ...pushed, sent: pushed.sent + custodySent };
}
