// The start-up refresh of stored links: after a pack changed (bundled packs are re-imported at start-up), after a
// change of LINKER_VERSION, or for notes imported before links were stored, each affected course's links are
// computed again. The input is read here (a quick read), the linking runs in the notes worker, and the result is
// stored in one short transaction, so an answer being saved never waits for the linking.
import type { Db } from '../db/open';
import { learnerNotesInfo } from './learner';
import { learnerSections, linkInput } from './links';
import { linkOffThread } from './parse-off-thread';
import { currentSource, sameSource, storedSource, storeLinks } from './stored-links';

export interface RefreshOptions {
  now: () => number;
  log?: { error(message: string, err?: unknown): void; info?(message: string): void };
  /** Aborted when the backend closes: the worker is stopped and nothing is stored. */
  signal?: AbortSignal;
}

/** Courses with learner notes whose stored links were not computed from what is there now. */
export function packsWithStaleLinks(db: Db): string[] {
  const packs = db.prepare('SELECT id FROM packs ORDER BY id').pluck().all() as string[];
  return packs.filter((packId) => {
    const info = learnerNotesInfo(db, packId);
    if (!info) return false;
    const stored = storedSource(db, packId);
    return !stored || !sameSource(stored, currentSource(db, packId, info.importedAt));
  });
}

/** Recomputes every course's stale links; never rejects (a failure is logged, and readers compute links themselves). */
export async function refreshStaleLinks(db: Db, opts: RefreshOptions): Promise<void> {
  const stopped = () => opts.signal?.aborted === true || !db.open;
  if (stopped()) return;
  let packs: string[];
  try {
    packs = packsWithStaleLinks(db);
  } catch (err) {
    opts.log?.error('Could not check the links to your notes', err);
    return;
  }
  for (const packId of packs) {
    try {
      await refreshPack(db, packId, opts);
    } catch (err) {
      if (stopped()) return;
      opts.log?.error(`Could not link the questions of ${packId} to your notes in the background`, err);
    }
  }
}

async function refreshPack(db: Db, packId: string, opts: RefreshOptions): Promise<void> {
  if (opts.signal?.aborted || !db.open) return;
  const info = learnerNotesInfo(db, packId);
  if (!info) return;
  const source = currentSource(db, packId, info.importedAt);
  const sections = learnerSections(db, packId).map(({ slug, title, level, body }) => ({ slug, title, level, body }));
  const links = await linkOffThread(linkInput(db, packId), sections, opts.signal);
  if (opts.signal?.aborted || !db.open) return;
  const stored = db.transaction(() => {
    // A notes import while the worker ran stored links of its own: these would be for notes no longer there.
    const now = learnerNotesInfo(db, packId);
    if (!now || !sameSource(currentSource(db, packId, now.importedAt), source)) return false;
    storeLinks(db, packId, source, links, opts.now());
    return true;
  }).immediate();
  if (stored) opts.log?.info?.(`Linked the questions of ${packId} to your notes again`);
}
