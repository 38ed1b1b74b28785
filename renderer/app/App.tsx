/** The root: the database for every screen, the address-bar router, and the profile gate. */
import { useEffect } from 'react';
import type { FirebreakDatabase } from '../db/database';
import { DatabaseContext } from './DatabaseContext';
import { ProfileGate } from './ProfileGate';
import { followLocationHash } from './routeStore';

export function App({ db }: { readonly db: FirebreakDatabase }) {
  useEffect(() => followLocationHash(), []);
  return (
    <DatabaseContext value={db}>
      <ProfileGate />
    </DatabaseContext>
  );
}
