// Pathological notes files through the import's parse (repair + sections, as the worker runs it) and through the
// notes viewer's Markdown rendering (react-markdown with the viewer's plugins, to static HTML). Target: each
// under 200 ms per MB of input. A file the import refuses (too many headings) is never rendered.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { parseLearnerNotes } from '../electron/notes/parse-learner';
import { NotesMarkdown } from '../renderer/src/components/Markdown';

const ROOT = join(__dirname, '..');

function inputs(): [string, string][] {
  const dir = join(ROOT, 'tests/fixtures/pathological-notes');
  const files = readdirSync(dir).map((f): [string, string] => [f, readFileSync(join(dir, f), 'utf8')]);
  return [
    ...files,
    ['one line of 2 million characters', `# Notes\n\n${'word '.repeat(400_000)}\n`],
    ['5,000 headings', Array.from({ length: 5_000 }, (_, i) => `## Heading ${i}\nA line of text.\n`).join('')],
    ['500,000 headings', '# h\n'.repeat(500_000)],
    ['2,000 headings (the most taken)', Array.from({ length: 2_000 }, (_, i) => `## Heading ${i}\n${'Some notes text. '.repeat(30)}\n`).join('')],
  ];
}

const perMb = (ms: number, chars: number) => ms / (Math.max(chars, 1) / 1_000_000);

export function notesPathological(): void {
  console.log('pathological notes (import parse and viewer render; target < 200 ms per MB each):');
  for (const [name, text] of inputs()) {
    const t0 = performance.now();
    const outcome = parseLearnerNotes(name, text);
    const parse = performance.now() - t0;
    let render = 'not rendered (refused on import)';
    if (outcome.ok) {
      const t1 = performance.now();
      renderToString(createElement(NotesMarkdown, { markdown: text }));
      const ms = performance.now() - t1;
      render = `render ${ms.toFixed(0)} ms (${perMb(ms, text.length).toFixed(0)} ms/MB)`;
    }
    const size = `${(text.length / 1_000_000).toFixed(2)} MB`;
    console.log(`  ${name} (${size}): parse ${parse.toFixed(0)} ms (${perMb(parse, text.length).toFixed(0)} ms/MB), ${render}`);
  }
}
