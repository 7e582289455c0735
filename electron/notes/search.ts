// One search over the course notes and the learner's notes: SQLite FTS5 (note_search, kept by triggers on
// note_sections), ranked by bm25() with a section's heading weighted above its text, and a highlighted snippet.
// Every word the learner types must appear; the last one may be unfinished, so results follow each keystroke.
import type { NoteSearchHit, NoteSource, TextRun } from '../api/types';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';

const OPEN = '\u0002';
const CLOSE = '\u0003';
/** A heading match counts this many times a body match: a section named "Guardrails" is about guardrails. */
const TITLE_WEIGHT = 8;

/** The learner's words as an FTS5 query: each a quoted prefix term, all required. Null when nothing searchable. */
export function ftsQuery(input: string): string | null {
  const words = input.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.slice(0, 12).map((w) => `"${w}"*`).join(' ');
}

/** Marked text as runs, with Markdown markup and HTML left out: the renderer shows runs, never HTML. */
export function runs(marked: string): TextRun[] {
  const clean = marked
    // A course section's "*Task statements: 3.4*" line is bookkeeping, not text to show.
    .replace(/\*?Task statements?:[\d.,\s]*\*?/g, ' ')
    .replace(/^…[\d.,\s]+\*/, '…')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/<[^>]*>?/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[*_`#>[\]|]+/g, '')
    .replace(/\s+/g, ' ');
  const out: TextRun[] = [];
  let hit = false;
  for (const part of clean.split(new RegExp(`([${OPEN}${CLOSE}])`))) {
    if (part === OPEN) hit = true;
    else if (part === CLOSE) hit = false;
    else if (part) out.push({ text: part, hit });
  }
  return out;
}

export function searchNotes(db: Db, packId: string, input: string, limit = 20): NoteSearchHit[] {
  const query = ftsQuery(input);
  if (!query) return [];
  const rows = stmt(
    db,
    `SELECT s.source, s.file, s.slug, s.title,
            highlight(note_search, 0, '${OPEN}', '${CLOSE}') AS marked_title,
            snippet(note_search, 1, '${OPEN}', '${CLOSE}', '…', 14) AS marked_snippet
     FROM note_search JOIN note_sections s ON s.rowid = note_search.rowid
     WHERE note_search MATCH ? AND s.pack_id = ? AND s.level > 0
     ORDER BY bm25(note_search, ${TITLE_WEIGHT}, 1) LIMIT ?`,
  ).all(query, packId, limit) as { source: NoteSource; file: string; slug: string; title: string; marked_title: string; marked_snippet: string }[];
  return rows.map((r) => ({
    source: r.source,
    file: r.file,
    slug: r.slug,
    title: r.title,
    titleRuns: runs(r.marked_title),
    // The body starts with the heading line: drop it from the snippet when it is there.
    snippet: runs(r.marked_snippet.replace(/^#{1,6}[^\n]*\n/, '')),
  }));
}
