// SQLite failures as the learner should read them. better-sqlite3 throws SqliteError with SQLite's extended result
// code (SQLITE_FULL, SQLITE_READONLY_DBMOVED, SQLITE_IOERR_WRITE …); the primary code decides the message.
import { ApiError } from '../api/errors';

export type StorageProblem = 'disk_full' | 'read_only' | 'locked' | 'io' | 'corrupt';

export function storageProblem(err: unknown): StorageProblem | null {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  if (!code.startsWith('SQLITE_')) return null;
  if (code.startsWith('SQLITE_FULL')) return 'disk_full';
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM')) return 'read_only';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'locked';
  if (code.startsWith('SQLITE_IOERR')) return 'io';
  if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB')) return 'corrupt';
  return null;
}

const reasons: Record<StorageProblem, string> = {
  disk_full: 'the disk is full. Free some space and try again',
  read_only: 'Proctor’s data folder cannot be written to (it is read-only or its permissions changed)',
  locked: 'the database is locked by another program, perhaps a second Proctor. Close it and try again',
  io: 'the disk reported an error while writing',
  corrupt: 'the database file is damaged. Backups made before each upgrade are next to it in the data folder',
};

/** The error a learner sees when a change could not be stored: what happened, and that nothing was saved. */
export function storageApiError(err: unknown, what: 'answer' | 'change' | 'read'): ApiError | null {
  const problem = storageProblem(err);
  if (!problem) return null;
  const subject = { answer: 'Your answer was not saved', change: 'Nothing was saved', read: 'Proctor could not read its data' }[what];
  return new ApiError('storage', `${subject}: ${reasons[problem]}.`);
}

export const isUniqueViolation = (err: unknown): boolean =>
  typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE';
