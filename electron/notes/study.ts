// Course-notes section titles by link (`file.md#anchor`), for naming where a question is taught.
import { z } from 'zod';
import type { NoteLink } from '../api/types';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { storedOr } from '../db/stored-json';
import type { Question } from '../packs/question';

export function noteTitles(db: Db, packId: string): Map<string, string> {
  const rows = stmt(db, "SELECT file, slug, title FROM note_sections WHERE pack_id = ? AND source = 'pack' AND level > 0").all(packId) as {
    file: string;
    slug: string;
    title: string;
  }[];
  return new Map(rows.map((r) => [`${r.file}#${r.slug}`, r.title]));
}

interface SectionName {
  fileTitle: string;
  sectionTitle: string;
  tasks: string[];
}

/**
 * Names for a pack's course-notes links: the file's own title (its first top-level heading, "Amazon Bedrock and
 * GenAI") and the section's heading, with the task statements the section says it teaches.
 */
export function noteSectionNames(db: Db, packId: string): Map<string, SectionName> {
  const rows = stmt(
    db,
    "SELECT file, slug, title, level, tasks FROM note_sections WHERE pack_id = ? AND source = 'pack' AND level > 0 ORDER BY file, position",
  ).all(packId) as { file: string; slug: string; title: string; level: number; tasks: string }[];
  const fileTitles = new Map<string, string>();
  for (const r of rows) if (r.level === 1 && !fileTitles.has(r.file)) fileTitles.set(r.file, r.title);
  const names = new Map<string, SectionName>();
  for (const r of rows) {
    const tasks = storedOr(taskList, r.tasks, `The task statements of notes section ${r.file}#${r.slug}`, []);
    names.set(`${r.file}#${r.slug}`, { fileTitle: fileTitles.get(r.file) ?? r.file, sectionTitle: r.title, tasks });
  }
  return names;
}

const taskList = z.array(z.string());

/**
 * A question's notes links, most relevant first: sections that say they teach the question's task statement, then
 * the rest, each group in the author's order. A link to a section that no longer exists keeps its file name.
 */
export function noteLinksFor(q: Pick<Question, 'notes' | 'task'>, names: Map<string, SectionName>): NoteLink[] {
  const links = q.notes.map((link, i) => {
    const name = names.get(link);
    const [file = link, anchor = ''] = link.split('#');
    return {
      order: i,
      teaches: name?.tasks.includes(q.task) ? 0 : 1,
      value: { link, fileTitle: name?.fileTitle ?? file, sectionTitle: name?.sectionTitle ?? anchor },
    };
  });
  return links.sort((a, b) => a.teaches - b.teaches || a.order - b.order).map((l) => l.value);
}
