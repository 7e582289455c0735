import { describe, expect, it } from 'vitest';
import { databaseAt, dump, fillV1, upgrade, V1_TABLES } from './helpers';

describe('migration 4: note corrections and the notes search index', () => {
  it('keeps every row of a v3 database, indexes the notes already there and keeps the index current', async () => {
    const { db, path } = await databaseAt(3);
    fillV1(db);
    db.exec(`INSERT INTO note_sections VALUES ('p', 'user', 'mine.md', 1, 'rouge', 'ROUGE', 3, '[]', '### ROUGE\nRecall-oriented summary metric')`);
    db.exec("INSERT INTO drill_answers (pack_id, question_id, domain, task, response, correct, answered_at) VALUES ('p', 'q1', '1', '1.1', '{}', 1, 5)");
    const tables = [...V1_TABLES, 'drill_answers'];
    const before = dump(db, tables);
    db.close();

    const after = await upgrade(path, 4);
    expect(dump(after, tables)).toEqual(before);
    const hits = (q: string) => after.prepare('SELECT title FROM note_search WHERE note_search MATCH ? ORDER BY rank').pluck().all(q);
    expect(hits('summary')).toEqual(['ROUGE']);
    expect(hits('intro')).toEqual(['Intro']);

    after.exec("DELETE FROM note_sections WHERE source = 'user'");
    expect(hits('summary')).toEqual([]);
    after.exec(`INSERT INTO note_sections VALUES ('p', 'user', 'mine.md', 1, 'bleu', 'BLEU', 3, '[]', '### BLEU\nTranslation metric')`);
    expect(hits('transl*')).toEqual(['BLEU']);

    after.prepare("INSERT INTO note_corrections VALUES ('p', 'q1', NULL, NULL, 9)").run();
    expect(() => after.prepare("INSERT INTO note_corrections VALUES ('p', 'q2', 'A › B', NULL, 9)").run()).toThrow(/CHECK/);
    expect(() => after.prepare("INSERT INTO note_corrections VALUES ('nope', 'q1', NULL, NULL, 9)").run()).toThrow(/FOREIGN KEY/);
    after.close();
  });
});
