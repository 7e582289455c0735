// Parsed question snapshots of attempt items. A snapshot is written once when the exam is assembled and never
// changes, so its parse can be kept: the answer path then reads only a few small columns and writes one row.
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import type { Decoded } from '../db/stored-json';
import type { Snapshot } from './repo';
import { decodeSnapshot } from './stored';

/** Enough for a whole exam plus a review of another; older entries are dropped first. */
const LIMIT = 256;
const caches = new WeakMap<Db, Map<string, Snapshot>>();

/** The snapshot decoded and checked; only whole ones are kept, so a damaged one is reported on every read. */
export function snapshotAt(db: Db, attemptId: number, position: number): Decoded<Snapshot> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const key = `${attemptId}:${position}`;
  const hit = cache.get(key);
  if (hit) return { ok: true, value: hit };
  const text = stmt(db, 'SELECT snapshot FROM attempt_items WHERE attempt_id = ? AND position = ?')
    .pluck()
    .get(attemptId, position) as string | undefined;
  const decoded = decodeSnapshot(text, position);
  if (!decoded.ok) return decoded;
  if (cache.size >= LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, decoded.value);
  return decoded;
}
