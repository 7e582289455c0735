// The notes feature owns note_sections, for course notes as for the learner's own: a pack import hands its parsed
// notes here rather than writing the table itself.
import type { Db } from '../db/open';
import { storedSections, type NoteSection } from './sections';

export function replacePackNotes(db: Db, packId: string, notes: { file: string; markdown: string; sections: NoteSection[] }[]): void {
  db.prepare("DELETE FROM note_sections WHERE pack_id = ? AND source = 'pack'").run(packId);
  const add = db.prepare(
    `INSERT INTO note_sections (pack_id, source, file, position, slug, title, level, tasks, body)
     VALUES (?, 'pack', ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const note of notes) {
    for (const r of storedSections(note.markdown, note.sections)) {
      add.run(packId, note.file, r.position, r.slug, r.title, r.level, JSON.stringify(r.tasks), r.body);
    }
  }
}
