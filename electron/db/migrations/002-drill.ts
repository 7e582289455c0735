// Schema v2: drill answers. A drill is untimed practice on one domain or task statement; each answer is a row of
// its own (no attempt around it), so "what did I last get wrong?" reads straight from here and the exam history.
import type { Migration } from './migration';

const schema = `
CREATE TABLE drill_answers (
  id            INTEGER PRIMARY KEY,
  pack_id       TEXT NOT NULL REFERENCES packs(id),
  question_id   TEXT NOT NULL,
  domain        TEXT NOT NULL,
  task          TEXT NOT NULL,
  response      TEXT NOT NULL,          -- JSON, as in attempt_items
  correct       INTEGER NOT NULL CHECK (correct IN (0, 1)),
  answered_at   INTEGER NOT NULL
) STRICT;
CREATE INDEX drill_answers_by_question ON drill_answers (pack_id, question_id, answered_at);
`;

export const drill: Migration = { version: 2, name: 'drill', up: (db) => db.exec(schema) };
