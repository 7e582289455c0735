// The learner's own notes: one Markdown file per course, imported as it is found (mojibake repaired, raw HTML
// kept for the sanitizing viewer), stored as note_sections(source='user'), and matched to questions so a review
// can point to the learner's own words too. The notes feature owns these rows and the setting that describes them.
import { invalid } from '../api/errors';
import type { LearnerNoteLink, LearnerNotesInfo } from '../api/types';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { decodeStored } from '../db/stored-json';
import { z } from 'zod';
import type { Question } from '../packs/question';
import { buildNoteIndex, type NoteIndex } from './match';
import type { ParseOutcome } from './parse-learner';
import { noteTitles } from './study';

const settingKey = (packId: string) => `learner-notes:${packId}`;

/** A file name as a notes link can carry it: `My Notes (v2).md` → `My-Notes-v2-.md`. */
export function storedFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop()!.replace(/\.(md|markdown|txt)$/i, '');
  return `${base.replace(/[^\w.-]+/g, '-').replace(/^[.-]+/, '') || 'my-notes'}.md`;
}

const infoSchema: z.ZodType<LearnerNotesInfo> = z.object({
  fileName: z.string(),
  file: z.string(),
  sections: z.number(),
  repairedCharacters: z.number(),
  importedAt: z.number(),
});

/** What the learner imported; a damaged record reads as "no notes", and importing again replaces it. */
export function learnerNotesInfo(db: Db, packId: string): LearnerNotesInfo | null {
  const value = stmt(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(settingKey(packId)) as string | undefined;
  if (value === undefined) return null;
  const d = decodeStored(infoSchema, value, 'The record of your notes file');
  return d.ok ? d.value : null;
}

/**
 * Replaces the course's learner notes with a parsed file (see parse-learner.ts). The caller runs it in one
 * transaction: a failed import leaves the previous notes as they were.
 */
export function storeLearnerNotes(db: Db, packId: string, fileName: string, parsed: ParseOutcome, now: number): LearnerNotesInfo {
  if (!parsed.ok) throw invalid(`${parsed.problem} Your previous notes were kept.`);
  const { sections, sectionCount, repairedCharacters } = parsed.notes;
  const info: LearnerNotesInfo = { fileName, file: storedFileName(fileName), sections: sectionCount, repairedCharacters, importedAt: now };
  db.transaction(() => {
    stmt(db, "DELETE FROM note_sections WHERE pack_id = ? AND source = 'user'").run(packId);
    const add = stmt(
      db,
      `INSERT INTO note_sections (pack_id, source, file, position, slug, title, level, tasks, body)
       VALUES (?, 'user', ?, ?, ?, ?, ?, '[]', ?)`,
    );
    for (const r of sections) add.run(packId, info.file, r.position, r.slug, r.title, r.level, r.body);
    stmt(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
      settingKey(packId),
      JSON.stringify(info),
    );
  }).immediate();
  return info;
}

export function removeLearnerNotes(db: Db, packId: string): boolean {
  return db.transaction(() => {
    stmt(db, "DELETE FROM note_sections WHERE pack_id = ? AND source = 'user'").run(packId);
    return stmt(db, 'DELETE FROM settings WHERE key = ?').run(settingKey(packId)).changes > 0;
  }).immediate();
}

// One index per imported file; rebuilt only when the learner imports again.
const indexes = new WeakMap<Db, Map<string, { importedAt: number; index: NoteIndex }>>();

function learnerIndex(db: Db, packId: string, info: LearnerNotesInfo): NoteIndex {
  let byPack = indexes.get(db);
  if (!byPack) indexes.set(db, (byPack = new Map()));
  const cached = byPack.get(packId);
  if (cached?.importedAt === info.importedAt) return cached.index;
  const rows = stmt(db, "SELECT slug, title, level, body FROM note_sections WHERE pack_id = ? AND source = 'user' AND level > 0")
    .all(packId) as { slug: string; title: string; level: number; body: string }[];
  const index = buildNoteIndex(rows);
  byPack.set(packId, { importedAt: info.importedAt, index });
  return index;
}

/**
 * A function giving each question its closest section of the learner's notes, or null when there are no notes.
 * A question's topic is the titles of the course-notes sections it links to; its words are the keyed answers.
 */
export function learnerMatcher(
  db: Db,
  packId: string,
  /** Course-notes titles by link, when the caller already has them (see noteTitles). */
  knownTitles?: Map<string, string>,
): ((q: Question) => LearnerNoteLink | null) | null {
  const info = learnerNotesInfo(db, packId);
  if (!info) return null;
  const index = learnerIndex(db, packId, info);
  const titles = knownTitles ?? noteTitles(db, packId);
  return (q) => {
    const topic = q.notes.map((link) => titles.get(link) ?? '').join(' ');
    const keyed = q.type === 'single' || q.type === 'multiple' ? q.options.filter((o) => o.correct).map((o) => o.text).join(' ') : '';
    const match = index.best({ topic, text: keyed });
    return match ? { file: info.file, slug: match.slug, title: match.title } : null;
  };
}
