/** The responder profile of this installation, asked at first run; every write is attributed to it. */
import { randomBytes } from '@noble/hashes/utils.js';
import {
  responderProfileDraftSchema,
  responderProfileSchema,
  type ResponderProfile,
  type ResponderProfileDraft,
} from '../../shared/domain/responder';
import { nowIso } from '../../shared/domain/time';
import type { FirebreakDatabase } from './database';
import { parseOrRefuse } from '../../shared/errors';
import { writeTransaction, type Actor } from './write';

export const PROFILE_KEY = 'profile';

export async function readProfile(db: FirebreakDatabase): Promise<ResponderProfile | undefined> {
  const row = await db.meta.get(PROFILE_KEY);
  if (!row) return undefined;
  const parsed = responderProfileSchema.safeParse(row.value);
  return parsed.success ? parsed.data : undefined;
}

export function actorOf(profile: ResponderProfile): Actor {
  return { name: profile.name, nodeId: profile.nodeId };
}

function newNodeId(): string {
  return Array.from(randomBytes(8), (b) => b.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 12);
}

/** Creates or updates the profile. The installation's node id is kept once chosen. */
export async function saveProfile(db: FirebreakDatabase, input: ResponderProfileDraft): Promise<ResponderProfile> {
  const draft = parseOrRefuse(responderProfileDraftSchema, 'profile', input);
  const existing = await readProfile(db);
  const profile = parseOrRefuse(responderProfileSchema, 'profile', {
    ...draft,
    nodeId: existing?.nodeId ?? newNodeId(),
    createdAt: existing?.createdAt ?? nowIso(),
  });
  await writeTransaction(db, actorOf(profile), async (writer) => {
    writer.setting('profile', PROFILE_KEY, profile);
  });
  return profile;
}
