// Signal Desktop's pattern: build a real database file at the version before a migration, fill it with rows the
// learner would have, run the migration, and check every row came through.
import { join } from 'node:path';
import { migrations } from '../../../electron/db/migrations';
import { openDatabase, type Db } from '../../../electron/db/open';
import { tempDir } from '../../helpers';

/** A database file at schema `version` (as that Proctor would have written it), and its path. */
export async function databaseAt(version: number): Promise<{ db: Db; path: string }> {
  const path = join(tempDir(), 'proctor.db');
  const db = await openDatabase(path, { migrations: migrations.slice(0, version) });
  return { db, path };
}

/** Reopens with every migration up to `version` (all of them by default, as the current Proctor would). */
export const upgrade = (path: string, version = migrations.length) =>
  openDatabase(path, { now: () => Date.UTC(2026, 10, 29), migrations: migrations.slice(0, version) });

/** A v1+ database's typical rows: a pack, a finished exam with an answer, one in progress. */
export function fillV1(db: Db): void {
  db.exec(`
    INSERT INTO packs VALUES ('p', 'Pack', 'P-01', 1, '{}', 'h', 1);
    INSERT INTO questions (pack_id, id, domain, task, type, difficulty, case_id, body, content_hash)
      VALUES ('p', 'q1', '1', '1.1', 'single', 2, NULL, '{}', 'qh');
    INSERT INTO note_sections VALUES ('p', 'pack', 'n.md', 1, 'intro', 'Intro', 1, '["1.1"]', '# Intro');
    INSERT INTO attempts (id, pack_id, mode, blueprint, started_at, ends_at, time_limit_ms, status, raw_total, raw_correct, scaled_score, passed, submitted_at)
      VALUES (7, 'p', 'exam', '{}', 1, 2, 1, 'submitted', 1, 1, 1000, 1, 2);
    INSERT INTO attempts (id, pack_id, mode, blueprint, started_at, ends_at, time_limit_ms, status, raw_total)
      VALUES (8, 'p', 'exam', '{}', 3, 9e12, 1, 'in_progress', 1);
    INSERT INTO attempt_items (attempt_id, position, question_id, domain, task, snapshot, display_order, response, correct, flagged, time_spent_ms)
      VALUES (7, 0, 'q1', '1', '1.1', '{"question":{}}', '["a"]', '{"kind":"single","choice":"a"}', 1, 1, 4200);
    INSERT INTO attempt_items (attempt_id, position, question_id, domain, task, snapshot, display_order)
      VALUES (8, 0, 'q1', '1', '1.1', '{"question":{}}', '["a"]');
    INSERT INTO settings VALUES ('learner-notes:p', '{"fileName":"n.md"}');`);
}

/** Every row of every table, for before/after comparison. */
export function dump(db: Db, tables: string[]): Record<string, unknown[]> {
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]));
}

export const V1_TABLES = ['packs', 'questions', 'pack_cases', 'note_sections', 'attempts', 'attempt_items', 'settings'];
