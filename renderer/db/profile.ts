/**
 * The responder profile of this installation, asked at first run; every write is attributed to it. First run
 * creates the installation (id, site code), the responder's person record in the people directory (or reuses the
 * entry that already has their name) and the profile row pointing at it, in one transaction. Later changes to name
 * or role change that person record, so the directory and the profile never disagree.
 */
import { randomBytes } from '@noble/hashes/utils.js';
import { uuidv7 } from '../../shared/domain/ids';
import { installationSchema, siteCodeSchema } from '../../shared/domain/installation';
import {
  profileRecordSchema,
  responderProfileDraftSchema,
  type ResponderProfile,
  type ResponderProfileDraft,
} from '../../shared/domain/responder';
import { nowIso } from '../../shared/domain/time';
import type { FirebreakDatabase } from './database';
import { parseOrRefuse, WriteRefusedError } from '../../shared/errors';
import { INSTALLATION_KEY, readInstallation } from './installation';
import { findPersonByName } from './team/team';
import { writeTransaction, type Actor } from './write';

export const PROFILE_KEY = 'profile';

export async function readProfile(db: FirebreakDatabase): Promise<ResponderProfile | undefined> {
  const row = await db.meta.get(PROFILE_KEY);
  const parsed = profileRecordSchema.safeParse(row?.value);
  if (!parsed.success) return undefined;
  const person = await db.people.get(parsed.data.personId);
  if (!person) return undefined;
  return { ...parsed.data, name: person.name, role: person.role };
}

export function actorOf(profile: ResponderProfile): Actor {
  return { personId: profile.personId, name: profile.name, nodeId: profile.nodeId };
}

function newNodeId(): string {
  return Array.from(randomBytes(8), (b) => b.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 12);
}

/**
 * Creates the profile at first run (with the site code, when given), or changes the responder's name and role.
 * The installation's node id and the person's id are kept once chosen.
 */
export async function saveProfile(
  db: FirebreakDatabase,
  input: ResponderProfileDraft & { readonly siteCode?: string },
): Promise<ResponderProfile> {
  const draft = parseOrRefuse(responderProfileDraftSchema, 'profile', input);
  const existing = await readProfile(db);
  if (existing) {
    await writeTransaction(db, actorOf(existing), async (writer) => {
      const person = await db.people.get(existing.personId);
      if (!person) throw new WriteRefusedError('Your person record is missing from the directory.');
      writer.update('person', person, draft);
    });
    return { ...existing, ...draft };
  }
  const siteCode = input.siteCode === undefined ? null : parseOrRefuse(siteCodeSchema, 'site code', input.siteCode);
  const match = await findPersonByName(db, draft.name);
  const profile = profileRecordSchema.parse({
    personId: match?.id ?? uuidv7(),
    nodeId: newNodeId(),
    createdAt: nowIso(),
  });
  const actor: Actor = { personId: profile.personId, name: draft.name, nodeId: profile.nodeId };
  await writeTransaction(db, actor, async (writer) => {
    if (match) writer.update('person', match, draft);
    else writer.create('person', draft, profile.personId);
    const installation = await readInstallation(db);
    if (!installation || (installation.siteCode === null && siteCode !== null)) {
      const next = { id: installation?.id ?? uuidv7(), siteCode, createdAt: installation?.createdAt ?? writer.now };
      writer.setting('installation', INSTALLATION_KEY, installationSchema.parse(next));
    }
    writer.setting('profile', PROFILE_KEY, profile);
  });
  return { ...profile, ...draft };
}
