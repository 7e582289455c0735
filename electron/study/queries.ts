// What the study feature reads from other features' tables (packs, attempts): read-only, in one place.
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import type { PackManifest } from '../packs/schema';
import type { ForecastBlueprint } from './forecast';

/** The blueprint the forecast weighs by: exam length and scale, and each task statement's share of the bank. */
export function forecastBlueprint(db: Db, packId: string, m: PackManifest): ForecastBlueprint {
  const rows = stmt(db, 'SELECT task, count(*) AS n FROM questions WHERE pack_id = ? AND retired = 0 GROUP BY task').all(packId) as { task: string; n: number }[];
  const bank = new Map(rows.map((r) => [r.task, r.n]));
  return {
    questions: m.exam.questions,
    scale: m.exam.scale,
    domains: m.domains.map((d) => ({
      id: d.id,
      title: d.title,
      weight: d.weight,
      tasks: d.tasks.map((t) => ({ id: t.id, title: t.title, bank: bank.get(t.id) ?? 0 })),
    })),
  };
}

/** Whether a question is in the pack: 'active', 'retired' (gone from the current version), or null (never was). */
export function questionStatus(db: Db, packId: string, questionId: string): 'active' | 'retired' | null {
  const r = stmt(db, 'SELECT retired FROM questions WHERE pack_id = ? AND id = ?').get(packId, questionId) as { retired: number } | undefined;
  return r ? (r.retired ? 'retired' : 'active') : null;
}

export const lastMockAt = (db: Db, packId: string) =>
  stmt(db, "SELECT max(submitted_at) FROM attempts WHERE pack_id = ? AND status = 'submitted'").pluck().get(packId) as number | null;

export const finishedExams = (db: Db, packId: string) =>
  stmt(
    db,
    `SELECT id AS attemptId, submitted_at AS at, scaled_score AS scaledScore, passed FROM attempts
     WHERE pack_id = ? AND status = 'submitted' ORDER BY submitted_at, id`,
  ).all(packId) as { attemptId: number; at: number; scaledScore: number; passed: number }[];

export type MistakeKind = 'wrong' | 'flagged' | 'guessed';

const itemFilter: Record<MistakeKind, string> = {
  wrong: 'i.correct = 0',
  flagged: 'i.flagged = 1',
  guessed: "i.confidence = 'guess'",
};
const statFilter: Record<MistakeKind, string> = {
  wrong: 's.last_correct = 0',
  flagged: 's.last_flagged = 1',
  guessed: "s.last_confidence = 'guess'",
};

/** Questions of one exam that were wrong, flagged or guessed, in exam order; retired ones left out. */
export function attemptMistakes(db: Db, attemptId: number, kind: MistakeKind): string[] {
  return stmt(
    db,
    `SELECT DISTINCT i.question_id FROM attempt_items i JOIN attempts a ON a.id = i.attempt_id
     JOIN questions q ON q.pack_id = a.pack_id AND q.id = i.question_id
     WHERE i.attempt_id = ? AND q.retired = 0 AND ${itemFilter[kind]} ORDER BY i.position`,
  )
    .pluck()
    .all(attemptId) as string[];
}

/** Questions whose latest answer anywhere was wrong, flagged or guessed, the most recent first. */
export function overallMistakes(db: Db, packId: string, kind: MistakeKind): string[] {
  return stmt(
    db,
    `SELECT s.question_id FROM question_stats s JOIN questions q ON q.pack_id = s.pack_id AND q.id = s.question_id
     WHERE s.pack_id = ? AND q.retired = 0 AND ${statFilter[kind]} ORDER BY s.last_at DESC, s.question_id LIMIT 1000`,
  )
    .pluck()
    .all(packId) as string[];
}
