// Opens Proctor's SQLite database: checks the file before writing anything, backs it up before a migration,
// migrates in one transaction, and sets the pragmas that make an acknowledged answer durable.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrations } from './migrations';

export type Db = Database.Database;

export class DatabaseError extends Error {
  constructor(
    readonly code: 'too_new' | 'unreadable',
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseError';
  }
}

/** Reads the schema version without writing a byte: a newer or foreign file must stay exactly as it was. */
function peekVersion(path: string): number {
  let probe: Db | undefined;
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true });
    return probe.pragma('user_version', { simple: true }) as number;
  } catch (err) {
    throw new DatabaseError(
      'unreadable',
      `Cannot read the Proctor database at ${path}: ${(err as Error).message}. The file was left untouched; ` +
        'move it aside (or restore a backup next to it) and start Proctor again.',
    );
  } finally {
    probe?.close();
  }
}

export interface OpenOptions {
  /** Where migration backups go; defaults to next to the database file. */
  backupDir?: string;
  now?: () => number;
  /** The migration list; tests pass a longer one to exercise an upgrade. */
  migrations?: readonly string[];
}

export async function openDatabase(path: string, opts: OpenOptions = {}): Promise<Db> {
  const inMemory = path === ':memory:';
  const isFile = !inMemory && existsSync(path);
  const list = opts.migrations ?? migrations;
  const latest = list.length;
  const version = isFile ? peekVersion(path) : 0;
  if (version > latest) {
    throw new DatabaseError(
      'too_new',
      `The database at ${path} was written by a newer version of Proctor (schema v${version}; this version knows up to ` +
        `v${latest}). It was left untouched. Update Proctor to open it.`,
    );
  }
  if (!inMemory) mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (version < latest) {
      if (isFile && version > 0) {
        const stamp = new Date((opts.now ?? Date.now)()).toISOString().replace(/[:.]/g, '-');
        const dest = `${opts.backupDir ? `${opts.backupDir}/` : `${path}.`}backup-v${version}-${stamp}.db`;
        await db.backup(dest);
      }
      migrate(db, version, list);
    }
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** Applies every migration after `from` in one transaction: all of them land, or none do. */
export function migrate(db: Db, from: number, list: readonly string[] = migrations): void {
  db.transaction(() => {
    for (let v = from; v < list.length; v++) db.exec(list[v]!);
    db.pragma(`user_version = ${list.length}`);
  }).immediate();
}
