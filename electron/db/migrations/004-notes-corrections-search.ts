// Schema v4 (the notes feature): the learner's corrections of note links, and an FTS5 index over every notes
// section (course and learner) for search.
//
// A correction is stored per question and names a heading, not a row, so it survives a re-import of the notes file:
// `heading_path` is the section's headings from the top (" › "-joined), `title` its own heading; both null mean
// "my notes don't cover this". The search index is an external-content FTS5 table over note_sections kept current
// by triggers, so whoever writes note_sections (pack import, notes import) keeps it right without knowing of it.
import type { Migration } from './migration';

const schema = `
CREATE TABLE note_corrections (
  pack_id       TEXT NOT NULL REFERENCES packs(id),
  question_id   TEXT NOT NULL,
  heading_path  TEXT,                   -- null: the learner's notes do not cover this question
  title         TEXT,
  corrected_at  INTEGER NOT NULL,
  PRIMARY KEY (pack_id, question_id),
  CHECK ((heading_path IS NULL) = (title IS NULL))
) STRICT;

CREATE VIRTUAL TABLE note_search USING fts5(
  title, body,
  content = 'note_sections', content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
CREATE TRIGGER note_search_insert AFTER INSERT ON note_sections BEGIN
  INSERT INTO note_search (rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
CREATE TRIGGER note_search_delete AFTER DELETE ON note_sections BEGIN
  INSERT INTO note_search (note_search, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
END;
CREATE TRIGGER note_search_update AFTER UPDATE ON note_sections BEGIN
  INSERT INTO note_search (note_search, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
  INSERT INTO note_search (rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
INSERT INTO note_search (note_search) VALUES ('rebuild');
`;

export const notesCorrectionsSearch: Migration = { version: 4, name: 'notes-corrections-search', up: (db) => db.exec(schema) };
