// The drill feature owns drill_answers. It reads the exam history too, so a question missed in a mock exam is
// first in line when the learner drills its task statement.
import type { Confidence, Response } from '../api/types';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';

export interface AnswerEvent {
  id: string;
  at: number;
  correct: number;
}

export function answerEvents(db: Db, packId: string): AnswerEvent[] {
  return stmt(
    db,
    `SELECT question_id AS id, answered_at AS at, correct FROM drill_answers WHERE pack_id = ?
     UNION ALL
     SELECT i.question_id, coalesce(i.answered_at, a.submitted_at), i.correct
     FROM attempt_items i JOIN attempts a ON a.id = i.attempt_id
     WHERE a.pack_id = ? AND a.status = 'submitted' AND i.correct IS NOT NULL`,
  ).all(packId, packId) as AnswerEvent[];
}

/** One answer outside an exam: a drill's, or a spaced review's (the study feature writes those through here). */
export function saveDrillAnswer(
  db: Db,
  a: {
    packId: string;
    questionId: string;
    domain: string;
    task: string;
    response: Response;
    correct: boolean;
    at: number;
    confidence: Confidence | null;
    kind: 'drill' | 'review';
  },
): void {
  stmt(
    db,
    `INSERT INTO drill_answers (pack_id, question_id, domain, task, response, correct, answered_at, confidence, kind)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(a.packId, a.questionId, a.domain, a.task, JSON.stringify(a.response), a.correct ? 1 : 0, a.at, a.confidence, a.kind);
}
