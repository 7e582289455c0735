// The learner's own notes: one Markdown file per course, imported as it is found (mojibake repaired, raw HTML
// kept for the sanitizing viewer), stored as note_sections(source='user'); links.ts points questions at them so a
// review can point to the learner's own words too. The notes feature owns these rows and the setting that describes them.
import { invalid } from '../api/errors';
import type { LearnerNotesInfo } from '../api/types';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { decodeStored } from '../db/stored-json';
import { z } from 'zod';
import type { ParseOutcome } from './parse-learner';
import { clearLinks } from './stored-links';

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

/** Removes the notes and their automatic links; corrections stay, for a file imported again. */
export function removeLearnerNotes(db: Db, packId: string): boolean {
  return db.transaction(() => {
    stmt(db, "DELETE FROM note_sections WHERE pack_id = ? AND source = 'user'").run(packId);
    clearLinks(db, packId);
    return stmt(db, 'DELETE FROM settings WHERE key = ?').run(settingKey(packId)).changes > 0;
  }).immediate();
}
