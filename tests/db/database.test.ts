import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrations, PROCTOR_APPLICATION_ID } from '../../electron/db/migrations';
import { DatabaseError, openDatabase, type Db } from '../../electron/db/open';
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
    // The notes search index is an FTS5 virtual table; its shadow tables are SQLite's own and not STRICT.
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'note_search%'").all() as { name: string; sql: string }[];
    expect(tables.map((t) => t.name).sort()).toEqual(['attempt_items', 'attempts', 'drill_answers', 'note_corrections', 'note_link_sources', 'note_links', 'note_section_teaches', 'note_sections', 'pack_cases', 'packs', 'question_stats', 'questions', 'review_cards', 'settings', 'study_days']);
    expect(db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'note_search'").pluck().get()).toMatch(/USING fts5/);
    for (const t of tables) expect(t.sql).toMatch(/STRICT$/);
    db.close();
  });

  it('refuses a database from a newer Proctor and leaves it byte-for-byte untouched', async () => {
    const path = join(tempDir(), 'proctor.db');
    const newer = new Database(path);
    newer.exec('CREATE TABLE future (x TEXT) STRICT; INSERT INTO future VALUES (1);');
    newer.pragma(`user_version = ${LATEST_VERSION + 1}`);
    newer.pragma(`application_id = ${PROCTOR_APPLICATION_ID}`);
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
    await expect(openDatabase(path)).rejects.toThrow(`The file at ${path} is not a SQLite database`);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a SQLite file that is not Proctor\'s, and leaves it byte-for-byte untouched, journal files included', async () => {
    const dir = tempDir();
    const path = join(dir, 'proctor.db');
    const other = new Database(path);
    other.pragma('journal_mode = WAL');
    other.exec("CREATE TABLE keepme (note TEXT); INSERT INTO keepme VALUES ('another app''s data');");
    other.close();
    const before = readFileSync(path);
    const files = readdirSync(dir).sort();
    await expect(openDatabase(path)).rejects.toMatchObject({ code: 'not_proctor' });
    await expect(openDatabase(path)).rejects.toThrow('is a SQLite database, but not one of Proctor\'s');
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(files);
  });

  it('marks its files as Proctor\'s and opens an empty file as a new database', async () => {
    const path = join(tempDir(), 'proctor.db');
    writeFileSync(path, '');
    const db = await openDatabase(path);
    expect(db.pragma('application_id', { simple: true })).toBe(PROCTOR_APPLICATION_ID);
    db.close();
    const again = await openDatabase(path);
    expect(again.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    again.close();
  });

  it('backs up a versioned database, then migrates it with every row kept', async () => {
    const dir = tempDir();
    const path = join(dir, 'proctor.db');
    const v1 = await openDatabase(path);
    v1.prepare("INSERT INTO settings (key, value) VALUES ('theme', '\"dark\"')").run();
    v1.close();
    const next = [...migrations, { version: LATEST_VERSION + 1, name: 'test', up: (d: Db) => d.exec('ALTER TABLE settings ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;') }];
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
