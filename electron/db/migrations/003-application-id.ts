// Schema v3: marks the file as Proctor's (PRAGMA application_id), so that another program's SQLite file is refused
// instead of being taken over. Files from v1 and v2 carry no mark; they are recognised by their version and tables.
import type { Migration } from './migration';

/** "PRCT" as a big-endian 32-bit integer: SQLite's header field for the application that owns the file. */
export const PROCTOR_APPLICATION_ID = 0x50524354;

export const applicationId: Migration = {
  version: 3,
  name: 'application-id',
  up: (db) => db.pragma(`application_id = ${PROCTOR_APPLICATION_ID}`),
};
