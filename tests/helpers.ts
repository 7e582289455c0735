// Test helpers: real backends on real SQLite files in temp folders, with a clock the test moves.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createBackend, type Backend } from '../electron/backend';
import { seededRng } from '../electron/exam/random';
import type { Question, Response } from '../electron/api/types';

export const ROOT = resolve(__dirname, '..');
export const FIXTURE_PACKS = join(ROOT, 'tests/fixtures/packs');
export const MINI_PACK = join(FIXTURE_PACKS, 'mini');

export const tempDir = (prefix = 'proctor-test-') => mkdtempSync(join(tmpdir(), prefix));

/** A copy of a fixture pack folder the test may edit. */
export function copyPack(src = MINI_PACK): { packsDir: string; packDir: string } {
  const packsDir = tempDir('proctor-packs-');
  const packDir = join(packsDir, 'mini');
  cpSync(src, packDir, { recursive: true });
  return { packsDir, packDir };
}

export class TestClock {
  constructor(public t = Date.UTC(2026, 10, 27, 9, 0, 0)) {}
  now = () => this.t;
  advance(ms: number) {
    this.t += ms;
  }
}

export async function testBackend(opts: { dataDir?: string; packsDir?: string; clock?: TestClock; seed?: number } = {}) {
  const clock = opts.clock ?? new TestClock();
  const dataDir = opts.dataDir ?? tempDir();
  let seed = opts.seed ?? 42;
  const backend: Backend = await createBackend({
    dataDir,
    packsDir: opts.packsDir ?? FIXTURE_PACKS,
    now: clock.now,
    newRng: () => seededRng(seed++),
    version: 'test',
    log: { info: () => {}, error: () => {} },
  });
  return { backend, clock, dataDir };
}

/** Calls dispatch and returns the value, failing the test with the API error otherwise. */
export async function call<T = unknown>(backend: Backend, method: string, input: unknown): Promise<T> {
  const r = await backend.dispatch(method, input);
  if (!r.ok) throw new Error(`${method} failed: ${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

/** The right (or, with `right` false, a well-formed wrong) response to a stored question. */
export function responseFor(backend: Backend, packId: string, questionId: string, right = true): Response {
  const body = backend.db.prepare('SELECT body FROM questions WHERE pack_id = ? AND id = ?').pluck().get(packId, questionId) as string;
  const q = JSON.parse(body) as Question;
  switch (q.type) {
    case 'single': {
      const pick = q.options.find((o) => o.correct === right)!;
      return { kind: 'single', choice: pick.id };
    }
    case 'multiple': {
      const n = q.options.filter((o) => o.correct).length;
      const good = q.options.filter((o) => o.correct).map((o) => o.id);
      const bad = q.options.filter((o) => !o.correct).map((o) => o.id);
      return { kind: 'multiple', choices: right ? good : [...bad, ...good].slice(0, n) };
    }
    case 'ordering': {
      const ids = q.items.map((i) => i.id);
      return { kind: 'ordering', order: right ? ids : [...ids].reverse() };
    }
    case 'matching': {
      const pairs = q.prompts.map((p) => [p.id, p.answerId] as const);
      if (!right) {
        const answers = pairs.map(([, a]) => a);
        return { kind: 'matching', pairs: Object.fromEntries(pairs.map(([p], i) => [p, answers[(i + 1) % answers.length]!])) };
      }
      return { kind: 'matching', pairs: Object.fromEntries(pairs) };
    }
  }
}
