// Schema v7 (the notes feature): each question's automatic link into the learner's notes, and what each learner
// section teaches, kept in the database instead of recomputed in memory after every start. `note_link_sources`
// records what the stored links were computed from (the notes import, the pack's content hash, the linker's
// version): when any of them differs, the links are stale and are computed again (see electron/notes/stored-links.ts).
// Existing notes get their links on the first start of this version, in the background (no linking runs here).
import type { Migration } from './migration';

const schema = `
CREATE TABLE note_link_sources (
  pack_id            TEXT PRIMARY KEY REFERENCES packs(id),
  notes_imported_at  INTEGER NOT NULL,     -- the learner notes' importedAt the links belong to
  pack_hash          TEXT NOT NULL,        -- packs.content_hash when they were computed
  linker_version     INTEGER NOT NULL,     -- LINKER_VERSION (electron/notes/linker-version.ts)
  linked_at          INTEGER NOT NULL
) STRICT;

CREATE TABLE note_links (
  pack_id      TEXT NOT NULL REFERENCES note_link_sources(pack_id) ON DELETE CASCADE,
  question_id  TEXT NOT NULL,
  slug         TEXT NOT NULL,              -- a learner section's slug
  PRIMARY KEY (pack_id, question_id)
) WITHOUT ROWID, STRICT;

CREATE TABLE note_section_teaches (
  pack_id  TEXT NOT NULL REFERENCES note_link_sources(pack_id) ON DELETE CASCADE,
  slug     TEXT NOT NULL,
  links    TEXT NOT NULL,                  -- JSON array of course-notes links ("file.md#slug")
  PRIMARY KEY (pack_id, slug)
) WITHOUT ROWID, STRICT;
`;

export const noteLinks: Migration = { version: 7, name: 'note-links', up: (db) => db.exec(schema) };
