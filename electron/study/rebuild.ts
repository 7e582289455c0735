// Rebuilds the study tables from the answer history, replaying every answer in time order through recordAnswer.
// Run once by migration 6 (so history from before it counts) and by the benchmark after a bulk load. A practice
// exam's answers replay as 'practice', as submitting it records them.
import type { Db } from '../db/open';
import { recordAnswer, type AnswerSource } from './record';
import { statsHaveFirstSource } from './repo';
import type { Confidence } from '../api/types';

interface EventRow {
  pack_id: string;
  question_id: string;
  domain: string;
  task: string;
  correct: number;
  confidence: Confidence | null;
  at: number;
  flagged: number;
  source: AnswerSource;
}

export function rebuildStudyState(db: Db): void {
  db.exec('DELETE FROM question_stats; DELETE FROM review_cards; DELETE FROM study_days;');
  const events = db
    .prepare(
      `SELECT pack_id, question_id, domain, task, correct, confidence, answered_at AS at, 0 AS flagged, kind AS source
       FROM drill_answers
       UNION ALL
       SELECT a.pack_id, i.question_id, i.domain, i.task, i.correct, i.confidence, a.submitted_at, i.flagged, a.kind
       FROM attempt_items i JOIN attempts a ON a.id = i.attempt_id
       WHERE a.status = 'submitted' AND i.correct IS NOT NULL AND a.submitted_at IS NOT NULL
       ORDER BY at`,
    )
    .all() as EventRow[];
  // Migration 6 runs this before migration 8 adds first_source; migration 8 then fills it in from this same history.
  const statColumns = statsHaveFirstSource(db) ? 'current' : 'v6';
  for (const e of events) {
    recordAnswer(
      db,
      e.pack_id,
      { questionId: e.question_id, domain: e.domain, task: e.task, correct: e.correct === 1, confidence: e.confidence, at: e.at, flagged: e.flagged === 1 },
      e.source,
      statColumns,
    );
  }
}
