/**
 * Live sync's preferences in the database (the meta table): pause, what this installation sends, and whether
 * exercises' practice incidents go to the server. Every change is an audited write (`couchPreferences`), so the log
 * says who paused sync or widened what it shares, and when. Pausing is allowed in legal review mode (it changes no
 * record); changing what is shared is not.
 */
import {
  DEFAULT_LIVE_SYNC_PREFERENCES,
  LIVE_SYNC_PREFERENCES_KEY,
  liveSyncPreferencesSchema,
  type LiveSyncPreferences,
} from '../../../shared/domain/couch/preferences';
import { parseOrRefuse } from '../../../shared/errors';
import type { FirebreakDatabase } from '../database';
import { writeTransaction, type Actor } from '../write';

export async function readLiveSyncPreferences(db: FirebreakDatabase): Promise<LiveSyncPreferences> {
  const row = await db.meta.get(LIVE_SYNC_PREFERENCES_KEY);
  const parsed = liveSyncPreferencesSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_LIVE_SYNC_PREFERENCES;
}

/** Stores the preferences changed by `change`; a change to what is sent makes the next push look at every record. */
export async function changeLiveSyncPreferences(
  db: FirebreakDatabase,
  actor: Actor,
  change: Partial<LiveSyncPreferences>,
): Promise<LiveSyncPreferences> {
  const onlyPause = Object.keys(change).every((key) => key === 'paused');
  return writeTransaction(
    db,
    actor,
    async (writer) => {
      const current = await readLiveSyncPreferences(db);
      const next = parseOrRefuse(liveSyncPreferencesSchema, 'live sync preferences', { ...current, ...change });
      await db.meta.put({ key: LIVE_SYNC_PREFERENCES_KEY, value: next });
      writer.note(LIVE_SYNC_PREFERENCES_KEY, LIVE_SYNC_PREFERENCES_KEY, 'update', next);
      if (!onlyPause) {
        // Records left out before may be in now: the next push reads every table once (the HLC mark bounds it).
        await db.couchCheckpoints.toCollection().modify((checkpoint) => {
          delete (checkpoint as { pushedAuditSeq?: number }).pushedAuditSeq;
          (checkpoint as { pushedHlc: string }).pushedHlc = '';
        });
      }
      return next;
    },
    { reviewSafe: onlyPause },
  );
}
