// `npm run web`: the whole app in a browser. Serves the built renderer and the API on 127.0.0.1, prints exactly one
// line with the URL, and closes the database cleanly on SIGINT/SIGTERM.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../backend';
import { defaultDataDir } from '../backend/paths';
import { DatabaseError } from '../db/open';
import { startWebServer } from './server';

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'packs-dir': { type: 'string' },
      // For browser tests only: a file holding milliseconds to add to the clock, so a test can move time forward.
      'test-clock-file': { type: 'string' },
      // For browser tests only: a file holding the clock itself, in epoch milliseconds.
      'clock-file': { type: 'string' },
    },
    allowPositionals: false,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0–65535, got "${values.port}"`);
  const root = resolve(__dirname, '../..');
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  const clockFile = values['test-clock-file'];
  // Test-only: the backend's clock read from a file holding epoch ms, so a browser test can move time (reviews due
  // tomorrow) without waiting for it. Never set by the app.
  const absoluteClockFile = values['clock-file'];
  const now = absoluteClockFile ? () => Number(readFileSync(absoluteClockFile, 'utf8').trim()) : undefined;
  const backend = await createBackend({
    ...(now ? { now } : {}),
    dataDir,
    ...(clockFile ? { now: () => Date.now() + (Number(readFileSync(clockFile, 'utf8')) || 0) } : {}),
    packsDir: resolve(values['packs-dir'] ?? join(root, 'questions')),
    version: process.env.npm_package_version ?? '0.1.0',
    log: { info: () => {}, error: (m, e) => console.error(m, e ?? '') },
  });
  const web = await startWebServer({ dispatch: backend.dispatch, staticDir: join(root, 'out', 'renderer'), port });
  console.log(`Proctor running at ${web.url}`);
  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    web.close().finally(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  console.error(err instanceof DatabaseError ? err.message : `Proctor could not start: ${(err as Error).message}`);
  process.exit(1);
});
