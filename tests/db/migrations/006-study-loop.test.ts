import { describe, expect, it } from 'vitest';
import { databaseAt, dump, fillV1, upgrade, V1_TABLES } from './helpers';
import type { Db } from '../../../electron/db/open';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 20, 9);

/** A v3 learner's history: two finished exams and one open, drill answers before and after them. */
function fillV3(db: Db): void {
  fillV1(db);
  const q = db.prepare(
    `INSERT INTO questions (pack_id, id, domain, task, type, difficulty, case_id, body, content_hash, retired) VALUES ('p', ?, ?, ?, 'single', 2, NULL, '{}', 'qh', ?)`,
  );
  q.run('q2', '1', '1.1', 0);
  q.run('q3', '2', '2.1', 0);
  q.run('q4', '2', '2.1', 1); // retired since
  const attempt = db.prepare(
    `INSERT INTO attempts (id, pack_id, mode, blueprint, started_at, ends_at, time_limit_ms, status, raw_total, raw_correct, scaled_score, passed, submitted_at)
     VALUES (?, 'p', 'exam', '{}', ?, ?, 600000, 'submitted', 3, ?, ?, ?, ?)`,
  );
  const item = db.prepare(
    `INSERT INTO attempt_items (attempt_id, position, question_id, domain, task, snapshot, display_order, response, correct, flagged, time_spent_ms, answered_at)
     VALUES (?, ?, ?, ?, ?, '{"question":{}}', '["a","b"]', ?, ?, ?, 30000, ?)`,
  );
  attempt.run(10, T0, T0 + 600000, 2, 700, 1, T0 + 500000);
  item.run(10, 0, 'q2', '1', '1.1', '{"kind":"single","choice":"a"}', 1, 0, T0 + 1000);
  item.run(10, 1, 'q3', '2', '2.1', '{"kind":"single","choice":"b"}', 0, 1, T0 + 2000);
  item.run(10, 2, 'q4', '2', '2.1', null, 0, 0, null);
  attempt.run(11, T0 + 3 * DAY, T0 + 3 * DAY + 600000, 3, 1000, 1, T0 + 3 * DAY + 400000);
  item.run(11, 0, 'q2', '1', '1.1', '{"kind":"single","choice":"a"}', 1, 0, T0 + 3 * DAY + 1000);
  item.run(11, 1, 'q3', '2', '2.1', '{"kind":"single","choice":"a"}', 1, 0, T0 + 3 * DAY + 2000);
  item.run(11, 2, 'q1', '1', '1.1', '{"kind":"single","choice":"a"}', 1, 0, T0 + 3 * DAY + 3000);
  const drill = db.prepare(
    `INSERT INTO drill_answers (pack_id, question_id, domain, task, response, correct, answered_at) VALUES ('p', ?, ?, ?, '{"kind":"single","choice":"a"}', ?, ?)`,
  );
  drill.run('q3', '2', '2.1', 0, T0 + DAY);
  drill.run('q2', '1', '1.1', 1, T0 + 5 * DAY);
}

const TABLES = [...V1_TABLES, 'drill_answers'];

describe('migration 4: study loop', () => {
  it('keeps every row of a v3 database with real attempts, and replays its history into stats, cards and days', async () => {
    const { db, path } = await databaseAt(5);
    fillV3(db);
    const before = dump(db, TABLES);
    db.close();

    const after = await upgrade(path, 6);
    expect(after.pragma('user_version', { simple: true })).toBe(6);
    // Every old row is there with every old value; the new columns start empty (drill answers are drills).
    const now = dump(after, TABLES);
    for (const table of TABLES) {
      expect(now[table]!.length).toBe(before[table]!.length);
      now[table]!.forEach((row, i) => expect(row).toMatchObject(before[table]![i] as object));
    }
    expect(after.prepare('SELECT DISTINCT confidence FROM attempt_items').pluck().all()).toEqual([null]);
    expect(after.prepare('SELECT DISTINCT kind FROM drill_answers').pluck().all()).toEqual(['drill']);

    // Statistics: q3 wrong in exam 10 (its first sighting), wrong in a drill, right in exam 11.
    const stats = after.prepare('SELECT question_id, seen, correct_count, first_correct, last_correct, first_at, last_at, last_flagged FROM question_stats ORDER BY question_id').all();
    expect(stats).toEqual([
      // q1: the v1 exam (7, submitted at t=2) and exam 11.
      { question_id: 'q1', seen: 2, correct_count: 2, first_correct: 1, last_correct: 1, first_at: 2, last_at: T0 + 3 * DAY + 400000, last_flagged: 0 },
      { question_id: 'q2', seen: 3, correct_count: 3, first_correct: 1, last_correct: 1, first_at: T0 + 500000, last_at: T0 + 5 * DAY, last_flagged: 0 },
      { question_id: 'q3', seen: 3, correct_count: 1, first_correct: 0, last_correct: 1, first_at: T0 + 500000, last_at: T0 + 3 * DAY + 400000, last_flagged: 0 },
      { question_id: 'q4', seen: 1, correct_count: 0, first_correct: 0, last_correct: 0, first_at: T0 + 500000, last_at: T0 + 500000, last_flagged: 0 },
    ]);
    // Review cards: one per question answered; q4 (unanswered in exam 10, never again) is due the day after it.
    const cards = after.prepare('SELECT question_id, due, reps, lapses FROM review_cards ORDER BY question_id').all() as { question_id: string; due: number; reps: number }[];
    expect(cards.map((c) => [c.question_id, c.reps])).toEqual([['q1', 2], ['q2', 3], ['q3', 3], ['q4', 1]]);
    expect(cards.find((c) => c.question_id === 'q4')!.due).toBe(T0 + 500000 + DAY);
    // Day counts add up to every answer replayed: 1 + 3 + 3 exam items and 2 drill answers.
    expect(after.prepare('SELECT sum(answered), sum(first_seen) FROM study_days').raw().get()).toEqual([9, 4]);
    after.close();
  });

  it('refuses a confidence that is not sure, unsure or guess', async () => {
    const { db, path } = await databaseAt(5);
    fillV3(db);
    db.close();
    const after = await upgrade(path, 6);
    expect(() => after.prepare("UPDATE attempt_items SET confidence = 'maybe' WHERE attempt_id = 10").run()).toThrow(/CHECK/);
    after.close();
  });
});
