import type { Db } from '../db/open';
import type { Rng } from '../exam/random';

/** What every handler gets: the database and the clock, both injectable so tests drive them for real. */
export interface BackendContext {
  db: Db;
  now: () => number;
  newRng: () => Rng;
  version: string;
  dataDir: string | null;
  packProblems: string[];
}
