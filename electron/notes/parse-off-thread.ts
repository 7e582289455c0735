// Runs parseLearnerNotes in a worker thread, so the thread that saves answers stays free however long a file takes.
// A parse that runs past the time limit is stopped and reported; nothing is stored in that case.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { parseLearnerNotes, type ParseOutcome } from './parse-learner';

const TIME_LIMIT_MS = 20_000;

/**
 * The built worker beside the main bundle (this module may sit in out/main/ or in out/main/chunks/), or else the
 * TypeScript source (tests, the bank CLI) loaded through tsx.
 */
function startWorker(workerData: unknown): Worker {
  const built = [join(__dirname, 'notes-worker.js'), join(__dirname, '..', 'notes-worker.js')].find((f) => existsSync(f));
  if (built) return new Worker(built, { workerData });
  const source = join(__dirname, 'parse-worker.ts');
  const boot = `require('tsx/cjs/api').register(); require(${JSON.stringify(source)});`;
  return new Worker(boot, { eval: true, workerData });
}

/**
 * Inside a packaged app the worker script sits in app.asar, which not every Electron version lets a worker thread
 * load. There, and only there, a worker that fails to start falls back to parsing on this thread: slower for a huge
 * file, never wrong (the parse is linear and the file bounded).
 */
const packaged = __dirname.includes('.asar');

export function parseOffThread(fileName: string, raw: string): Promise<ParseOutcome> {
  return parseInWorker(fileName, raw).catch((err: unknown) => {
    if (packaged) return parseLearnerNotes(fileName, raw);
    throw err;
  });
}

function parseInWorker(fileName: string, raw: string): Promise<ParseOutcome> {
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
