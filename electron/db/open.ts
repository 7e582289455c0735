// Opens Proctor's SQLite database. Before a byte is written it checks, from the file header alone, that the file
// is Proctor's (or new), not from a newer Proctor, and that the folder can be written; a refused file is left
// exactly as it was, without even journal files beside it. Then it backs up before any migration, migrates in one
// transaction, and sets the pragmas that make an acknowledged answer durable.
import Database from 'better-sqlite3';
import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { LATEST_VERSION, migrations as allMigrations, PROCTOR_APPLICATION_ID, UNMARKED_VERSIONS, type Migration } from './migrations';
import { storageProblem } from './errors';

export type Db = Database.Database;

export type DatabaseErrorCode = 'too_new' | 'not_proctor' | 'unreadable' | 'read_only' | 'locked';

export class DatabaseError extends Error {
  constructor(
    readonly code: DatabaseErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseError';
  }
}

interface Header {
  userVersion: number;
  applicationId: number;
  /** Bumped by every schema change; 0 in a file that never had a table. */
  schemaCookie: number;
}

const MAGIC = 'SQLite format 3\0';

/** The 100-byte SQLite header, read with plain file I/O so nothing is written; null for an empty file. */
function readHeader(path: string): Header | null {
  const buf = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  let n: number;
  try {
    n = readSync(fd, buf, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (n === 0) return null;
  if (n < 100 || buf.toString('latin1', 0, 16) !== MAGIC) {
    throw new DatabaseError(
      'unreadable',
      `The file at ${path} is not a SQLite database, so Proctor cannot use it. It was left untouched. ` +
        'Move it aside (or restore a backup from the same folder) and start Proctor again.',
    );
  }
  return { schemaCookie: buf.readUInt32BE(40), userVersion: buf.readUInt32BE(60), applicationId: buf.readUInt32BE(68) };
}

/**
 * After a crash the newest header may still sit in the -wal file. Then (and only then: the journal files exist
 * anyway) the header is read through SQLite, read-only.
 */
function currentHeader(path: string): Header | null {
  const wal = `${path}-wal`;
  if (!(existsSync(wal) && statSync(wal).size > 0)) return readHeader(path);
  const probe = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return {
      userVersion: probe.pragma('user_version', { simple: true }) as number,
      applicationId: probe.pragma('application_id', { simple: true }) as number,
      schemaCookie: probe.pragma('schema_version', { simple: true }) as number,
    };
  } finally {
    probe.close();
  }
}

function checkOwnership(path: string, h: Header, latest: number): void {
  const mine = h.applicationId === PROCTOR_APPLICATION_ID;
  const unmarkedProctor = h.applicationId === 0 && UNMARKED_VERSIONS.includes(h.userVersion);
  const blank = h.applicationId === 0 && h.userVersion === 0 && h.schemaCookie === 0;
  if (!mine && !unmarkedProctor && !blank) {
    throw new DatabaseError(
      'not_proctor',
      `The file at ${path} is a SQLite database, but not one of Proctor's, so Proctor will not change it. It was left ` +
        'untouched. Start Proctor with --data-dir pointing to another folder, or move the file aside.',
    );
  }
  if (h.userVersion > latest) {
    throw new DatabaseError(
      'too_new',
      `The database at ${path} was written by a newer version of Proctor (schema v${h.userVersion}; this version knows up to ` +
        `v${latest}). It was left untouched. Update Proctor to open it.`,
    );
  }
}

function checkWritable(path: string, exists: boolean): void {
  const dir = dirname(path);
  try {
    accessSync(exists ? path : dir, constants.W_OK);
    if (exists) accessSync(dir, constants.W_OK); // the -wal and -shm files are created beside it
  } catch {
    throw readOnlyError(dir);
  }
}

const readOnlyError = (dir: string) =>
  new DatabaseError(
    'read_only',
    `Proctor cannot write to its data folder ${dir}, so it cannot save your answers there. Nothing was changed. ` +
      'Make the folder writable, or start Proctor with --data-dir pointing to a folder you can write to.',
  );

const lockedError = (path: string) =>
  new DatabaseError(
    'locked',
    `The database at ${path} is in use by another program, probably another Proctor. Close it and start Proctor ` +
      'again. Nothing was changed.',
  );

export interface OpenOptions {
  /** Where migration backups go; defaults to next to the database file. */
  backupDir?: string;
  now?: () => number;
  /** The migration list; tests pass a longer one to exercise an upgrade. */
  migrations?: readonly Migration[];
  /** How long to wait for another program's lock before giving up (SQLite's busy_timeout). */
  busyTimeoutMs?: number;
}

export async function openDatabase(path: string, opts: OpenOptions = {}): Promise<Db> {
  const list = opts.migrations ?? allMigrations;
  const latest = list.length;
  if (path === ':memory:') {
    const db = new Database(path);
    db.pragma('foreign_keys = ON');
    migrate(db, 0, list);
    return db;
  }
  const exists = existsSync(path);
  const header = exists ? currentHeader(path) : null;
  if (header) checkOwnership(path, header, latest);
  const version = header?.userVersion ?? 0;
  if (!exists) {
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch {
      throw readOnlyError(dirname(path));
    }
  }
  checkWritable(path, exists);

  let db: Db;
  try {
    db = new Database(path);
  } catch (err) {
    throw storageProblem(err) === 'read_only' ? readOnlyError(dirname(path)) : err;
  }
  try {
    db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 5000}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    if (version < latest) {
      if (version > 0) await db.backup(backupPath(path, version, opts));
      migrate(db, version, list);
    }
    return db;
  } catch (err) {
    db.close();
    const problem = storageProblem(err);
    if (problem === 'locked') throw lockedError(path);
    if (problem === 'read_only') throw readOnlyError(dirname(path));
    throw err;
  }
}

function backupPath(path: string, version: number, opts: OpenOptions): string {
  const stamp = new Date((opts.now ?? Date.now)()).toISOString().replace(/[:.]/g, '-');
  return `${opts.backupDir ? `${opts.backupDir}/` : `${path}.`}backup-v${version}-${stamp}.db`;
}

/** Applies every migration after `from` in one transaction: all of them land, or none do. */
export function migrate(db: Db, from: number, list: readonly Migration[] = allMigrations): void {
  db.transaction(() => {
    for (const m of list.slice(from)) m.up(db);
    db.pragma(`user_version = ${list.length}`);
  }).immediate();
}

export { LATEST_VERSION };
