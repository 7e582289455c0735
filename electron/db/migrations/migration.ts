// A migration moves the database from `version - 1` to `version`. It may run SQL and code alike; it runs inside the
// one transaction `migrate` opens, so it must not open its own. Never edit a released migration: add the next one.
import type { Db } from '../open';

export interface Migration {
  version: number;
  /** A few words for logs and backups' context. */
  name: string;
  up(db: Db): void;
}
