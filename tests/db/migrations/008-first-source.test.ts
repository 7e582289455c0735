import { describe, expect, it } from 'vitest';
import { firstSource } from '../../../electron/db/migrations/008-first-source';
import type { Db } from '../../../electron/db/open';
import { rebuildStudyState } from '../../../electron/study/rebuild';
import { databaseAt, dump, fillV1, upgrade, V1_TABLES } from './helpers';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 20, 9);

/**
 * A learner's history as a v5+ Proctor writes it: q1 first met in the v1 exam; q2 and q3 in a practice exam; q4 in
 * a drill and q5 in a review, both met again in a later mock exam under real conditions, which also brings q6.
 */
function fillHistory(db: Db, { reviews }: { reviews: boolean }): void {
  fillV1(db);
  const q = db.prepare(`INSERT INTO questions (pack_id, id, domain, task, type, difficulty, case_id, body, content_hash) VALUES ('p', ?, ?, ?, 'single', 2, NULL, '{}', 'qh')`);
  for (const [id, d] of [['q2', '1'], ['q3', '2'], ['q4', '2'], ['q5', '1'], ['q6', '2']] as const) q.run(id, d, `${d}.1`);
  const attempt = db.prepare(
    `INSERT INTO attempts (id, pack_id, mode, blueprint, started_at, ends_at, time_limit_ms, status, raw_total, raw_correct, scaled_score, passed, submitted_at, kind, check_answers)
     VALUES (?, 'p', 'exam', '{}', ?, ?, 600000, 'submitted', ?, ?, 500, 0, ?, ?, ?)`,
  );
  const item = db.prepare(
    `INSERT INTO attempt_items (attempt_id, position, question_id, domain, task, snapshot, display_order, response, correct, flagged, time_spent_ms, answered_at, checked_at)
     VALUES (?, ?, ?, ?, ?, '{"question":{}}', '["a","b"]', '{"kind":"single","choice":"a"}', ?, 0, 20000, ?, ?)`,
  );
  attempt.run(20, T0, T0 + 600_000, 2, 1, T0 + 300_000, 'practice', 1);
  item.run(20, 0, 'q2', '1', '1.1', 1, T0 + 1000, T0 + 1500);
  item.run(20, 1, 'q3', '2', '2.1', 0, T0 + 2000, T0 + 2500);
  // Before v6 every drill answer is a drill (spaced reviews came with v6).
  const drillInsert = reviews
    ? db.prepare(`INSERT INTO drill_answers (pack_id, question_id, domain, task, response, correct, answered_at, kind) VALUES ('p', ?, ?, ?, '{"kind":"single","choice":"a"}', ?, ?, ?)`)
    : db.prepare(`INSERT INTO drill_answers (pack_id, question_id, domain, task, response, correct, answered_at) VALUES ('p', ?, ?, ?, '{"kind":"single","choice":"a"}', ?, ?)`);
  const drill = { run: (...args: [string, string, string, number, number, string]) => (reviews ? drillInsert.run(...args) : drillInsert.run(...args.slice(0, 5))) };
  drill.run('q4', '2', '2.1', 1, T0 + DAY, 'drill');
  drill.run('q5', '1', '1.1', 0, T0 + DAY + 1000, 'review');
  drill.run('q2', '1', '1.1', 1, T0 + DAY + 2000, 'drill');
  attempt.run(21, T0 + 2 * DAY, T0 + 2 * DAY + 600_000, 3, 2, T0 + 2 * DAY + 500_000, 'exam', 0);
  item.run(21, 0, 'q4', '2', '2.1', 1, T0 + 2 * DAY + 1000, null);
  item.run(21, 1, 'q5', '1', '1.1', 1, T0 + 2 * DAY + 2000, null);
  item.run(21, 2, 'q6', '2', '2.1', 0, T0 + 2 * DAY + 3000, null);
}

const TABLES = [...V1_TABLES, 'drill_answers', 'question_stats', 'review_cards', 'study_days'];
const sources = (db: Db) => db.prepare('SELECT question_id, first_source FROM question_stats ORDER BY question_id').all();
const EXPECTED = [
  { question_id: 'q1', first_source: 'exam' },
  { question_id: 'q2', first_source: 'practice' },
  { question_id: 'q3', first_source: 'practice' },
  { question_id: 'q4', first_source: 'drill' },
  { question_id: 'q5', first_source: 'review' },
  { question_id: 'q6', first_source: 'exam' },
];

describe('migration 8: where each question was first met', () => {
  it('keeps every row of a v7 database and gives each statistics row the source of its first answer', async () => {
    const { db, path } = await databaseAt(firstSource.version - 1);
    fillHistory(db, { reviews: true });
    // The statistics as the running v7 Proctor kept them, plus a row no answer explains (it stays neutral).
    rebuildStudyState(db);
    db.exec(`INSERT INTO question_stats (pack_id, question_id, domain, task, seen, correct_count, first_at, first_correct, last_at, last_correct)
             VALUES ('p', 'q-orphan', '1', '1.1', 1, 1, 5, 1, 5, 1)`);
    const before = dump(db, TABLES);
    expect(before.question_stats).toHaveLength(7);
    db.close();

    const after = await upgrade(path, firstSource.version);
    expect(after.pragma('user_version', { simple: true })).toBe(8);
    const now = dump(after, TABLES);
    for (const t of TABLES) {
      expect(now[t]!.length, t).toBe(before[t]!.length);
      now[t]!.forEach((row, i) => expect(row, t).toMatchObject(before[t]![i] as object));
    }
    expect(sources(after)).toEqual([{ question_id: 'q-orphan', first_source: 'exam' }, ...EXPECTED]);
    expect(() => after.prepare("UPDATE question_stats SET first_source = 'guesswork' WHERE question_id = 'q1'").run()).toThrow(/CHECK/);
    after.close();
  });

  it('from v5 (migration 6 replays the history first), ends where a replay with the current code does', async () => {
    const { db, path } = await databaseAt(5);
    fillHistory(db, { reviews: false });
    db.close();
    const after = await upgrade(path, firstSource.version);
    expect(sources(after)).toEqual(EXPECTED.map((r) => (r.question_id === 'q5' ? { ...r, first_source: 'drill' } : r)));
    const migrated = dump(after, ['question_stats', 'review_cards', 'study_days']);
    rebuildStudyState(after);
    expect(dump(after, ['question_stats', 'review_cards', 'study_days'])).toEqual(migrated);
    after.close();
  });
});
