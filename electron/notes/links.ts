// Where each question points in the learner's own notes: the linker's choice (see linker.ts), overridden by the
// learner's own corrections. The notes feature owns note_corrections. The linker's choices are worked out for the
// whole bank at once, in a worker, and stored (stored-links.ts); corrections are read fresh each time, so a
// correction shows in the very next review.
import type { LearnerNoteLink, LearnerNoteState } from '../api/types';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { decodeStored } from '../db/stored-json';
import type { Question } from '../packs/question';
import { storedQuestionSchema } from '../packs/stored-question';
import { learnerNotesInfo } from './learner';
import { linkAll, type LinkInput } from './link-all';
import type { CourseNotesFile, LinkerSection } from './linker';
import { currentSource, readLinks, sameSource, type LinkSource } from './stored-links';

export interface LearnerSectionRow extends LinkerSection {
  position: number;
  /** Headings from the top of the file down to this one, " › "-joined: what a correction remembers. */
  path: string;
}


export const PATH_SEPARATOR = ' › ';

/** Each section's heading path: its ancestors' titles and its own. */
export function withHeadingPaths<T extends { title: string; level: number }>(sections: T[]): (T & { path: string })[] {
  const stack: { title: string; level: number }[] = [];
  return sections.map((s) => {
    while (stack.length && stack[stack.length - 1]!.level >= s.level) stack.pop();
    stack.push(s);
    return { ...s, path: stack.map((a) => a.title).join(PATH_SEPARATOR) };
  });
}

export function learnerSections(db: Db, packId: string): LearnerSectionRow[] {
  const rows = stmt(db, "SELECT position, slug, title, level, body FROM note_sections WHERE pack_id = ? AND source = 'user' AND level > 0 ORDER BY position")
    .all(packId) as Omit<LearnerSectionRow, 'path'>[];
  return withHeadingPaths(rows);
}

export function courseNotes(db: Db, packId: string): CourseNotesFile[] {
  const rows = stmt(db, "SELECT file, slug, title, level, body FROM note_sections WHERE pack_id = ? AND source = 'pack' AND level > 0 ORDER BY file, position")
    .all(packId) as (LinkerSection & { file: string })[];
  const files = new Map<string, LinkerSection[]>();
  for (const r of rows) files.set(r.file, [...(files.get(r.file) ?? []), r]);
  return [...files].map(([file, sections]) => ({ file, sections }));
}

/** The words a question is asked and explained in. */
export function questionText(q: Question): string {
  const parts = [q.stem, q.explanation];
  if (q.type === 'single' || q.type === 'multiple') parts.push(...q.options.map((o) => `${o.text} ${o.why}`));
  if (q.type === 'ordering') parts.push(...q.items.map((i) => i.text));
  if (q.type === 'matching') parts.push(...q.prompts.map((p) => p.text), ...q.answers.map((a) => a.text));
  return parts.join('\n');
}

interface Automatic {
  /** Question id → learner section slug. */
  links: Map<string, string>;
  /** Learner section slug → course-notes links it teaches. */
  teaches: Map<string, string[]>;
}

export function activeQuestions(db: Db, packId: string): Question[] {
  const rows = stmt(db, 'SELECT body FROM questions WHERE pack_id = ? AND retired = 0').pluck().all(packId) as string[];
  return rows.flatMap((b) => {
    const d = decodeStored(storedQuestionSchema, b, 'A question');
    return d.ok ? [d.value] : [];
  });
}

/** Links this process had to compute itself, by pack, with the source they were computed from. */
const computedHere = new WeakMap<Db, Map<string, Automatic & { source: LinkSource }>>();

/**
 * The automatic links. Normally the stored ones: the notes import stores them, and so does the start-up refresh
 * (refresh-links.ts) after a pack or linker change, both linking in a worker. A reader that comes while stored links
 * are stale, before the refresh is done, computes them here once, on this thread, and keeps them in memory for as
 * long as their source holds. That costs one linking at a time the learner is waiting, but the alternative, no
 * automatic links until the worker is done, would show "no section of your notes" for questions the notes teach:
 * a wrong answer, and one a review would keep on screen. Readers never write, so the refresh alone stores.
 */
function automatic(db: Db, packId: string, importedAt: number): Automatic {
  const source = currentSource(db, packId, importedAt);
  const stored = readLinks(db, packId, source);
  if (stored) return stored;
  let byPack = computedHere.get(db);
  if (!byPack) computedHere.set(db, (byPack = new Map()));
  const hit = byPack.get(packId);
  if (hit && sameSource(hit.source, source)) return hit;
  const made = linkAll(linkInput(db, packId), learnerSections(db, packId));
  const computed = { source, links: new Map(Object.entries(made.links)), teaches: new Map(Object.entries(made.teaches)) };
  byPack.set(packId, computed);
  return computed;
}

/** What the import's worker needs to link the bank: the course notes and every question's links and words. */
export function linkInput(db: Db, packId: string): LinkInput {
  return { course: courseNotes(db, packId), questions: activeQuestions(db, packId).map((q) => ({ id: q.id, notes: q.notes, text: questionText(q) })) };
}

interface CorrectionRow {
  question_id: string;
  heading_path: string | null;
  title: string | null;
}

/** A corrected heading found again after a re-import: the same path first, else the same heading anywhere. */
function findHeading(sections: LearnerSectionRow[], c: CorrectionRow): LearnerSectionRow | undefined {
  return sections.find((s) => s.path === c.heading_path) ?? sections.find((s) => s.title === c.title);
}

export interface LearnerLinks {
  file: string;
  sections: LearnerSectionRow[];
  state(questionId: string): LearnerNoteState;
  /** Course-notes links a learner section teaches, by the linker. */
  teaches(slug: string): string[];
}

/** Every question's place in the learner's notes, corrections applied; null when the learner has no notes. */
export function learnerLinks(db: Db, packId: string): LearnerLinks | null {
  const info = learnerNotesInfo(db, packId);
  if (!info) return null;
  const auto = automatic(db, packId, info.importedAt);
  const sections = learnerSections(db, packId);
  const bySlug = new Map(sections.map((s) => [s.slug, s]));
  const corrections = new Map(
    (stmt(db, 'SELECT question_id, heading_path, title FROM note_corrections WHERE pack_id = ?').all(packId) as CorrectionRow[]).map((c) => [
      c.question_id,
      c,
    ]),
  );
  const linkTo = (s: LearnerSectionRow, corrected: boolean): LearnerNoteLink => ({ file: info.file, slug: s.slug, title: s.title, ...(corrected ? { corrected } : {}) });
  return {
    file: info.file,
    sections,
    state(questionId) {
      const c = corrections.get(questionId);
      if (c && c.heading_path === null) return { link: null, correction: 'none' };
      const found = c ? findHeading(sections, c) : undefined;
      // A corrected heading that is gone from the file leaves the row in place (it may come back) and the link to the linker.
      if (found) return { link: linkTo(found, true), correction: 'section' };
      const slug = auto.links.get(questionId);
      const s = slug ? bySlug.get(slug) : undefined;
      return { link: s ? linkTo(s, false) : null, correction: null };
    },
    teaches: (slug) => auto.teaches.get(slug) ?? [],
  };
}

/** For reviews: each question's state in the learner's notes, or null without notes. */
export function learnerNoteStates(db: Db, packId: string): ((q: Question) => LearnerNoteState) | null {
  const links = learnerLinks(db, packId);
  return links ? (q) => links.state(q.id) : null;
}

export function correctLink(db: Db, packId: string, questionId: string, slug: string | null, now: number): void {
  let path: string | null = null;
  let title: string | null = null;
  if (slug !== null) {
    const s = learnerSections(db, packId).find((x) => x.slug === slug);
    if (!s) throw new Error(`no section "${slug}"`);
    path = s.path;
    title = s.title;
  }
  stmt(
    db,
    `INSERT INTO note_corrections (pack_id, question_id, heading_path, title, corrected_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (pack_id, question_id) DO UPDATE SET heading_path = excluded.heading_path, title = excluded.title, corrected_at = excluded.corrected_at`,
  ).run(packId, questionId, path, title, now);
}

/** Takes a correction back: the question returns to the linker's choice. */
export function undoCorrection(db: Db, packId: string, questionId: string): boolean {
  return stmt(db, 'DELETE FROM note_corrections WHERE pack_id = ? AND question_id = ?').run(packId, questionId).changes > 0;
}
