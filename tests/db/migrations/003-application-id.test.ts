import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROCTOR_APPLICATION_ID } from '../../../electron/db/migrations';
import { databaseAt, dump, fillV1, upgrade, V1_TABLES } from './helpers';

describe('migration 3: application id', () => {
  it('marks an unmarked v2 database as Proctor\'s, keeping every row, after a backup', async () => {
    const { db, path } = await databaseAt(2);
    fillV1(db);
    db.exec("INSERT INTO drill_answers (pack_id, question_id, domain, task, response, correct, answered_at) VALUES ('p', 'q1', '1', '1.1', '{\"kind\":\"single\",\"choice\":\"a\"}', 1, 5)");
    expect(db.pragma('application_id', { simple: true })).toBe(0);
    const tables = [...V1_TABLES, 'drill_answers'];
    const before = dump(db, tables);
    db.close();

    const after = await upgrade(path, 3);
    expect(after.pragma('application_id', { simple: true })).toBe(PROCTOR_APPLICATION_ID);
    expect(dump(after, tables)).toEqual(before);
    after.close();

    const backups = readdirSync(dirname(path)).filter((f) => f.includes('backup-v2-'));
    expect(backups).toHaveLength(1);
    const copy = new Database(`${dirname(path)}/${backups[0]}`, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(2);
    expect(dump(copy, tables)).toEqual(before);
    copy.close();
  });
});
