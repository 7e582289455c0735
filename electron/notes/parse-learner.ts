// The slow, pure half of importing a learner's notes file: repair the encoding, split it into sections, refuse what
// Proctor cannot use. It runs in a worker thread (parse-worker.ts), so a large or hostile file never delays an
// answer being saved; everything here is linear in the file's length.
import { repairMojibake } from './mojibake';
import { splitSections, storedSections, type StoredSection } from './sections';

/** More headings than any notes file a person writes; past it the file is refused rather than half-used. */
export const MAX_LEARNER_SECTIONS = 2_000;

export interface ParsedLearnerNotes {
  sections: StoredSection[];
  /** Headed sections (the preamble before the first heading is not one). */
  sectionCount: number;
  repairedCharacters: number;
}

/** Parsed notes, or the reason the file cannot be used, in words for the learner. */
export type ParseOutcome = { ok: true; notes: ParsedLearnerNotes } | { ok: false; problem: string };

export function parseLearnerNotes(fileName: string, raw: string): ParseOutcome {
  if (raw.includes('\u0000')) {
    return { ok: false, problem: `"${fileName}" looks like a binary file, not Markdown text. Choose the .md file you write your notes in.` };
  }
  if (raw.trim() === '') return { ok: false, problem: `"${fileName}" is empty.` };
  const { text, repaired } = repairMojibake(raw.replace(/^\uFEFF/, ''));
  const headed = splitSections(text, MAX_LEARNER_SECTIONS);
  if (headed.length === 0) {
    return {
      ok: false,
      problem: `"${fileName}" has no Markdown headings (# Title). Proctor links questions to headed sections, so it needs at least one.`,
    };
  }
  if (headed.length > MAX_LEARNER_SECTIONS) {
    return {
      ok: false,
      problem: `"${fileName}" has more than ${MAX_LEARNER_SECTIONS.toLocaleString('en-US')} headings, the most Proctor takes in one notes file. Split the file, or import the part you study from.`,
    };
  }
  return { ok: true, notes: { sections: storedSections(text, headed), sectionCount: headed.length, repairedCharacters: repaired } };
}
