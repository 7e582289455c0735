// Builds the backend every transport serves: opens the database, imports the bundled course packs, settles exams
// whose time ran out while Proctor was closed, and returns the one dispatch function.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createDispatch, type Dispatch, type Logger } from '../api/dispatch';
import { isWrite } from '../api/contract';
import { handlers } from '../api/handlers';
import { storageApiError } from '../db/errors';
import { openDatabase, type Db } from '../db/open';
import { pauseRunningPractice, settleExpiredAtStart } from '../exam/handlers';
import { freshRng, type Rng } from '../exam/random';
import { PACK_LOADER_VERSION, packContentHash } from '../packs/content-hash';
import { importedHashes, importPack } from '../packs/repo';
import { refreshStaleLinks } from '../notes/refresh-links';
import type { BackendContext } from './context';

export interface BackendOptions {
  /** Folder for proctor.db; null with `dbPath: ':memory:'` in tests. */
  dataDir: string | null;
  dbPath?: string;
  /** Folder holding course packs, one sub-folder each (the repo's questions/). */
  packsDir: string;
  now?: () => number;
  newRng?: () => Rng;
  version?: string;
  log?: Logger & { info(message: string): void };
}

export interface Backend {
  dispatch: Dispatch;
  db: Db;
  ctx: BackendContext;
  /** Settles when the start-up refresh of stale note links is done (see notes/refresh-links.ts); never rejects. */
  noteLinksRefreshed: Promise<void>;
  close(): void;
}

export const DB_FILE = 'proctor.db';

export function packFolders(packsDir: string): string[] {
  if (!existsSync(packsDir)) return [];
  return readdirSync(packsDir)
    .map((name) => join(packsDir, name))
    .filter((p) => statSync(p).isDirectory() && existsSync(join(p, 'pack.yaml')));
}

/** Imports each bundled pack whose content changed; returns the problems of packs that could not be imported. */
export async function importBundledPacks(
  db: Db,
  packsDir: string,
  now: number,
  log?: BackendOptions['log'],
  loaderVersion = PACK_LOADER_VERSION,
): Promise<string[]> {
  const problems: string[] = [];
  const known = importedHashes(db);
  for (const dir of packFolders(packsDir)) {
    // Unchanged since the last import: nothing to parse.
    if (known.has(packContentHash(dir, loaderVersion))) continue;
    // The YAML parser and pack schemas load only when a pack changed, which keeps an everyday start fast.
    const { formatProblem, loadPack } = await import('../packs/load');
    const { pack, errors } = loadPack(dir, loaderVersion);
    if (!pack) {
      problems.push(...errors.map((e) => `${dir}/${formatProblem(e)}`));
      continue;
    }
    const outcome = importPack(db, pack, now);
    if (outcome === 'imported') log?.info(`Imported course pack ${pack.manifest.id} v${pack.manifest.version}`);
  }
  for (const p of problems) log?.error(`Course pack problem: ${p}`);
  return problems;
}

export async function createBackend(opts: BackendOptions): Promise<Backend> {
  const now = opts.now ?? Date.now;
  const dbPath = opts.dbPath ?? join(opts.dataDir ?? '.', DB_FILE);
  const db = await openDatabase(dbPath, { now });
  try {
    const packProblems = await importBundledPacks(db, opts.packsDir, now(), opts.log);
    const ctx: BackendContext = {
      db,
      now,
      newRng: opts.newRng ?? freshRng,
      version: opts.version ?? '0.0.0',
      dataDir: opts.dataDir,
      packProblems,
    };
    // A practice exam left running by a crash stops where the learner was last seen, not now (before settling, so
    // the time Proctor was down does not run it out).
    db.transaction(() => pauseRunningPractice(ctx, 'last-activity')).immediate();
    settleExpiredAtStart(ctx, opts.log);
    const dispatch = createDispatch(handlers, ctx, {
      log: opts.log,
      inTransaction: (fn) => db.transaction(fn).immediate(),
      storageError: (err, method) =>
        storageApiError(err, method === 'exam.saveAnswer' ? 'answer' : isWrite(method) ? 'change' : 'read'),
    });
    // Links to the learner's notes made stale by a pack change above (or a new linker) are computed again in the
    // notes worker, after start-up returns: the first screen does not wait for them.
    const stopRefresh = new AbortController();
    const noteLinksRefreshed = new Promise<void>((resolve) => setImmediate(resolve)).then(() =>
      refreshStaleLinks(db, { now, log: opts.log, signal: stopRefresh.signal }),
    );
    const close = () => {
      stopRefresh.abort();
      // A practice exam's clock stops while Proctor is closed.
      try {
        db.transaction(() => pauseRunningPractice(ctx, 'now')).immediate();
      } catch (err) {
        opts.log?.error('Could not pause a running practice exam at close', err);
      }
      db.close();
    };
    return { dispatch, db, ctx, noteLinksRefreshed, close };
  } catch (err) {
    db.close();
    throw err;
  }
}
