/**
 * This installation's identity in the meta table: its id and site code (`shared/domain/installation.ts`). The site
 * code may change until the first record is written here; an installation upgraded from before site codes has none
 * and is asked once, at its next start.
 */
import { ENTITIES } from '../../shared/domain/capabilities';
import {
  installationSchema,
  SITE_CODE_LOCKED_REASON,
  siteCodeDraftSchema,
  type Installation,
  type SiteCodeDraft,
} from '../../shared/domain/installation';
import type { FirebreakDatabase } from './database';
import { parseOrRefuse, WriteRefusedError } from '../../shared/errors';
import { writeTransaction, type Actor } from './write';

export const INSTALLATION_KEY = 'installation';

export async function readInstallation(db: FirebreakDatabase): Promise<Installation | undefined> {
  const row = await db.meta.get(INSTALLATION_KEY);
  const parsed = installationSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : undefined;
}

/** The site code new references carry, or null (a database written without first run: tests, benchmarks). */
export async function readSiteCode(db: FirebreakDatabase): Promise<string | null> {
  return (await readInstallation(db))?.siteCode ?? null;
}

/**
 * Whether any record has been written here, apart from the responder's own person row that first run creates: the
 * moment the site code stops being a draft.
 */
export async function hasWrittenRecords(db: FirebreakDatabase, ownPersonId: string): Promise<boolean> {
  for (const { table } of Object.values(ENTITIES)) {
    const first = await db
      .table<{ id: string }>(table)
      .filter((record) => record.id !== ownPersonId)
      .first();
    if (first) return true;
  }
  return false;
}

/**
 * Sets the site code: while no record has been written (first run, Settings), or once in an installation upgraded
 * from before site codes, which has none.
 */
export async function chooseSiteCode(db: FirebreakDatabase, actor: Actor, input: SiteCodeDraft): Promise<Installation> {
  const { siteCode } = parseOrRefuse(siteCodeDraftSchema, 'site code', input);
  return writeTransaction(db, actor, async (writer) => {
    const current = await readInstallation(db);
    if (!current) throw new WriteRefusedError('This installation has not finished first run.');
    if (current.siteCode === siteCode) return current;
    if (current.siteCode !== null && (await hasWrittenRecords(db, actor.personId))) {
      throw new WriteRefusedError(SITE_CODE_LOCKED_REASON);
    }
    const next = installationSchema.parse({ ...current, siteCode });
    writer.setting('installation', INSTALLATION_KEY, next);
    return next;
  });
}
