import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrations } from '../../electron/db/migrations';
import { DatabaseError, migrate, openDatabase } from '../../electron/db/open';
import { loadPack } from '../../electron/packs/load';
import { importPack } from '../../electron/packs/repo';
import { copyPack, MINI_PACK, tempDir } from '../helpers';

describe('openDatabase', () => {
  it('creates a new database at the latest schema with the durability pragmas', async () => {
    const path = join(tempDir(), 'proctor.db');
    const db = await openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all() as { name: string; sql: string }[];
    expect(tables.map((t) => t.name).sort()).toEqual(['attempt_items', 'attempts', 'drill_answers', 'note_sections', 'pack_cases', 'packs', 'questions', 'settings']);
    for (const t of tables) expect(t.sql).toMatch(/STRICT$/);
    db.close();
  });

  it('refuses a database from a newer Proctor and leaves it byte-for-byte untouched', async () => {
    const path = join(tempDir(), 'proctor.db');
    const newer = new Database(path);
    newer.exec('CREATE TABLE future (x TEXT) STRICT; INSERT INTO future VALUES (1);');
    newer.pragma(`user_version = ${LATEST_VERSION + 1}`);
    newer.close();
    const before = readFileSync(path);
    const files = readdirSync(join(path, '..')).sort();
    await expect(openDatabase(path)).rejects.toThrow(DatabaseError);
    await expect(openDatabase(path)).rejects.toThrow(
      `written by a newer version of Proctor (schema v${LATEST_VERSION + 1}; this version knows up to v${LATEST_VERSION}). It was left untouched`,
    );
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(join(path, '..')).sort()).toEqual(files);
  });

  it('refuses a file that is not a database, says where, and does not touch it', async () => {
    const path = join(tempDir(), 'proctor.db');
    writeFileSync(path, 'this is not sqlite, just text that happens to be long enough to look like a header '.repeat(20));
    const before = readFileSync(path);
    await expect(openDatabase(path)).rejects.toThrow(`Cannot read the Proctor database at ${path}`);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('migrates an existing database in one transaction after a backup copy, keeping its rows', async () => {
    // v0 → v1: a database an older build created (no schema yet) but holding data we must not lose.
    const dir = tempDir();
    const path = join(dir, 'proctor.db');
    const old = new Database(path);
    old.exec('CREATE TABLE keepme (note TEXT); INSERT INTO keepme VALUES (\'learner data\');');
    old.close();
    const db = await openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT note FROM keepme').pluck().get()).toBe('learner data');
    db.close();
  });

  it('backs up a versioned database, then migrates it with every row kept', async () => {
    const dir = tempDir();
    const path = join(dir, 'proctor.db');
    const v1 = await openDatabase(path);
    v1.prepare("INSERT INTO settings (key, value) VALUES ('theme', '\"dark\"')").run();
    v1.close();
    const next = [...migrations, "ALTER TABLE settings ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;"];
    const db = await openDatabase(path, { migrations: next, now: () => Date.UTC(2026, 0, 2) });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1);
    expect(db.prepare("SELECT value, updated_at FROM settings WHERE key = 'theme'").get()).toEqual({ value: '"dark"', updated_at: 0 });
    db.close();
    const backups = readdirSync(dir).filter((f) => f.includes(`backup-v${LATEST_VERSION}`));
    expect(backups).toEqual([`proctor.db.backup-v${LATEST_VERSION}-2026-01-02T00-00-00-000Z.db`]);
    const copy = new Database(join(dir, backups[0]!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(copy.prepare('SELECT value FROM settings').pluck().get()).toBe('"dark"');
    copy.close();
  });

  it('migration 2 (drill answers) keeps a v1 database\'s packs, exams and answers', async () => {
    const path = join(tempDir(), 'proctor.db');
    const v1 = await openDatabase(path, { migrations: migrations.slice(0, 1) });
    v1.exec(`
      INSERT INTO packs VALUES ('p', 'Pack', 'P-01', 1, '{}', 'h', 1);
      INSERT INTO attempts (id, pack_id, mode, blueprint, started_at, ends_at, time_limit_ms, status, raw_total, raw_correct)
        VALUES (7, 'p', 'exam', '{}', 1, 2, 1, 'submitted', 1, 1);
      INSERT INTO attempt_items (attempt_id, position, question_id, domain, task, snapshot, display_order, response, correct)
        VALUES (7, 0, 'q1', '1', '1.1', '{}', '[]', '{"kind":"single","choice":"a"}', 1);`);
    v1.close();
    const db = await openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT raw_correct FROM attempts WHERE id = 7').pluck().get()).toBe(1);
    expect(db.prepare('SELECT response FROM attempt_items WHERE attempt_id = 7').pluck().get()).toBe('{"kind":"single","choice":"a"}');
    db.prepare("INSERT INTO drill_answers (pack_id, question_id, domain, task, response, correct, answered_at) VALUES ('p', 'q1', '1', '1.1', '{}', 0, 3)").run();
    expect(() => db.prepare("INSERT INTO drill_answers (pack_id, question_id, domain, task, response, correct, answered_at) VALUES ('nope', 'q1', '1', '1.1', '{}', 0, 3)").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('rolls a failed migration back completely', async () => {
    const db = await openDatabase(':memory:');
    // Running v0→v1 again fails half-way (its tables exist): nothing may change, the version stays.
    expect(() => migrate(db, 0, [...migrations, 'CREATE TABLE extra (x INTEGER) STRICT;'])).toThrow();
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'extra'").pluck().get()).toBe(0);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
  });
});

describe('importPack', () => {
  it('imports once, skips an unchanged pack, and keeps retired questions for history', async () => {
    const db = await openDatabase(join(tempDir(), 'proctor.db'));
    const first = loadPack(MINI_PACK).pack!;
    expect(importPack(db, first, 1)).toBe('imported');
    expect(importPack(db, first, 2)).toBe('unchanged');
    expect(db.prepare('SELECT count(*) FROM questions WHERE retired = 0').pluck().get()).toBe(8);

    const { packDir } = copyPack();
    const file = join(packDir, 'questions/weather.yaml');
    const src = readFileSync(file, 'utf8');
    writeFileSync(file, src.slice(0, src.indexOf('  - id: wind-dirs')).replace('Which cloud usually brings steady', 'Which cloud most often brings steady'));
    const second = loadPack(packDir).pack!;
    expect(second.contentHash).not.toBe(first.contentHash);
    expect(importPack(db, second, 3)).toBe('imported');
    expect(db.prepare("SELECT retired FROM questions WHERE id = 'wind-dirs'").pluck().get()).toBe(1);
    expect(JSON.parse(db.prepare("SELECT body FROM questions WHERE id = 'rain-cloud'").pluck().get() as string).stem).toContain('most often');
    expect(db.prepare("SELECT count(*) FROM note_sections WHERE file = 'sky.md'").pluck().get()).toBe(3);
    db.close();
  });

  it('leaves the stored pack as it was when a new version is invalid', async () => {
    const dir = tempDir();
    const { packsDir, packDir } = copyPack();
    const { createBackend } = await import('../../electron/backend');
    const a = await createBackend({ dataDir: dir, packsDir, log: { info: () => {}, error: () => {} } });
    a.close();
    writeFileSync(join(packDir, 'questions/weather.yaml'), 'questions: [oops');
    const b = await createBackend({ dataDir: dir, packsDir, log: { info: () => {}, error: () => {} } });
    expect(b.ctx.packProblems[0]).toMatch(/mini\/questions\/weather\.yaml:1: YAML: /);
    expect(b.db.prepare("SELECT count(*) FROM questions WHERE pack_id = 'mini' AND retired = 0").pluck().get()).toBe(8);
    b.close();
    expect(existsSync(join(dir, 'proctor.db'))).toBe(true);
  });
});
