// The whole bank linked to a learner's notes at once: pure, so it runs in the import's worker thread.
import { buildLinker, type CourseNotesFile, type LinkerSection } from './linker';

export interface LinkInput {
  course: CourseNotesFile[];
  questions: { id: string; notes: string[]; text: string }[];
}

export interface PrecomputedLinks {
  /** Question id → learner section slug, for the questions that get a link. */
  links: Record<string, string>;
  /** Learner section slug → the course-notes links it teaches. */
  teaches: Record<string, string[]>;
}

export function linkAll({ course, questions }: LinkInput, sections: LinkerSection[]): PrecomputedLinks {
  const learner = sections.filter((s) => s.level > 0);
  const linker = buildLinker(course, learner);
  const links: Record<string, string> = {};
  for (const q of questions) {
    const l = linker.link(q);
    if (l) links[q.id] = l.slug;
  }
  return { links, teaches: Object.fromEntries(learner.map((s) => [s.slug, linker.teaches(s.slug)])) };
}
