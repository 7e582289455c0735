// Schema v6: the study loop. Confidence on every answer; drill answers tell drills from spaced reviews; an FSRS
// review card per question; per-question statistics and per-day counts kept up to date with each answer, so Home,
// the next question and the forecast cost the same after 1,000 exams as after one. Existing history is replayed
// into the new tables here, so a learner's past exams and drills count from the first start of this version.
import { rebuildStudyState } from '../../study/rebuild';
import type { Migration } from './migration';

const schema = `
ALTER TABLE attempt_items ADD COLUMN confidence TEXT CHECK (confidence IN ('sure', 'unsure', 'guess'));
ALTER TABLE drill_answers ADD COLUMN confidence TEXT CHECK (confidence IN ('sure', 'unsure', 'guess'));
ALTER TABLE drill_answers ADD COLUMN kind TEXT NOT NULL DEFAULT 'drill' CHECK (kind IN ('drill', 'review'));

-- Question rows carry their whole body as JSON ahead of the retired flag, so any filter on "retired" would read
-- every body. This index answers "the pack's live questions" and joins by id without touching the bodies.
CREATE INDEX questions_live ON questions (pack_id, id, retired, domain, task, case_id);

CREATE TABLE review_cards (
  pack_id         TEXT NOT NULL,
  question_id     TEXT NOT NULL,
  due             INTEGER NOT NULL,      -- epoch ms
  stability       REAL NOT NULL,
  difficulty      REAL NOT NULL,
  scheduled_days  INTEGER NOT NULL,
  learning_steps  INTEGER NOT NULL,
  reps            INTEGER NOT NULL,
  lapses          INTEGER NOT NULL,
  state           INTEGER NOT NULL,      -- ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning
  last_review     INTEGER,
  PRIMARY KEY (pack_id, question_id)
) STRICT;
CREATE INDEX review_cards_by_due ON review_cards (pack_id, due);

CREATE TABLE question_stats (
  pack_id          TEXT NOT NULL,
  question_id      TEXT NOT NULL,
  domain           TEXT NOT NULL,
  task             TEXT NOT NULL,
  seen             INTEGER NOT NULL,
  correct_count    INTEGER NOT NULL,
  first_at         INTEGER NOT NULL,
  first_correct    INTEGER NOT NULL CHECK (first_correct IN (0, 1)),
  first_confidence TEXT,
  last_at          INTEGER NOT NULL,
  last_correct     INTEGER NOT NULL CHECK (last_correct IN (0, 1)),
  last_confidence  TEXT,
  last_flagged     INTEGER NOT NULL DEFAULT 0,
  repeat_weight    REAL NOT NULL DEFAULT 0,  -- repeats after the first sighting, decayed to last_at
  repeat_right     REAL NOT NULL DEFAULT 0,
  PRIMARY KEY (pack_id, question_id)
) STRICT;

CREATE TABLE study_days (
  pack_id     TEXT NOT NULL,
  day         TEXT NOT NULL,               -- local date, YYYY-MM-DD
  domain      TEXT NOT NULL,
  confidence  TEXT NOT NULL CHECK (confidence IN ('sure', 'unsure', 'guess', 'none')),
  answered    INTEGER NOT NULL DEFAULT 0,
  correct     INTEGER NOT NULL DEFAULT 0,
  first_seen  INTEGER NOT NULL DEFAULT 0,
  first_right INTEGER NOT NULL DEFAULT 0,
  reviews     INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (pack_id, day, domain, confidence)
) STRICT;
`;

export const studyLoop: Migration = {
  version: 6,
  name: 'study-loop',
  up(db) {
    db.exec(schema);
    rebuildStudyState(db);
  },
};
