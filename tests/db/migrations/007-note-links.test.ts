import { describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/db/open';
import { packsWithStaleLinks } from '../../../electron/notes/refresh-links';
import { currentSource, readLinks, storeLinks, storedSource } from '../../../electron/notes/stored-links';
import { databaseAt, dump, fillV1, upgrade, V1_TABLES } from './helpers';

const T0 = Date.UTC(2026, 10, 28, 9);

/** A v6 learner: an exam and a drill with their study state, imported notes and a correction of one link. */
function fillV6(db: Db): void {
  fillV1(db);
  db.exec(`
    UPDATE settings SET value = '{"fileName":"mine.md","file":"mine.md","sections":2,"repairedCharacters":0,"importedAt":${T0}}' WHERE key = 'learner-notes:p';
    INSERT INTO note_sections VALUES ('p', 'user', 'mine.md', 0, 'metrics', 'Metrics', 2, '[]', '## Metrics');
    INSERT INTO note_sections VALUES ('p', 'user', 'mine.md', 1, 'rouge', 'ROUGE', 3, '[]', '### ROUGE\nRecall-oriented summary metric');
    INSERT INTO note_corrections VALUES ('p', 'q1', 'Metrics › ROUGE', 'ROUGE', ${T0 + 1000});
    INSERT INTO drill_answers (pack_id, question_id, domain, task, response, correct, answered_at, confidence, kind)
      VALUES ('p', 'q1', '1', '1.1', '{"kind":"single","choice":"a"}', 1, ${T0 + 2000}, 'sure', 'review');
    INSERT INTO review_cards VALUES ('p', 'q1', ${T0 + 86400000}, 3.1, 5.2, 1, 0, 2, 0, 2, ${T0 + 2000});
    INSERT INTO question_stats (pack_id, question_id, domain, task, seen, correct_count, first_at, first_correct, first_confidence, last_at, last_correct, last_confidence)
      VALUES ('p', 'q1', '1', '1.1', 2, 2, 2, 1, NULL, ${T0 + 2000}, 1, 'sure');
    INSERT INTO study_days (pack_id, day, domain, confidence, answered, correct, first_seen, first_right) VALUES ('p', '2026-11-28', '1', 'sure', 1, 1, 0, 0);`);
}

const TABLES = [...V1_TABLES, 'drill_answers', 'note_corrections', 'review_cards', 'question_stats', 'study_days'];

describe('migration 7: stored links to the learner’s notes', () => {
  it('keeps every row of a v6 database, starts with no stored links, and marks existing notes for linking', async () => {
    const { db, path } = await databaseAt(6);
    fillV6(db);
    const before = dump(db, TABLES);
    expect(before.note_sections).toHaveLength(3);
    db.close();

    const after = await upgrade(path, 7);
    expect(after.pragma('user_version', { simple: true })).toBe(7);
    expect(dump(after, TABLES)).toEqual(before);
    for (const t of ['note_link_sources', 'note_links', 'note_section_teaches']) expect(after.prepare(`SELECT count(*) FROM ${t}`).pluck().get()).toBe(0);
    // The notes imported before v7 have no stored links: the start-up refresh links them.
    expect(packsWithStaleLinks(after)).toEqual(['p']);

    const source = currentSource(after, 'p', T0);
    storeLinks(after, 'p', source, { links: { q1: 'rouge' }, teaches: { rouge: ['n.md#intro'], metrics: [] } }, T0 + 5000);
    expect(storedSource(after, 'p')).toEqual({ notesImportedAt: T0, packHash: 'h', linkerVersion: source.linkerVersion });
    expect(readLinks(after, 'p', source)).toEqual({ links: new Map([['q1', 'rouge']]), teaches: new Map([['rouge', ['n.md#intro']], ['metrics', []]]) });
    expect(packsWithStaleLinks(after)).toEqual([]);
    // A damaged `teaches` value reads as teaching nothing; the links themselves are still read.
    after.prepare("UPDATE note_section_teaches SET links = '{\"oops\":' WHERE slug = 'rouge'").run();
    expect(readLinks(after, 'p', source)?.teaches.get('rouge')).toEqual([]);
    expect(readLinks(after, 'p', source)?.links.get('q1')).toBe('rouge');
    // Links from another source are never read.
    expect(readLinks(after, 'p', { ...source, packHash: 'other' })).toBeNull();

    // Links belong to their record: dropping it drops them; they cannot exist without one, nor for a pack not there.
    after.prepare("DELETE FROM note_link_sources WHERE pack_id = 'p'").run();
    expect(after.prepare('SELECT count(*) FROM note_links').pluck().get()).toBe(0);
    expect(after.prepare('SELECT count(*) FROM note_section_teaches').pluck().get()).toBe(0);
    expect(() => after.prepare("INSERT INTO note_links VALUES ('p', 'q1', 'rouge')").run()).toThrow(/FOREIGN KEY/);
    expect(() => after.prepare("INSERT INTO note_link_sources VALUES ('nope', 1, 'h', 1, 1)").run()).toThrow(/FOREIGN KEY/);
    expect(dump(after, TABLES)).toEqual(before);
    after.close();
  });
});
