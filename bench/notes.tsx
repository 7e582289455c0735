// Pathological notes files through the import's parse (repair + sections, as the worker runs it) and through the
// notes viewer's first render (NoteSections to static HTML: every heading, and the text of the sections shown
// first; the rest renders as the learner scrolls). Target: each under 200 ms per MB of input. A file the import
// refuses (too many headings) is never rendered.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { parseLearnerNotes } from '../electron/notes/parse-learner';
import { NoteSections } from '../renderer/src/components/NoteSections';

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

/** A browser has IntersectionObserver, so sections off screen wait; Node does not, so the bench supplies a quiet one. */
function asInABrowser(): void {
  const g = globalThis as { IntersectionObserver?: unknown };
  g.IntersectionObserver ??= class {
    observe() {}
    disconnect() {}
  };
}

export function notesPathological(): void {
  asInABrowser();
  console.log('pathological notes (import parse and first render of the viewer; target < 200 ms per MB, or 200 ms for a smaller file):');
  // Each input five times; the median is reported, so one run's JIT warm-up or a busy moment does not decide it.
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const [name, text] of inputs()) {
    const parses: number[] = [];
    const renders: number[] = [];
    let outcome = parseLearnerNotes(name, text);
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      outcome = parseLearnerNotes(name, text);
      parses.push(performance.now() - t0);
      if (!outcome.ok) continue;
      const sections = outcome.notes.sections.map((r) => ({ slug: r.slug, title: r.title, level: r.level, markdown: r.body }));
      const t1 = performance.now();
      renderToString(createElement(NoteSections, { sections, anchor: sections.at(-1)!.slug, onNoteLink: () => {} }));
      renders.push(performance.now() - t1);
    }
    const parse = median(parses);
    let render = 'not rendered (refused on import)';
    if (renders.length) {
      const ms = median(renders);
      render = `render ${ms.toFixed(0)} ms (${perMb(ms, text.length).toFixed(0)} ms/MB)`;
    }
    const size = `${(text.length / 1_000_000).toFixed(2)} MB`;
    console.log(`  ${name} (${size}): parse ${parse.toFixed(0)} ms (${perMb(parse, text.length).toFixed(0)} ms/MB), ${render}`);
  }
}
