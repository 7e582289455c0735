// Schema v8: where each question was first met. The readiness forecast counts a first sighting in a practice exam
// at half one under real conditions (study/forecast.ts), so the per-question statistics keep its source.
//
// Existing rows get the source of the answer that made them: the statistics' first_at is that answer's time (an
// exam's items are stamped with its submission), and the history tables are indexed by question, so this is exact
// and cheap (a few lookups per question met). Where an exam and a drill answer share the very millisecond, the
// exam's wins; a row with no matching answer (none is known) keeps the neutral 'exam', full weight.
import type { Migration } from './migration';

const schema = `
ALTER TABLE question_stats ADD COLUMN first_source TEXT NOT NULL DEFAULT 'exam'
  CHECK (first_source IN ('exam', 'practice', 'drill', 'review'));

UPDATE question_stats SET first_source = coalesce(
  (SELECT a.kind FROM attempt_items i JOIN attempts a ON a.id = i.attempt_id
   WHERE i.question_id = question_stats.question_id AND a.pack_id = question_stats.pack_id
     AND a.status = 'submitted' AND a.submitted_at = question_stats.first_at
   ORDER BY a.kind = 'exam' DESC LIMIT 1),
  (SELECT d.kind FROM drill_answers d
   WHERE d.pack_id = question_stats.pack_id AND d.question_id = question_stats.question_id AND d.answered_at = question_stats.first_at
   LIMIT 1),
  'exam');
`;

export const firstSource: Migration = { version: 8, name: 'first-source', up: (db) => db.exec(schema) };
