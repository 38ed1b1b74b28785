/** The open Firebreak database, handed down by context so screens and tests can use their own instance. */
import { createContext, useContext } from 'react';
import type { FirebreakDatabase } from '../db/database';

export const DatabaseContext = createContext<FirebreakDatabase | null>(null);

export function useDatabase(): FirebreakDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase needs a DatabaseContext provider.');
  return db;
}
