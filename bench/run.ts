// `npm run bench`: prints the figures the issues set targets for. Never run as a timed test.
import Database from 'better-sqlite3';
import { statSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ExamView } from '../electron/api/types';
import { assembleExam, type Candidate } from '../electron/exam/assemble';
import { domainCounts } from '../electron/exam/blueprint';
import { seededRng } from '../electron/exam/random';
import { decodeSnapshot } from '../electron/exam/stored';
import { notesPathological } from './notes';
import { notesLinksAfterRestart } from './notes-links';
import { notesStudy } from './notes-study';
import { launchBrowser, startServer } from '../tests/e2e/browser';
import { call, responseFor, ROOT, tempDir, testBackend } from '../tests/helpers';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${ms.toFixed(3)} ms`;

async function answerSave() {
  const N = 1000;
  const { backend, dataDir } = await testBackend({ packsDir: join(ROOT, 'questions') });
  const exam = await call<ExamView>(backend, 'exam.start', { packId: 'aif-c01' });
  const single = exam.items.filter((i) => i.type === 'single');

  // The bare insert lives on the same disk and runs interleaved with the saves, so both see the same fsync
  // weather; measured one after the other, disk noise alone moves the ratio by ±0.3.
  const bare = new Database(join(dataDir, 'bare.db'));
  bare.pragma('journal_mode = WAL');
  bare.pragma('synchronous = FULL');
  bare.pragma('foreign_keys = ON');
  bare.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, response TEXT) STRICT');
  const insert = bare.prepare('INSERT INTO t (response) VALUES (?)');

  const viaDispatch: number[] = [];
  const bareTimes: number[] = [];
  const save = async (i: number) => {
    const item = single[i % single.length]!;
    const t0 = performance.now();
    const r = await backend.dispatch('exam.saveAnswer', { attemptId: exam.attemptId, position: item.position, response: { kind: 'single', choice: item.options![i % 4]!.id } });
    viaDispatch.push(performance.now() - t0);
    if (!r.ok) throw new Error(r.error.message);
  };
  const insertBare = () => {
    const t0 = performance.now();
    insert.run(JSON.stringify({ kind: 'single', choice: 'a' }));
    bareTimes.push(performance.now() - t0);
  };
  for (let i = 0; i < N; i++) {
    if (i % 2) {
      await save(i);
      insertBare();
    } else {
      insertBare();
      await save(i);
    }
  }
  // What the snapshot cache saves on each answer: reading and decoding the question's stored snapshot again.
  const item = single[0]!;
  const text = backend.db.prepare('SELECT snapshot FROM attempt_items WHERE attempt_id = ? AND position = ?').pluck();
  const decodeTimes: number[] = [];
  for (let i = 0; i < N; i++) {
    const t0 = performance.now();
    decodeSnapshot(text.get(exam.attemptId, item.position) as string, item.position);
    decodeTimes.push(performance.now() - t0);
  }
  backend.close();
  bare.close();
  console.log(`snapshot read + zod decode (part of every answer save; a cache of it was dropped as not worth its code): median ${fmt(median(decodeTimes))}`);
  const ratio = median(viaDispatch) / median(bareTimes);
  console.log(`answer save through dispatch (committed, synchronous=FULL): median ${fmt(median(viaDispatch))}`);
  console.log(`bare better-sqlite3 insert, same pragmas, interleaved:     median ${fmt(median(bareTimes))}`);
  console.log(`ratio: ${ratio.toFixed(2)}x (target ≤ 1.5x)`);
}

function assembly() {
  const domains = [
    { id: '1', weight: 20 },
    { id: '2', weight: 24 },
    { id: '3', weight: 28 },
    { id: '4', weight: 14 },
    { id: '5', weight: 14 },
  ];
  const candidates: Candidate[] = Array.from({ length: 10_000 }, (_, i) => {
    const d = domains[i % 5]!.id;
    return { id: `q${i}`, domain: d, task: `${d}.${(i % 3) + 1}`, caseId: i % 97 === 0 ? `case${i % 500}` : null };
  });
  const seen = new Map(candidates.slice(0, 3000).map((c) => [c.id, 1]));
  const counts = domainCounts(domains, 65);
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    assembleExam({ candidates, counts, seen, rng: seededRng(i) });
    times.push(performance.now() - t0);
  }
  console.log(`assemble a 65-question exam from 10,000 questions: median ${fmt(median(times))}, max ${fmt(Math.max(...times))} (target < 20 ms)`);
}

async function assemblyThroughDb() {
  // The same through exam.start: sampling rows, reading bodies, writing the attempt.
  const { generateBank } = await import('./generate');
  const packsDir = generateBank(10_000);
  const { backend } = await testBackend({ packsDir });
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    const exam = await call<ExamView>(backend, 'exam.start', { packId: 'bench' });
    times.push(performance.now() - t0);
    await call(backend, 'exam.submit', { attemptId: exam.attemptId });
  }
  backend.close();
  console.log(`exam.start on a 10,000-question pack (SQLite, incl. writing 65 snapshots): median ${fmt(median(times))}`);
}

function bundle() {
  const dir = join(ROOT, 'out/renderer/assets');
  let raw = 0;
  let gz = 0;
  let initial = 0;
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const buf = readFileSync(join(dir, f));
    raw += statSync(join(dir, f)).size;
    const g = gzipSync(buf).length;
    gz += g;
    if (f.startsWith('index-')) initial = g;
    console.log(`  ${f}: ${(buf.length / 1024).toFixed(1)} KB, ${(g / 1024).toFixed(1)} KB gzipped`);
  }
  console.log(`renderer JavaScript: ${(raw / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped in all; ${(initial / 1024).toFixed(1)} KB gzipped before the notes viewer loads (target < 250 KB gzipped)`);
}

async function coldStart() {
  const browser = await launchBrowser();
  const dataDir = tempDir('proctor-cold-');
  const runs: { total: number; server: number }[] = [];
  // Run 0 is a first start (creates the database, imports the pack); runs 1–5 are a learner's everyday start.
  // The browser is already running with a blank tab, as a learner's is: the clock measures Proctor, from
  // spawning the server process to the Home screen's "Start mock exam" button in the page.
  for (let i = 0; i < 6; i++) {
    const page = await browser.newPage();
    const t0 = performance.now();
    const server = await startServer({ dataDir });
    const ready = performance.now() - t0;
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Start mock exam' }).waitFor();
    runs.push({ total: performance.now() - t0, server: ready });
    await page.close();
    await server.stop();
  }
  await browser.close();
  const everyday = runs.slice(1);
  console.log(`first start of web mode (new database, pack import) to an interactive Home in Chromium: ${fmt(runs[0]!.total)}`);
  console.log(
    `cold start of web mode (process start to an interactive Home) in Chromium: median ${fmt(median(everyday.map((r) => r.total)))} ` +
      `(server ready after ${fmt(median(everyday.map((r) => r.server)))}; target < 1000 ms)`,
  );
}

/**
 * Moving from one question to the next in Chromium: the page's script time (Chrome's ScriptDuration metric, which
 * takes in the key handler, React's render and commit, and the save call) per move through a 65-question exam.
 */
async function questionMove() {
  const browser = await launchBrowser();
  const server = await startServer({ dataDir: tempDir('proctor-move-') });
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Start mock exam' }).click();
  await page.getByRole('timer').waitFor();
  // Start from a settled page, as a learner reading the first question sees it: the exam screen has loaded what it
  // preloads and run its idle-time warm-up.
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((r) => requestIdleCallback(() => requestIdleCallback(r))));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const scriptSeconds = async () =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) as number;
  const times: number[] = [];
  const byType = new Map<string, number[]>();
  const reach: number[] = [];
  for (let i = 1; i < 65; i++) {
    const before = await scriptSeconds();
    await page.keyboard.press('n');
    await page.waitForFunction((n) => document.querySelector('.exam-progress')?.textContent?.startsWith(`Question ${n} of`), i + 1);
    // Two frames: the commit has painted.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const ms = ((await scriptSeconds()) - before) * 1000;
    times.push(ms);
    const type = await page.evaluate(() =>
      document.querySelector('.exam-main .ordering') ? 'ordering' : document.querySelector('.exam-main .matching') ? 'matching' : 'choice',
    );
    byType.set(type, [...(byType.get(type) ?? []), ms]);
    if (type === 'ordering') {
      // Drag and drop mounts when the pointer reaches the list, not with the move: measure that too, then leave.
      const box = (await page.locator('.exam-main .order-list').boundingBox())!;
      const t0 = await scriptSeconds();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.locator('.exam-main .drag-handle[aria-describedby]').first().waitFor();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      reach.push(((await scriptSeconds()) - t0) * 1000);
      await page.mouse.move(0, 0);
    }
  }
  await browser.close();
  await server.stop();
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `next question in Chromium (script time per move, 64 moves): median ${fmt(median(times))}, 95th percentile ${fmt(sorted[Math.floor(sorted.length * 0.95)]!)}, max ${fmt(sorted[sorted.length - 1]!)} (target < 16 ms)`,
  );
  console.log(`  by question type (moves landing on it): ${[...byType].map(([t, xs]) => `${t} median ${fmt(median(xs))}, max ${fmt(Math.max(...xs))} (${xs.length})`).join('; ')}`);
  if (reach.length) console.log(`  ordering: drag and drop mounting as the pointer reaches the list (not part of a move): median ${fmt(median(reach))}, max ${fmt(Math.max(...reach))}`);
}

/** Home, the next drill and review question, and the forecast, with 1,000 finished exams and 50,000 answers. */
async function studyLoop() {
  const { writeHistory } = await import('./study-history');
  const dataDir = tempDir('proctor-history-');
  const { backend, clock } = await testBackend({ dataDir, packsDir: join(ROOT, 'questions') });
  const t0 = performance.now();
  writeHistory(backend.db, 'aif-c01', 1000, 50_000, clock.now());
  console.log(`study loop: wrote 1,000 finished mock exams (65,000 items) and 50,000 drill/review answers, replayed into stats and cards in ${(performance.now() - t0).toFixed(0)} ms`);
  const cases: [string, string, unknown][] = [
    ['app.home', 'app.home', {}],
    ['drill.next (whole course)', 'drill.next', { packId: 'aif-c01' }],
    ['review.next', 'review.next', { packId: 'aif-c01' }],
    ['study.forecast', 'study.forecast', { packId: 'aif-c01' }],
    ['study.today (plan + forecast)', 'study.today', { packId: 'aif-c01' }],
  ];
  for (const [label, method, input] of cases) {
    await call(backend, method, input); // warm the statement cache, as a running app has
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t = performance.now();
      const c = process.cpuUsage();
      await call(backend, method, input);
      const used = process.cpuUsage(c);
      times.push(performance.now() - t);
      cpu.push((used.user + used.system) / 1000);
    }
    // CPU time too: on a shared machine the wall clock also counts other programs' turns.
    console.log(`  ${label} with that history: median ${fmt(median(times))} (CPU ${fmt(median(cpu))}), max ${fmt(Math.max(...times))} (target < 20 ms)`);
  }
  {
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const next = await call<{ question: { questionId: string; item: unknown } | null }>(backend, 'review.next', { packId: 'aif-c01', recent: [] });
      if (!next.question) break;
      const response = responseFor(backend, 'aif-c01', next.question.questionId);
      const t = performance.now();
      await call(backend, 'review.answer', { packId: 'aif-c01', questionId: next.question.questionId, response, displayOrder: [] });
      times.push(performance.now() - t);
    }
    console.log(`  review.answer (committed, synchronous=FULL) with that history: median ${fmt(median(times))}`);
  }
  backend.close();

  // Home in Chromium on that database: process start to an interactive Home.
  const browser = await launchBrowser();
  const runs: number[] = [];
  for (let i = 0; i < 4; i++) {
    const page = await browser.newPage();
    const t = performance.now();
    const server = await startServer({ dataDir });
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Start mock exam' }).waitFor();
    runs.push(performance.now() - t);
    await page.close();
    await server.stop();
  }
  await browser.close();
  console.log(`  cold start to an interactive Home in Chromium with that history: median ${fmt(median(runs.slice(1)))} (first ${fmt(runs[0]!)}; target < 1000 ms)`);
}

async function main() {
  console.log('Proctor benchmarks');
  // `npm run bench -- notes-links`: the stored links' figures only.
  if (process.argv.includes('notes-links')) return notesLinksAfterRestart();
  // `npm run bench -- move [runs]`: the next-question figures only, run that many times (each in a fresh browser).
  const moveAt = process.argv.indexOf('move');
  if (moveAt >= 0) {
    const runs = Number(process.argv[moveAt + 1] ?? 1) || 1;
    for (let r = 0; r < runs; r++) await questionMove();
    return;
  }
  await studyLoop();
  // `npm run bench -- study`: the study-loop figures only.
  if (process.argv.includes('study')) return;
  await answerSave();
  assembly();
  await assemblyThroughDb();
  bundle();
  notesPathological();
  await notesStudy();
  await notesLinksAfterRestart();
  await coldStart();
  await questionMove();
}

void main();
