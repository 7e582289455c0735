// The first read that needs the links to the learner's notes after a restart (a finished exam's review, with the
// reference notes imported): with the links stored by the import, against linking the whole bank on the thread that
// serves the read, as every restart did before the links were stored (made so here by dropping the stored record).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ExamView } from '../electron/api/types';
import { learnerSections, linkInput } from '../electron/notes/links';
import { call, ROOT, tempDir, testBackend } from '../tests/helpers';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const RUNS = 5;

export async function notesLinksAfterRestart(): Promise<void> {
  const dataDir = tempDir('proctor-links-');
  const packsDir = join(ROOT, 'questions');
  const packId = 'aif-c01';
  let attemptId: number;
  {
    const { backend } = await testBackend({ dataDir, packsDir });
    const markdown = readFileSync(join(ROOT, 'tests/fixtures/learner-notes/aws-ai-practitioner-study-notes.md'), 'utf8');
    await call(backend, 'notes.importLearner', { packId, fileName: 'study.md', markdown });
    attemptId = (await call<ExamView>(backend, 'exam.start', { packId })).attemptId;
    await call(backend, 'exam.submit', { attemptId });
    backend.close();
  }

  const firstRead = async (stale: boolean) => {
    const { backend } = await testBackend({ dataDir, packsDir });
    await backend.noteLinksRefreshed;
    if (stale) backend.db.prepare('DELETE FROM note_link_sources').run();
    const t = performance.now();
    await call(backend, 'exam.result', { attemptId });
    const first = performance.now() - t;
    const t2 = performance.now();
    await call(backend, 'exam.result', { attemptId });
    const second = performance.now() - t2;
    backend.close();
    return { first, second };
  };
  const stored: number[] = [];
  const recomputed: number[] = [];
  const later: number[] = [];
  // Alternate, so both sides see the same state of a shared machine. Each recompute run leaves the links unstored;
  // the next start's refresh stores them again (in the worker), before the stored run reads them.
  for (let i = 0; i < RUNS; i++) {
    const s = await firstRead(false);
    stored.push(s.first);
    later.push(s.second);
    recomputed.push((await firstRead(true)).first);
  }

  // The refresh after a pack or linker change: from the start until fresh links are stored, off the main thread.
  const refresh: number[] = [];
  const input: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { backend } = await testBackend({ dataDir, packsDir });
    await backend.noteLinksRefreshed;
    // The part of the refresh on the main thread: reading what the worker links (see refresh-links.ts).
    const t0 = performance.now();
    linkInput(backend.db, packId);
    learnerSections(backend.db, packId);
    input.push(performance.now() - t0);
    backend.db.prepare('UPDATE note_link_sources SET linker_version = 0').run();
    backend.close();
    const t = performance.now();
    const { backend: again } = await testBackend({ dataDir, packsDir });
    await again.noteLinksRefreshed;
    refresh.push(performance.now() - t);
    again.close();
  }
  console.log(
    `first review after a restart, 504 questions linked to the 49-section reference notes: median ${median(stored).toFixed(1)} ms with stored links, ` +
      `${median(recomputed).toFixed(1)} ms linking on the main thread as before (a later review: ${median(later).toFixed(1)} ms; ${RUNS} runs each)`,
  );
  console.log(`  after a pack or linker change: start-up to fresh links stored by the worker: median ${median(refresh).toFixed(0)} ms, of which ${median(input).toFixed(1)} ms on the main thread (reading the input)`);
}
