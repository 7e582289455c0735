import { describe, expect, it } from 'vitest';
import { databaseAt, dump, fillV1, upgrade, V1_TABLES } from './helpers';

describe('migration 2: drill answers', () => {
  it('keeps every row of a v1 database and adds drill_answers with its foreign key', async () => {
    const { db, path } = await databaseAt(1);
    fillV1(db);
    const before = dump(db, V1_TABLES);
    db.close();

    const after = await upgrade(path, 2);
    expect(dump(after, V1_TABLES)).toEqual(before);
    after.prepare("INSERT INTO drill_answers (pack_id, question_id, domain, task, response, correct, answered_at) VALUES ('p', 'q1', '1', '1.1', '{}', 0, 3)").run();
    expect(() =>
      after.prepare("INSERT INTO drill_answers (pack_id, question_id, domain, task, response, correct, answered_at) VALUES ('nope', 'q1', '1', '1.1', '{}', 0, 3)").run(),
    ).toThrow(/FOREIGN KEY/);
    after.close();
  });
});
