// Notes search per keystroke over the course notes and the learner's notes (FTS5), and the one-off cost of linking
// the whole bank to a freshly imported notes file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DrillQuestion } from '../electron/api/types';
import { call, ROOT, testBackend } from '../tests/helpers';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;

export async function notesStudy(): Promise<void> {
  const { backend } = await testBackend({ packsDir: join(ROOT, 'questions') });
  const packId = 'aif-c01';
  const markdown = readFileSync(join(ROOT, 'tests/fixtures/learner-notes/aws-ai-practitioner-study-notes.md'), 'utf8');
  let t0 = performance.now();
  await call(backend, 'notes.importLearner', { packId, fileName: 'study.md', markdown });
  const imported = performance.now() - t0;

  // The import's worker links the whole bank to the notes; a review then only reads the result.
  const q = await call<DrillQuestion>(backend, 'drill.next', { packId, questionIds: ['review-assistant-translation-metric'] });
  const answer = () =>
    call(backend, 'drill.answer', { packId, questionId: q.questionId, response: { kind: 'single', choice: q.item.options![0]!.id }, displayOrder: q.item.options!.map((o) => o.id) });
  t0 = performance.now();
  await answer();
  const first = performance.now() - t0;
  t0 = performance.now();
  await answer();
  const later = performance.now() - t0;
  console.log(`import a 49-section notes file, parsing it and linking the 504-question bank in a worker: ${imported.toFixed(1)} ms; then a drill answer with its review: ${first.toFixed(1)} ms, ${later.toFixed(1)} ms`);

  // Typing, one keystroke at a time, through dispatch: every prefix of each phrase is a query.
  const phrases = ['guardrails', 'bleu translation', 'few-shot prompting', 'provisioned throughput', 'vector database', 'sagemaker clarify bias'];
  const times: number[] = [];
  for (let round = 0; round < 5; round++)
    for (const phrase of phrases)
      for (let i = 1; i <= phrase.length; i++) {
        const t = performance.now();
        await call(backend, 'notes.search', { packId, query: phrase.slice(0, i) });
        times.push(performance.now() - t);
      }
  const sections = backend.db.prepare('SELECT count(*) FROM note_sections WHERE level > 0').pluck().get();
  console.log(
    `notes search per keystroke over ${sections} course and learner sections (FTS5, bm25, snippets): median ${median(times).toFixed(2)} ms, p95 ${p95(times).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms (target < 30 ms)`,
  );
  backend.close();
}
