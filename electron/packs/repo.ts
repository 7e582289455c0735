// The packs feature owns the packs, questions and pack_cases tables (course notes are stored by the notes feature).
// Stored manifests and question bodies are read back through schemas: a damaged one is left out and logged, never
// allowed to break Home or an exam.
import { createHash } from 'node:crypto';
import type { Db } from '../db/open';
import { decodeStored } from '../db/stored-json';
import { replacePackNotes } from '../notes/pack-notes';
import { packManifestSchema } from './schema';
import { storedQuestionSchema } from './stored-question';
import type { LoadedPack } from './load';
import type { PackManifest } from './schema';
import type { Question } from './question';

export type ImportOutcome = 'imported' | 'unchanged';

const hash = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * Imports a validated pack in one transaction when its content hash changed. Question ids are stable, so a new
 * version updates rows in place; questions that left the pack are marked retired, never deleted, so past attempts
 * keep their meaning.
 */
export function importPack(db: Db, pack: LoadedPack, now: number): ImportOutcome {
  const m = pack.manifest;
  const existing = db.prepare('SELECT content_hash FROM packs WHERE id = ?').pluck().get(m.id) as string | undefined;
  if (existing === pack.contentHash && getManifest(db, m.id)) return 'unchanged';
  db.transaction(() => {
    db.prepare(
      `INSERT INTO packs (id, title, code, version, manifest, content_hash, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET title = excluded.title, code = excluded.code, version = excluded.version,
         manifest = excluded.manifest, content_hash = excluded.content_hash, imported_at = excluded.imported_at`,
    ).run(m.id, m.title, m.code, m.version, JSON.stringify(m), pack.contentHash, now);

    db.prepare('UPDATE questions SET retired = 1 WHERE pack_id = ?').run(m.id);
    const upsert = db.prepare(
      `INSERT INTO questions (pack_id, id, domain, task, type, difficulty, case_id, body, content_hash, retired)
       VALUES (@pack, @id, @domain, @task, @type, @difficulty, @caseId, @body, @hash, 0)
       ON CONFLICT (pack_id, id) DO UPDATE SET domain = excluded.domain, task = excluded.task, type = excluded.type,
         difficulty = excluded.difficulty, case_id = excluded.case_id, body = excluded.body,
         content_hash = excluded.content_hash, retired = 0`,
    );
    for (const q of pack.questions) {
      const body = JSON.stringify(q);
      upsert.run({ pack: m.id, id: q.id, domain: q.domain, task: q.task, type: q.type, difficulty: q.difficulty, caseId: q.caseId, body, hash: hash(body) });
    }

    db.prepare('DELETE FROM pack_cases WHERE pack_id = ?').run(m.id);
    const addCase = db.prepare('INSERT INTO pack_cases (pack_id, id, scenario) VALUES (?, ?, ?)');
    for (const [id, scenario] of pack.cases) addCase.run(m.id, id, scenario);

    replacePackNotes(db, m.id, pack.notes);
  }).immediate();
  return 'imported';
}

export interface PackRow {
  id: string;
  manifest: PackManifest;
  questionCount: number;
}

export function listPacks(db: Db): PackRow[] {
  const rows = db
    .prepare(
      `SELECT p.id, p.manifest, (SELECT count(*) FROM questions q WHERE q.pack_id = p.id AND q.retired = 0) AS n
       FROM packs p ORDER BY p.title`,
    )
    .all() as { id: string; manifest: string; n: number }[];
  return rows.flatMap((r) => {
    const manifest = decodeManifest(r.id, r.manifest);
    return manifest ? [{ id: r.id, manifest, questionCount: r.n }] : [];
  });
}

function decodeManifest(packId: string, text: string | undefined): PackManifest | undefined {
  if (text === undefined) return undefined;
  const d = decodeStored(packManifestSchema, text, `The stored settings of course pack "${packId}"`);
  return d.ok ? d.value : undefined;
}

export function getManifest(db: Db, packId: string): PackManifest | undefined {
  return decodeManifest(packId, db.prepare('SELECT manifest FROM packs WHERE id = ?').pluck().get(packId) as string | undefined);
}

/** Content hashes of the packs stored whole; a pack whose stored settings are damaged is imported again. */
export function importedHashes(db: Db): Set<string> {
  const rows = db.prepare('SELECT id, manifest, content_hash AS hash FROM packs').all() as { id: string; manifest: string; hash: string }[];
  return new Set(rows.filter((r) => decodeManifest(r.id, r.manifest)).map((r) => r.hash));
}

export interface CandidateRow {
  id: string;
  domain: string;
  task: string;
  caseId: string | null;
}

/** The light rows exam assembly samples from; bodies are fetched only for the chosen few. */
export function activeCandidates(db: Db, packId: string): CandidateRow[] {
  return db
    .prepare('SELECT id, domain, task, case_id AS caseId FROM questions WHERE pack_id = ? AND retired = 0')
    .all(packId) as CandidateRow[];
}

export function questionsByIds(db: Db, packId: string, ids: string[]): Map<string, Question> {
  const out = new Map<string, Question>();
  if (ids.length === 0) return out;
  const rows = db
    .prepare(`SELECT id, body FROM questions WHERE pack_id = ? AND id IN (SELECT value FROM json_each(?))`)
    .all(packId, JSON.stringify(ids)) as { id: string; body: string }[];
  for (const r of rows) {
    const d = decodeStored(storedQuestionSchema, r.body, `The stored copy of question "${r.id}"`);
    if (d.ok) out.set(r.id, d.value);
  }
  return out;
}

export function caseScenarios(db: Db, packId: string, ids: string[]): Map<string, string> {
  const rows = db
    .prepare(`SELECT id, scenario FROM pack_cases WHERE pack_id = ? AND id IN (SELECT value FROM json_each(?))`)
    .all(packId, JSON.stringify(ids)) as { id: string; scenario: string }[];
  return new Map(rows.map((r) => [r.id, r.scenario]));
}
