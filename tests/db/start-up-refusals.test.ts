// Start-up cases where Proctor must refuse to open its database, with a message that fits the case and nothing
// written: a folder it cannot write to, and a database another Proctor holds locked mid-upgrade.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/open';
import { ROOT } from '../helpers';
import { databaseAt, fillV1 } from './migrations/helpers';

/**
 * Opens `path` as a user who cannot write its folder. Root can write anywhere, so as root the attempt runs in a
 * child process as the unprivileged user `nobody` (uid 65534); otherwise the folder is made read-only.
 */
function openAsReader(path: string, dir: string): { code?: string; message?: string } {
  chmodSync(dir, 0o555);
  try {
    if (process.getuid?.() !== 0) {
      return openDatabase(path).then(
        (db) => (db.close(), {}),
        (err: { code?: string; message?: string }) => ({ code: err.code, message: err.message }),
      ) as never;
    }
    const script = `
      const mod = await import(${JSON.stringify(join(ROOT, 'electron/db/open.ts'))});
      const openDatabase = mod.openDatabase ?? mod.default.openDatabase;
      openDatabase(${JSON.stringify(path)}).then((db) => { db.close(); console.log('{}'); },
        (err) => console.log(JSON.stringify({ code: err.code, message: err.message })));`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      uid: 65534,
      gid: 65534,
      encoding: 'utf8',
      env: { ...process.env, HOME: '/tmp', TMPDIR: '/tmp' },
    });
    if (run.status !== 0) throw new Error(`child failed: ${run.stderr}`);
    return JSON.parse(run.stdout.trim().split('\n').pop()!);
  } finally {
    chmodSync(dir, 0o755);
  }
}

describe('start-up refusals', () => {
  it('a read-only data folder: says so and how to fix it, and writes nothing', async () => {
    const { db, path } = await databaseAt(2);
    fillV1(db);
    db.close();
    const dir = join(path, '..');
    chmodSync(dir, 0o755);
    chmodSync(path, 0o644);
    const before = readFileSync(path);
    const files = readdirSync(dir).sort();
    const result = await openAsReader(path, dir);
    expect(result.code).toBe('read_only');
    expect(result.message).toContain(`Proctor cannot write to its data folder ${dir}`);
    expect(result.message).toContain('--data-dir');
    expect(result.message).not.toMatch(/move it aside/i);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(files);
  });

  it('a database another Proctor holds locked during an upgrade: says so, and the file is unchanged', async () => {
    const { db, path } = await databaseAt(2);
    fillV1(db);
    db.close();
    const other = new Database(path);
    other.exec('BEGIN EXCLUSIVE');
    try {
      await expect(openDatabase(path, { busyTimeoutMs: 50 })).rejects.toMatchObject({ code: 'locked' });
      await expect(openDatabase(path, { busyTimeoutMs: 50 })).rejects.toThrow('in use by another program, probably another Proctor');
    } finally {
      other.exec('ROLLBACK');
    }
    expect(other.pragma('user_version', { simple: true })).toBe(2);
    other.close();
  });
});
