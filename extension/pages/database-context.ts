import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { db, type PmoDatabase } from '../db/database';

/** The database pages read; a context so tests can hand in their own. */
export const DatabaseContext = createContext<PmoDatabase>(db);

export function useDatabase(): PmoDatabase {
  return useContext(DatabaseContext);
}
