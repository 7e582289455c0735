// The study feature owns review_cards, question_stats and study_days, and its settings rows ("study:<pack>").
import { z } from 'zod';
import type { Confidence } from '../api/types';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { storedOr } from '../db/stored-json';
import type { CardState } from './schedule';
import type { AnswerSource, QuestionStat } from './stats';

interface StatRow {
  question_id: string;
  domain: string;
  task: string;
  seen: number;
  correct_count: number;
  first_at: number;
  first_correct: number;
  first_confidence: string | null;
  /** Absent only while migration 6 replays history (before migration 8 adds it). */
  first_source?: string;
  last_at: number;
  last_correct: number;
  last_confidence: string | null;
  last_flagged: number;
  repeat_weight: number;
  repeat_right: number;
}

const confidenceOf = (v: string | null): Confidence | null => (v === 'sure' || v === 'unsure' || v === 'guess' ? v : null);
const sourceOf = (v: string | undefined): AnswerSource => (v === 'practice' || v === 'drill' || v === 'review' ? v : 'exam');

const statOf = (r: StatRow): QuestionStat => ({
  questionId: r.question_id,
  domain: r.domain,
  task: r.task,
  seen: r.seen,
  correctCount: r.correct_count,
  firstAt: r.first_at,
  firstCorrect: r.first_correct === 1,
  firstConfidence: confidenceOf(r.first_confidence),
  firstSource: sourceOf(r.first_source),
  lastAt: r.last_at,
  lastCorrect: r.last_correct === 1,
  lastConfidence: confidenceOf(r.last_confidence),
  lastFlagged: r.last_flagged === 1,
  repeatWeight: r.repeat_weight,
  repeatRight: r.repeat_right,
});

export function getStat(db: Db, packId: string, questionId: string): QuestionStat | undefined {
  const r = stmt(db, 'SELECT * FROM question_stats WHERE pack_id = ? AND question_id = ?').get(packId, questionId) as StatRow | undefined;
  return r && statOf(r);
}

const STAT_COLUMNS = `s.question_id, s.domain, s.task, s.seen, s.correct_count, s.first_at, s.first_correct, s.first_confidence,
  s.last_at, s.last_correct, s.last_confidence, s.last_flagged, s.repeat_weight, s.repeat_right, s.first_source`;

type StatTuple = [string, string, string, number, number, number, number, string | null, number, number, string | null, number, number, number, string];

const statOfTuple = (r: StatTuple): QuestionStat => ({
  questionId: r[0],
  domain: r[1],
  task: r[2],
  seen: r[3],
  correctCount: r[4],
  firstAt: r[5],
  firstCorrect: r[6] === 1,
  firstConfidence: confidenceOf(r[7]),
  lastAt: r[8],
  lastCorrect: r[9] === 1,
  lastConfidence: confidenceOf(r[10]),
  lastFlagged: r[11] === 1,
  repeatWeight: r[12],
  repeatRight: r[13],
  firstSource: sourceOf(r[14]),
});

// The pack's statistics are read by Home, every next question and the forecast. Building ~500 row objects costs
// a few milliseconds, so the last read is kept and reused until the database changes: `data_version` moves when
// another connection commits, `total_changes()` when this one writes anything (a rolled-back write too, which
// only costs a re-read). A read inside a transaction is not kept, since that transaction may yet roll back.
const statCache = new WeakMap<Db, Map<string, { key: string; stats: QuestionStat[] }>>();

/** Statistics of the pack's questions that are still in the pack (retired ones no longer count). Do not mutate. */
export function activeStats(db: Db, packId: string): QuestionStat[] {
  const key = `${db.pragma('data_version', { simple: true }) as number}:${stmt(db, 'SELECT total_changes()').pluck().get() as number}`;
  let perPack = statCache.get(db);
  if (!perPack) statCache.set(db, (perPack = new Map()));
  const hit = perPack.get(packId);
  if (hit && hit.key === key) return hit.stats;
  const rows = stmt(
    db,
    `SELECT ${STAT_COLUMNS} FROM question_stats s JOIN questions q ON q.pack_id = s.pack_id AND q.id = s.question_id
     WHERE s.pack_id = ? AND q.retired = 0`,
  )
    .raw()
    .all(packId) as StatTuple[];
  const stats = rows.map(statOfTuple);
  // A read inside a transaction may see changes that are then rolled back: never keep it.
  if (!db.inTransaction) perPack.set(packId, { key, stats });
  return stats;
}

const V6_STAT_COLUMNS = `pack_id, question_id, domain, task, seen, correct_count, first_at, first_correct, first_confidence, last_at,
  last_correct, last_confidence, last_flagged, repeat_weight, repeat_right`;

/**
 * Writes a question's statistics. Migration 6 replays the history with this code before migration 8 has added
 * first_source: it passes 'v6', and migration 8 then derives each row's first source from the history.
 */
export function putStat(db: Db, packId: string, s: QuestionStat, columns: 'current' | 'v6' = 'current'): void {
  const values = [
    packId, s.questionId, s.domain, s.task, s.seen, s.correctCount, s.firstAt, s.firstCorrect ? 1 : 0, s.firstConfidence,
    s.lastAt, s.lastCorrect ? 1 : 0, s.lastConfidence, s.lastFlagged ? 1 : 0, s.repeatWeight, s.repeatRight,
  ];
  if (columns === 'v6') {
    stmt(db, `INSERT OR REPLACE INTO question_stats (${V6_STAT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(...values);
    return;
  }
  stmt(db, `INSERT OR REPLACE INTO question_stats (${V6_STAT_COLUMNS}, first_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    ...values,
    s.firstSource,
  );
}

/** Whether question_stats has migration 8's first_source yet (only migration 6's replay runs without it). */
export const statsHaveFirstSource = (db: Db): boolean =>
  (stmt(db, "SELECT count(*) FROM pragma_table_info('question_stats') WHERE name = 'first_source'").pluck().get() as number) > 0;

interface CardRow {
  due: number;
  stability: number;
  difficulty: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review: number | null;
}

export function getCard(db: Db, packId: string, questionId: string): CardState | null {
  const r = stmt(db, 'SELECT * FROM review_cards WHERE pack_id = ? AND question_id = ?').get(packId, questionId) as CardRow | undefined;
  if (!r) return null;
  return {
    due: r.due,
    stability: r.stability,
    difficulty: r.difficulty,
    scheduledDays: r.scheduled_days,
    learningSteps: r.learning_steps,
    reps: r.reps,
    lapses: r.lapses,
    state: r.state,
    lastReview: r.last_review,
  };
}

export function putCard(db: Db, packId: string, questionId: string, c: CardState): void {
  stmt(
    db,
    `INSERT OR REPLACE INTO review_cards (pack_id, question_id, due, stability, difficulty, scheduled_days, learning_steps, reps, lapses, state, last_review)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(packId, questionId, c.due, c.stability, c.difficulty, c.scheduledDays, c.learningSteps, c.reps, c.lapses, c.state, c.lastReview);
}

/** Cards of questions still in the pack that fall due before `before`. */
export function dueCount(db: Db, packId: string, before: number): number {
  return stmt(
    db,
    `SELECT count(*) FROM review_cards c JOIN questions q ON q.pack_id = c.pack_id AND q.id = c.question_id
     WHERE c.pack_id = ? AND c.due < ? AND q.retired = 0`,
  )
    .pluck()
    .get(packId, before) as number;
}

/** The question due first (most overdue), skipping `skip`; null when nothing is due before `before`. */
export function firstDue(db: Db, packId: string, before: number, skip: string[]): string | null {
  const id = stmt(
    db,
    `SELECT c.question_id FROM review_cards c JOIN questions q ON q.pack_id = c.pack_id AND q.id = c.question_id
     WHERE c.pack_id = ? AND c.due < ? AND q.retired = 0 AND c.question_id NOT IN (SELECT value FROM json_each(?))
     ORDER BY c.due, c.question_id LIMIT 1`,
  )
    .pluck()
    .get(packId, before, JSON.stringify(skip)) as string | undefined;
  return id ?? null;
}

export function bumpDay(
  db: Db,
  packId: string,
  day: string,
  domain: string,
  d: { correct: boolean; first: boolean; review: boolean; confidence: Confidence | null },
): void {
  stmt(
    db,
    `INSERT INTO study_days (pack_id, day, domain, confidence, answered, correct, first_seen, first_right, reviews) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?)
     ON CONFLICT (pack_id, day, domain, confidence) DO UPDATE SET answered = answered + 1, correct = correct + excluded.correct,
       first_seen = first_seen + excluded.first_seen, first_right = first_right + excluded.first_right, reviews = reviews + excluded.reviews`,
  ).run(packId, day, domain, d.confidence ?? 'none', d.correct ? 1 : 0, d.first ? 1 : 0, d.first && d.correct ? 1 : 0, d.review ? 1 : 0);
}

export interface DayRow {
  day: string;
  domain: string;
  confidence: Confidence | 'none';
  answered: number;
  correct: number;
  first_seen: number;
  first_right: number;
  reviews: number;
}

export const studyDays = (db: Db, packId: string) =>
  stmt(db, 'SELECT day, domain, confidence, answered, correct, first_seen, first_right, reviews FROM study_days WHERE pack_id = ? ORDER BY day').all(packId) as DayRow[];

// Settings ---------------------------------------------------------------------------------------------------------

export const DAILY_LIMIT = { min: 5, max: 500, default: 50 } as const;

export const settingsSchema = z.object({
  examDate: z.string().nullable().default(null),
  dailyLimit: z.number().int().default(DAILY_LIMIT.default),
  confidenceInExams: z.boolean().default(false),
});
export type StoredSettings = z.infer<typeof settingsSchema>;
const defaults: StoredSettings = { examDate: null, dailyLimit: DAILY_LIMIT.default, confidenceInExams: false };

export function getSettings(db: Db, packId: string): StoredSettings {
  const text = stmt(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(`study:${packId}`) as string | undefined;
  if (text === undefined) return defaults;
  return storedOr(settingsSchema, text, 'Your study settings', defaults);
}

export function putSettings(db: Db, packId: string, s: StoredSettings): void {
  stmt(db, 'INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run(`study:${packId}`, JSON.stringify(s));
}
