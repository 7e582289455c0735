import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseAt, fillV1, V1_TABLES } from './helpers';

describe('migration 1: the initial schema', () => {
  it('creates every v1 table as STRICT, takes a learner\'s rows, and backs nothing up for a new file', async () => {
    const { db, path } = await databaseAt(1);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string; sql: string }[];
    expect(tables.map((t) => t.name)).toEqual([...V1_TABLES].sort());
    for (const t of tables) expect(t.sql).toMatch(/STRICT$/);
    fillV1(db);
    expect(db.prepare('SELECT count(*) FROM attempt_items').pluck().get()).toBe(2);
    // One exam in progress per pack: a second open attempt is refused by the schema itself.
    expect(() =>
      db.prepare("INSERT INTO attempts (pack_id, mode, blueprint, started_at, ends_at, time_limit_ms, status, raw_total) VALUES ('p', 'exam', '{}', 1, 2, 1, 'in_progress', 1)").run(),
    ).toThrow(/UNIQUE/);
    db.close();
    expect(readdirSync(dirname(path)).filter((f) => f.includes('backup'))).toEqual([]);
  });
});
