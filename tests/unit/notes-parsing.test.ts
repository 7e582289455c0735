// Headings are read in one linear pass and bounded in length, so no notes file can stall Proctor. The fixtures
// under tests/fixtures/pathological-notes took seconds to minutes with the old heading pattern (a 6 KB heading
// ending in spaces: 96 s); vitest's own time-out catches a return of that.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLearnerNotes } from '../../electron/notes/parse-learner';
import { MAX_HEADING_CHARS, parseHeading, splitSections } from '../../electron/notes/sections';
import { ROOT } from '../helpers';

const dir = join(ROOT, 'tests/fixtures/pathological-notes');

describe('parseHeading (CommonMark ATX headings)', () => {
  it.each([
    ['# Title', 1, 'Title'],
    ['## Title ##', 2, 'Title'],
    ['### Title #####   ', 3, 'Title'],
    ['## C#', 2, 'C#'],
    ['##\tTabbed', 2, 'Tabbed'],
    ['###### Six', 6, 'Six'],
    ['## Spaces   inside  ', 2, 'Spaces   inside'],
  ])('%j is a level-%i heading "%s"', (line, level, text) => {
    expect(parseHeading(line)).toEqual({ level, text });
  });

  it.each(['#hashtag', '####### seven', '## ', '##', '## ###', 'text # not a heading'])('%j is not a heading', (line) => {
    expect(parseHeading(line)).toBeNull();
  });
});

describe('pathological notes files', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.md'));

  it('has the fixtures the issue names', () => {
    expect(files.sort()).toEqual([
      'heading-angle-brackets.md',
      'heading-brackets.md',
      'heading-image-links.md',
      'heading-trailing-spaces.md',
      'heading-trailing-tabs.md',
    ]);
  });

  it.each(files)('%s splits into its sections with every heading bounded', (file) => {
    const sections = splitSections(readFileSync(join(dir, file), 'utf8'));
    expect(sections[0]!.title).toBe('Notes');
    expect(sections.length).toBeGreaterThanOrEqual(2);
    for (const s of sections) expect(s.title.length).toBeLessThanOrEqual(MAX_HEADING_CHARS);
  });

  it('reads a heading that ends in a long run of spaces by its words', () => {
    const [, second, third] = splitSections(readFileSync(join(dir, 'heading-trailing-spaces.md'), 'utf8'));
    expect(second!.title.startsWith('A heading that ends in spaces')).toBe(true);
    expect(third!.title).toBe('Next');
  });

  it('takes a 2-million-character line and half a million heading lines without a heading limit problem', () => {
    const longLine = `# Notes\n\n${'word '.repeat(400_000)}\n`;
    expect(splitSections(longLine)).toHaveLength(1);
    const many = '# h\n'.repeat(500_000);
    expect(splitSections(many)).toHaveLength(500_000);
    const outcome = parseLearnerNotes('many.md', many);
    expect(outcome).toEqual({
      ok: false,
      problem: '"many.md" has more than 2,000 headings, the most Proctor takes in one notes file. Split the file, or import the part you study from.',
    });
  });

  it('refuses binary and empty files with a message that says which', () => {
    expect(parseLearnerNotes('photo.png', '\u0089PNG\r\n\u001a\n\u0000\u0000')).toMatchObject({ ok: false, problem: expect.stringContaining('binary file') });
    expect(parseLearnerNotes('empty.md', ' \n\n')).toEqual({ ok: false, problem: '"empty.md" is empty.' });
  });
});
