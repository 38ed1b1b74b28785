/** The responder using Firebreak, known once onboarding is done; every write is attributed to `actor`. */
import { createContext, useContext } from 'react';
import type { Actor } from '../db/write';
import type { ResponderProfile } from '../../shared/domain/responder';

export interface Session {
  readonly profile: ResponderProfile;
  readonly actor: Actor;
}

export const ProfileContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(ProfileContext);
  if (!session) throw new Error('useSession is only available after onboarding.');
  return session;
}
