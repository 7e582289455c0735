// Schema v1: packs and their questions and notes, attempts with a snapshot of every item, settings.
import type { Migration } from './migration';

const schema = `
CREATE TABLE packs (
  id            TEXT PRIMARY KEY,
  title         TEXT NOT NULL,
  code          TEXT NOT NULL,
  version       INTEGER NOT NULL,
  manifest      TEXT NOT NULL,          -- pack.yaml as JSON
  content_hash  TEXT NOT NULL,
  imported_at   INTEGER NOT NULL
) STRICT;

CREATE TABLE questions (
  pack_id       TEXT NOT NULL REFERENCES packs(id),
  id            TEXT NOT NULL,
  domain        TEXT NOT NULL,
  task          TEXT NOT NULL,
  type          TEXT NOT NULL CHECK (type IN ('single', 'multiple', 'ordering', 'matching')),
  difficulty    INTEGER NOT NULL,
  case_id       TEXT,
  body          TEXT NOT NULL,          -- the normalized question as JSON
  content_hash  TEXT NOT NULL,
  retired       INTEGER NOT NULL DEFAULT 0,  -- gone from the current pack version; kept for history
  PRIMARY KEY (pack_id, id)
) STRICT;
CREATE INDEX questions_by_domain ON questions (pack_id, retired, domain);

CREATE TABLE pack_cases (
  pack_id       TEXT NOT NULL REFERENCES packs(id),
  id            TEXT NOT NULL,
  scenario      TEXT NOT NULL,
  PRIMARY KEY (pack_id, id)
) STRICT;

CREATE TABLE note_sections (
  pack_id       TEXT NOT NULL REFERENCES packs(id),
  source        TEXT NOT NULL CHECK (source IN ('pack', 'user')),
  file          TEXT NOT NULL,
  position      INTEGER NOT NULL,
  slug          TEXT NOT NULL,
  title         TEXT NOT NULL,
  level         INTEGER NOT NULL,
  tasks         TEXT NOT NULL,          -- JSON array of task statement ids
  body          TEXT NOT NULL,
  PRIMARY KEY (pack_id, source, file, position)
) STRICT;
CREATE INDEX note_sections_by_slug ON note_sections (pack_id, file, slug);

CREATE TABLE attempts (
  id            INTEGER PRIMARY KEY,
  pack_id       TEXT NOT NULL REFERENCES packs(id),
  mode          TEXT NOT NULL CHECK (mode IN ('exam')),
  blueprint     TEXT NOT NULL,          -- JSON: counts per domain, minutes, scale
  started_at    INTEGER NOT NULL,
  ends_at       INTEGER NOT NULL,
  time_limit_ms INTEGER NOT NULL,
  status        TEXT NOT NULL CHECK (status IN ('in_progress', 'submitted')),
  submitted_at  INTEGER,
  timed_out     INTEGER NOT NULL DEFAULT 0,
  raw_correct   INTEGER,
  raw_total     INTEGER NOT NULL,
  scaled_score  INTEGER,
  passed        INTEGER,
  current_position INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX attempts_by_pack ON attempts (pack_id, started_at);
CREATE UNIQUE INDEX one_open_attempt_per_pack ON attempts (pack_id) WHERE status = 'in_progress';

CREATE TABLE attempt_items (
  attempt_id    INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  question_id   TEXT NOT NULL,
  domain        TEXT NOT NULL,
  task          TEXT NOT NULL,
  snapshot      TEXT NOT NULL,          -- the question exactly as asked, keys included, JSON
  display_order TEXT NOT NULL,          -- JSON: shown order of option/item/answer ids
  response      TEXT,                   -- JSON, null while unanswered
  flagged       INTEGER NOT NULL DEFAULT 0,
  time_spent_ms INTEGER NOT NULL DEFAULT 0,
  answered_at   INTEGER,
  correct       INTEGER,
  PRIMARY KEY (attempt_id, position)
) STRICT;
CREATE INDEX attempt_items_by_question ON attempt_items (question_id);

CREATE TABLE settings (
  key           TEXT PRIMARY KEY,
  value         TEXT NOT NULL            -- JSON
) STRICT;
`;

export const initial: Migration = { version: 1, name: 'initial', up: (db) => db.exec(schema) };
