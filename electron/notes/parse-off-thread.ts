// Runs parseLearnerNotes in a worker thread, so the thread that saves answers stays free however long a file takes.
// A parse that runs past the time limit is stopped and reported; nothing is stored in that case.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ParseOutcome } from './parse-learner';

const TIME_LIMIT_MS = 20_000;

/** The built worker next to the main bundle, or else the TypeScript source (tests, CLI) loaded through tsx. */
function startWorker(workerData: unknown): Worker {
  const built = join(__dirname, 'notes-worker.js');
  if (existsSync(built)) return new Worker(built, { workerData });
  const source = join(__dirname, 'parse-worker.ts');
  const boot = `require('tsx/cjs/api').register(); require(${JSON.stringify(source)});`;
  return new Worker(boot, { eval: true, workerData });
}

export function parseOffThread(fileName: string, raw: string): Promise<ParseOutcome> {
  return new Promise((resolve, reject) => {
    const worker = startWorker({ fileName, raw });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ ok: false, problem: `"${fileName}" took too long to read (over ${TIME_LIMIT_MS / 1000} s), so it was not imported.` });
    }, TIME_LIMIT_MS);
    worker.once('message', (outcome: ParseOutcome) => {
      clearTimeout(timer);
      resolve(outcome);
      void worker.terminate();
    });
    worker.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) reject(new Error(`the notes reader stopped with exit code ${code}`));
    });
  });
}
