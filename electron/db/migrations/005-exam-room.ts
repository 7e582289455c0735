// Schema v5: the exam room. Practice exams (a clock that can pause, optional answer checking) beside exams under
// real conditions, and options the learner struck out.
import type { Migration } from './migration';

const schema = `
-- 'exam': real conditions, the clock runs even while Proctor is closed. 'practice': the clock can pause.
ALTER TABLE attempts ADD COLUMN kind TEXT NOT NULL DEFAULT 'exam' CHECK (kind IN ('exam', 'practice'));
-- Set while a practice exam is paused; resuming moves ends_at on by the pause, so ends_at stays the one deadline.
ALTER TABLE attempts ADD COLUMN paused_at INTEGER;
ALTER TABLE attempts ADD COLUMN paused_ms INTEGER NOT NULL DEFAULT 0;
-- Practice only: show whether each answer is right, with its explanation, as soon as the learner asks.
ALTER TABLE attempts ADD COLUMN check_answers INTEGER NOT NULL DEFAULT 0 CHECK (check_answers IN (0, 1));
-- The last time the learner did anything in the attempt: a practice exam left running by a crash is paused there.
ALTER TABLE attempts ADD COLUMN active_at INTEGER;
-- JSON array of option ids struck out (eliminated, never an answer); NULL when none.
ALTER TABLE attempt_items ADD COLUMN struck TEXT;
-- Practice with checking: when the answer was checked (then it is final).
ALTER TABLE attempt_items ADD COLUMN checked_at INTEGER;
`;

export const examRoom: Migration = { version: 5, name: 'exam-room', up: (db) => db.exec(schema) };
