import { describe, expect, it } from 'vitest';
import { migrations } from '../../electron/db/migrations';
import { migrate, openDatabase, type Db } from '../../electron/db/open';

const table = (db: Db, name: string) => db.prepare('SELECT count(*) FROM sqlite_schema WHERE name = ?').pluck().get(name);

describe('migrate', () => {
  it('runs every pending migration in one transaction: when a later one fails, the earlier ones are undone too', async () => {
    const db = await openDatabase(':memory:');
    const from = migrations.length;
    const list = [
      ...migrations,
      { version: from + 1, name: 'adds a table', up: (d: Db) => d.exec('CREATE TABLE first_step (x INTEGER) STRICT') },
      { version: from + 2, name: 'writes, then fails', up: (d: Db) => { d.exec('CREATE TABLE second_step (x INTEGER) STRICT'); throw new Error('disk on fire'); } },
    ];
    expect(() => migrate(db, from, list)).toThrow('disk on fire');
    expect(table(db, 'first_step')).toBe(0);
    expect(table(db, 'second_step')).toBe(0);
    expect(db.pragma('user_version', { simple: true })).toBe(from);
    db.close();
  });

  it('numbers the migrations 1, 2, 3 … in order, each with a name', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    for (const m of migrations) expect(m.name).toMatch(/^[a-z0-9-]+$/);
  });
});
