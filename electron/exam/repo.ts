// The exam feature owns the attempts and attempt_items tables.
import { stmt } from '../db/statements';
import type { Db } from '../db/open';
import type { Question } from '../packs/question';
import type { Confidence, Response } from '../api/types';

export interface AttemptRow {
  id: number;
  pack_id: string;
  mode: 'exam';
  blueprint: string;
  started_at: number;
  ends_at: number;
  time_limit_ms: number;
  status: 'in_progress' | 'submitted';
  submitted_at: number | null;
  timed_out: number;
  raw_correct: number | null;
  raw_total: number;
  scaled_score: number | null;
  passed: number | null;
  current_position: number;
  kind: 'exam' | 'practice';
  paused_at: number | null;
  paused_ms: number;
  check_answers: number;
  active_at: number | null;
}

export interface ItemRow {
  attempt_id: number;
  position: number;
  question_id: string;
  domain: string;
  task: string;
  snapshot: string;
  display_order: string;
  response: string | null;
  flagged: number;
  time_spent_ms: number;
  answered_at: number | null;
  correct: number | null;
  struck: string | null;
  checked_at: number | null;
  confidence: string | null;
}

export interface Snapshot {
  /** Format version; absent in snapshots written before versions were recorded (same shape as v1). */
  v?: 1;
  question: Question;
  scenario: string | null;
}

export interface NewItem {
  questionId: string;
  domain: string;
  task: string;
  snapshot: Snapshot;
  displayOrder: string[];
}

export interface Blueprint {
  counts: Record<string, number>;
  minutes: number;
  extraTime: boolean;
  scale: { min: number; max: number; pass: number; raw_pass: number };
}

export function createAttempt(
  db: Db,
  a: {
    packId: string;
    blueprint: Blueprint;
    startedAt: number;
    timeLimitMs: number;
    items: NewItem[];
    kind?: AttemptRow['kind'];
    checkAnswers?: boolean;
  },
): number {
  return db.transaction(() => {
    const id = Number(
      db
        .prepare(
          `INSERT INTO attempts (pack_id, mode, blueprint, started_at, ends_at, time_limit_ms, status, raw_total, kind, check_answers, active_at)
           VALUES (?, 'exam', ?, ?, ?, ?, 'in_progress', ?, ?, ?, ?)`,
        )
        .run(
          a.packId,
          JSON.stringify(a.blueprint),
          a.startedAt,
          a.startedAt + a.timeLimitMs,
          a.timeLimitMs,
          a.items.length,
          a.kind ?? 'exam',
          a.checkAnswers ? 1 : 0,
          a.startedAt,
        )
        .lastInsertRowid,
    );
    const add = stmt(db, 
      `INSERT INTO attempt_items (attempt_id, position, question_id, domain, task, snapshot, display_order)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    a.items.forEach((it, position) =>
      add.run(id, position, it.questionId, it.domain, it.task, JSON.stringify(it.snapshot), JSON.stringify(it.displayOrder)),
    );
    return id;
  }).immediate();
}

export const getAttempt = (db: Db, id: number) =>
  stmt(db, 'SELECT * FROM attempts WHERE id = ?').get(id) as AttemptRow | undefined;

export const openAttempt = (db: Db, packId: string) =>
  stmt(db, "SELECT * FROM attempts WHERE pack_id = ? AND status = 'in_progress'").get(packId) as AttemptRow | undefined;

export const openAttempts = (db: Db) =>
  stmt(db, "SELECT * FROM attempts WHERE status = 'in_progress'").all() as AttemptRow[];

export const getItems = (db: Db, attemptId: number) =>
  stmt(db, 'SELECT * FROM attempt_items WHERE attempt_id = ? ORDER BY position').all(attemptId) as ItemRow[];

export const getItem = (db: Db, attemptId: number, position: number) =>
  stmt(db, 'SELECT * FROM attempt_items WHERE attempt_id = ? AND position = ?').get(attemptId, position) as ItemRow | undefined;

/** What a change to one answer needs to know, in one read: the attempt's state and the item's, if it exists. */
export interface ItemState {
  status: AttemptRow['status'];
  ends_at: number;
  timed_out: number;
  kind: AttemptRow['kind'];
  paused_at: number | null;
  check_answers: number;
  checked_at: number | null;
  /** Null when the attempt has no item at that position. */
  flagged: number | null;
  response: string | null;
}

export const itemState = (db: Db, attemptId: number, position: number) =>
  stmt(
    db,
    `SELECT a.status, a.ends_at, a.timed_out, a.kind, a.paused_at, a.check_answers, i.flagged, i.response, i.checked_at
     FROM attempts a LEFT JOIN attempt_items i ON i.attempt_id = a.id AND i.position = ?
     WHERE a.id = ?`,
  ).get(position, attemptId) as ItemState | undefined;

export const snapshotText = (db: Db, attemptId: number, position: number) =>
  stmt(db, 'SELECT snapshot FROM attempt_items WHERE attempt_id = ? AND position = ?').pluck().get(attemptId, position) as string | undefined;

/** `confidence` undefined keeps the stored one; a cleared answer clears it too. */
export function saveResponse(
  db: Db,
  attemptId: number,
  position: number,
  response: Response | null,
  at: number,
  spentMs: number,
  confidence?: Confidence | null,
) {
  stmt(db, 
    `UPDATE attempt_items SET response = ?, answered_at = ?, time_spent_ms = time_spent_ms + ?,
       confidence = CASE WHEN ? IS NULL THEN NULL WHEN ? THEN ? ELSE confidence END
     WHERE attempt_id = ? AND position = ?`,
  ).run(
    response === null ? null : JSON.stringify(response),
    response === null ? null : at,
    spentMs,
    response === null ? null : 1,
    confidence === undefined ? 0 : 1,
    confidence ?? null,
    attemptId,
    position,
  );
}

export function setFlag(db: Db, attemptId: number, position: number, flagged: boolean) {
  stmt(db, 'UPDATE attempt_items SET flagged = ? WHERE attempt_id = ? AND position = ?').run(flagged ? 1 : 0, attemptId, position);
}

/** Where the learner is; also the last sign of life a crashed practice exam is paused at. */
export function setPosition(db: Db, attemptId: number, position: number, at: number) {
  stmt(db, 'UPDATE attempts SET current_position = ?, active_at = ? WHERE id = ?').run(position, at, attemptId);
}

export function addTimeSpent(db: Db, attemptId: number, position: number, ms: number) {
  stmt(db, 'UPDATE attempt_items SET time_spent_ms = time_spent_ms + ? WHERE attempt_id = ? AND position = ?').run(ms, attemptId, position);
}

export function setStruck(db: Db, attemptId: number, position: number, struck: string[]) {
  stmt(db, 'UPDATE attempt_items SET struck = ? WHERE attempt_id = ? AND position = ?').run(
    struck.length ? JSON.stringify(struck) : null,
    attemptId,
    position,
  );
}

export function markChecked(db: Db, attemptId: number, position: number, at: number) {
  stmt(db, 'UPDATE attempt_items SET checked_at = ? WHERE attempt_id = ? AND position = ?').run(at, attemptId, position);
}

/** Stops a practice exam's clock at `at`. */
export function pause(db: Db, attemptId: number, at: number) {
  stmt(db, "UPDATE attempts SET paused_at = ? WHERE id = ? AND kind = 'practice' AND paused_at IS NULL AND status = 'in_progress'").run(at, attemptId);
}

/** Restarts a paused practice exam's clock: the deadline moves on by the length of the pause. */
export function resume(db: Db, attemptId: number, at: number) {
  stmt(
    db,
    `UPDATE attempts SET ends_at = ends_at + (? - paused_at), paused_ms = paused_ms + (? - paused_at), paused_at = NULL, active_at = ?
     WHERE id = ? AND paused_at IS NOT NULL`,
  ).run(at, at, at, attemptId);
}

/** Practice exams whose clock runs, and when the learner last did something in each (to pause a crashed one there). */
export const runningPractice = (db: Db) =>
  stmt(
    db,
    `SELECT a.id, max(coalesce(a.active_at, a.started_at), coalesce(max(i.answered_at), 0)) AS last_active
     FROM attempts a LEFT JOIN attempt_items i ON i.attempt_id = a.id
     WHERE a.kind = 'practice' AND a.status = 'in_progress' AND a.paused_at IS NULL GROUP BY a.id`,
  ).all() as { id: number; last_active: number }[];

/** Removes an attempt and its items. */
export function deleteAttempt(db: Db, attemptId: number): boolean {
  stmt(db, 'DELETE FROM attempt_items WHERE attempt_id = ?').run(attemptId);
  return stmt(db, 'DELETE FROM attempts WHERE id = ?').run(attemptId).changes > 0;
}

export function finishAttempt(
  db: Db,
  a: { id: number; submittedAt: number; timedOut: boolean; rawCorrect: number; scaled: number; passed: boolean; correct: boolean[] },
) {
  db.transaction(() => {
    const mark = stmt(db, 'UPDATE attempt_items SET correct = ? WHERE attempt_id = ? AND position = ?');
    a.correct.forEach((c, position) => mark.run(c ? 1 : 0, a.id, position));
    stmt(db, 
      `UPDATE attempts SET status = 'submitted', submitted_at = ?, timed_out = ?, raw_correct = ?, scaled_score = ?, passed = ?
       WHERE id = ? AND status = 'in_progress'`,
    ).run(a.submittedAt, a.timedOut ? 1 : 0, a.rawCorrect, a.scaled, a.passed ? 1 : 0, a.id);
  }).immediate();
}

/** The pack's attempts, newest first; at most `limit` of them. */
export const listAttempts = (db: Db, packId: string, limit = -1) =>
  stmt(db, 'SELECT * FROM attempts WHERE pack_id = ? ORDER BY started_at DESC, id DESC LIMIT ?').all(packId, limit) as AttemptRow[];

export const attemptCount = (db: Db, packId: string) =>
  stmt(db, 'SELECT count(*) FROM attempts WHERE pack_id = ?').pluck().get(packId) as number;

/** How often each question was already shown in this pack's attempts. */
export function seenCounts(db: Db, packId: string): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT i.question_id AS id, count(*) AS n FROM attempt_items i JOIN attempts a ON a.id = i.attempt_id
       WHERE a.pack_id = ? GROUP BY i.question_id`,
    )
    .all(packId) as { id: string; n: number }[];
  return new Map(rows.map((r) => [r.id, r.n]));
}
