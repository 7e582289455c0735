// The automatic links kept in the database (migration 7): question id → learner section slug, and each learner
// section's `teaches` list, with a record of what they were computed from. Links are fresh only while that record
// matches the learner notes' import, the pack's content hash and LINKER_VERSION; stale ones are never read.
// The notes feature owns these tables.
import { z } from 'zod';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { storedOr } from '../db/stored-json';
import type { PrecomputedLinks } from './link-all';
import { LINKER_VERSION } from './linker-version';

/** What a set of links was computed from; equal sources mean equal links. */
export interface LinkSource {
  notesImportedAt: number;
  packHash: string;
  linkerVersion: number;
}

export function packHash(db: Db, packId: string): string {
  return (stmt(db, 'SELECT content_hash FROM packs WHERE id = ?').pluck().get(packId) as string | undefined) ?? '';
}

/** The source links for these notes would have now. */
export function currentSource(db: Db, packId: string, notesImportedAt: number): LinkSource {
  return { notesImportedAt, packHash: packHash(db, packId), linkerVersion: LINKER_VERSION };
}

export const sameSource = (a: LinkSource, b: LinkSource) =>
  a.notesImportedAt === b.notesImportedAt && a.packHash === b.packHash && a.linkerVersion === b.linkerVersion;

export function storedSource(db: Db, packId: string): LinkSource | null {
  const row = stmt(db, 'SELECT notes_imported_at, pack_hash, linker_version FROM note_link_sources WHERE pack_id = ?').get(packId) as
    | { notes_imported_at: number; pack_hash: string; linker_version: number }
    | undefined;
  return row ? { notesImportedAt: row.notes_imported_at, packHash: row.pack_hash, linkerVersion: row.linker_version } : null;
}

/** Replaces the pack's links. The caller runs it in a transaction (the notes import's, or the refresh's). */
export function storeLinks(db: Db, packId: string, source: LinkSource, links: PrecomputedLinks, now: number): void {
  clearLinks(db, packId);
  stmt(db, 'INSERT INTO note_link_sources (pack_id, notes_imported_at, pack_hash, linker_version, linked_at) VALUES (?, ?, ?, ?, ?)').run(
    packId,
    source.notesImportedAt,
    source.packHash,
    source.linkerVersion,
    now,
  );
  const link = stmt(db, 'INSERT INTO note_links (pack_id, question_id, slug) VALUES (?, ?, ?)');
  for (const [questionId, slug] of Object.entries(links.links)) link.run(packId, questionId, slug);
  const teach = stmt(db, 'INSERT INTO note_section_teaches (pack_id, slug, links) VALUES (?, ?, ?)');
  for (const [slug, taught] of Object.entries(links.teaches)) teach.run(packId, slug, JSON.stringify(taught));
}

/** Drops the pack's links and their record (the rows cascade). */
export function clearLinks(db: Db, packId: string): void {
  stmt(db, 'DELETE FROM note_link_sources WHERE pack_id = ?').run(packId);
}

const teachesSchema = z.array(z.string());

/**
 * The stored links when they were computed from `source`, else null. A damaged `teaches` value reads as "teaches
 * nothing": it only feeds the coverage map, and the next change of notes or pack rewrites it.
 */
export function readLinks(db: Db, packId: string, source: LinkSource): { links: Map<string, string>; teaches: Map<string, string[]> } | null {
  const stored = storedSource(db, packId);
  if (!stored || !sameSource(stored, source)) return null;
  const rows = stmt(db, 'SELECT question_id, slug FROM note_links WHERE pack_id = ?').all(packId) as { question_id: string; slug: string }[];
  const taught = stmt(db, 'SELECT slug, links FROM note_section_teaches WHERE pack_id = ?').all(packId) as { slug: string; links: string }[];
  const links = new Map(rows.map((r) => [r.question_id, r.slug]));
  const teaches = new Map(taught.map((t) => [t.slug, storedOr(teachesSchema, t.links, `What your section "${t.slug}" teaches`, [])]));
  return { links, teaches };
}
