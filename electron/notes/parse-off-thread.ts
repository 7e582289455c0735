// Runs the notes feature's slow work in a worker thread (parse-worker.ts), so the thread that saves answers stays
// free however long a file takes: parsing an imported file (with linking the bank to it), and linking the bank to
// notes already stored. Work that runs past its time limit is stopped and reported; nothing is stored in that case.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { linkAll, type LinkInput, type PrecomputedLinks } from './link-all';
import type { LinkerSection } from './linker';
import { parseLearnerNotes, type ParseOutcome } from './parse-learner';

const TIME_LIMIT_MS = 20_000;
/** Linking a bank of thousands of questions on a slow machine still takes seconds, not a minute. */
const RELINK_TIME_LIMIT_MS = 60_000;

/** What a worker is started with (parse-worker.ts). */
export type WorkerJob = { fileName: string; raw: string; linking?: LinkInput } | { relink: { linking: LinkInput; sections: LinkerSection[] } };

/**
 * The built worker beside the main bundle (this module may sit in out/main/ or in out/main/chunks/), or else the
 * TypeScript source (tests, the bank CLI) loaded through tsx.
 */
function startWorker(workerData: WorkerJob): Worker {
  const built = [join(__dirname, 'notes-worker.js'), join(__dirname, '..', 'notes-worker.js')].find((f) => existsSync(f));
  if (built) return new Worker(built, { workerData });
  const source = join(__dirname, 'parse-worker.ts');
  const boot = `require('tsx/cjs/api').register(); require(${JSON.stringify(source)});`;
  return new Worker(boot, { eval: true, workerData });
}

/**
 * Inside a packaged app the worker script sits in app.asar, which not every Electron version lets a worker thread
 * load. There, and only there, a worker that fails to start falls back to doing the work on this thread: slower,
 * never wrong (the parse is linear and the file bounded; the linking is what a reader would otherwise do).
 */
const packaged = __dirname.includes('.asar');

/** `linking`: the bank to link to the notes in the same worker (see link-all.ts); on the fallback, links come later. */
export function parseOffThread(fileName: string, raw: string, linking?: LinkInput): Promise<ParseOutcome> {
  return inWorker<ParseOutcome>({ fileName, raw, linking }, TIME_LIMIT_MS, () => ({
    ok: false,
    problem: `"${fileName}" took too long to read (over ${TIME_LIMIT_MS / 1000} s), so it was not imported.`,
  })).catch((err: unknown) => {
    if (packaged) return parseLearnerNotes(fileName, raw);
    throw err;
  });
}

/** Links the bank to stored learner sections in the worker. Rejects on a time-out, or when `signal` aborts. */
export function linkOffThread(linking: LinkInput, sections: LinkerSection[], signal?: AbortSignal): Promise<PrecomputedLinks> {
  return inWorker<PrecomputedLinks>(
    { relink: { linking, sections } },
    RELINK_TIME_LIMIT_MS,
    () => {
      throw new Error(`linking the questions to your notes took over ${RELINK_TIME_LIMIT_MS / 1000} s`);
    },
    signal,
  ).catch((err: unknown) => {
    if (packaged && !signal?.aborted) return linkAll(linking, sections);
    throw err;
  });
}

function inWorker<T>(job: WorkerJob, limitMs: number, onTimeout: () => T, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) return reject(new Error('stopped'));
    const worker = startWorker(job);
    const stop = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      stop();
      void worker.terminate();
      reject(new Error('stopped'));
    };
    signal?.addEventListener('abort', abort);
    const timer = setTimeout(() => {
      stop();
      void worker.terminate();
      try {
        resolve(onTimeout());
      } catch (err) {
        reject(err);
      }
    }, limitMs);
    worker.once('message', (outcome: T) => {
      stop();
      resolve(outcome);
      void worker.terminate();
    });
    worker.once('error', (err) => {
      stop();
      reject(err);
    });
    worker.once('exit', (code) => {
      stop();
      if (code !== 0) reject(new Error(`the notes worker stopped with exit code ${code}`));
    });
  });
}
