// Splits a Markdown notes file into heading sections with GitHub-style anchors, the ones rehype-slug gives the
// rendered page, so a link `file.md#anchor` validated here lands on the same heading in the viewer.
import GithubSlugger from 'github-slugger';

export interface NoteSection {
  slug: string;
  title: string;
  level: number;
  /** Task statements the section claims with a `*Task statements: 1.1, 1.3*` line. */
  tasks: string[];
  /** The section's Markdown, heading line included, up to the next heading of any level. */
  body: string;
  /** 1-based line of the heading. */
  line: number;
}

const fence = /^[ \t]*(```|~~~)/;
const tasksLine = /^\*Task statements?:[ \t]*([\d., \t]+)\*[ \t]*$/m;

/**
 * How much of a heading Proctor reads: enough for any real title. A longer one (a pasted paragraph, a hostile file)
 * is cut here, so no work on it grows with its length.
 */
export const MAX_HEADING_CHARS = 300;

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/**
 * An ATX heading (`## Title ##`) as CommonMark reads it, in one pass over the line: 1–6 `#`, a space or tab, the
 * text, and an optional closing run of `#` that follows a space. A hand-written scan rather than a regular
 * expression, because the obvious pattern backtracks cubically on a heading that ends in a long run of spaces.
 */
export function parseHeading(line: string): { level: number; text: string } | null {
  let level = 0;
  while (level < line.length && line[level] === '#' && level <= 6) level++;
  if (level === 0 || level > 6 || !isBlank(line[level])) return null;
  let end = line.length;
  while (end > level && isBlank(line[end - 1])) end--;
  let close = end;
  while (close > level && line[close - 1] === '#') close--;
  if (close < end && (close === level || isBlank(line[close - 1]))) {
    end = close;
    while (end > level && isBlank(line[end - 1])) end--;
  }
  let start = level;
  while (start < end && isBlank(line[start])) start++;
  if (start >= end) return null;
  return { level, text: line.slice(start, Math.min(end, start + MAX_HEADING_CHARS)) };
}

/** Heading text as rendered: inline Markdown markers dropped, so the anchor matches the rendered heading. */
function plainHeading(raw: string): string {
  return raw
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__|\*|_|`)/g, '')
    .trim();
}

/** The file's sections; with `limit`, stops after limit + 1 of them (enough to know a file has too many). */
export function splitSections(markdown: string, limit = Infinity): NoteSection[] {
  const slugger = new GithubSlugger();
  const lines = markdown.split(/\r?\n/);
  const sections: NoteSection[] = [];
  let inFence = false;
  let current: { start: number; title: string; level: number; slug: string } | null = null;
  const flush = (end: number) => {
    if (!current) return;
    const body = lines.slice(current.start, end).join('\n');
    const claimed = tasksLine.exec(body);
    sections.push({
      slug: current.slug,
      title: current.title,
      level: current.level,
      tasks: claimed ? claimed[1]!.split(/[\s,]+/).filter((t) => /^\d+\.\d+$/.test(t)) : [],
      body,
      line: current.start + 1,
    });
  };
  for (let i = 0; i < lines.length && sections.length <= limit; i++) {
    const line = lines[i]!;
    if (fence.test(line)) inFence = !inFence;
    if (inFence) continue;
    const h = line.startsWith('#') ? parseHeading(line) : null;
    if (!h) continue;
    flush(i);
    const title = plainHeading(h.text);
    current = { start: i, title, level: h.level, slug: slugger.slug(title) };
  }
  if (sections.length <= limit) flush(lines.length);
  return sections;
}

/** A notes file as note_sections rows: text before the first heading is row 0, so the file can be rebuilt whole. */
export interface StoredSection {
  position: number;
  slug: string;
  title: string;
  level: number;
  tasks: string[];
  body: string;
}

export function storedSections(markdown: string, sections: NoteSection[] = splitSections(markdown)): StoredSection[] {
  const firstLine = sections[0]?.line ?? Infinity;
  const preamble = markdown.split(/\r?\n/).slice(0, Math.max(0, firstLine - 1)).join('\n');
  const rows: StoredSection[] = preamble.trim() ? [{ position: 0, slug: '', title: '', level: 0, tasks: [], body: preamble }] : [];
  sections.forEach((s, i) => rows.push({ position: i + 1, slug: s.slug, title: s.title, level: s.level, tasks: s.tasks, body: s.body }));
  return rows;
}
