// Test helpers: real backends on real SQLite files in temp folders, with a clock the test moves.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createBackend, type Backend } from '../electron/backend';
import { seededRng } from '../electron/exam/random';

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
