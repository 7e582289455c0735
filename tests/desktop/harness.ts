// Starts the real desktop main process (electron/app/desktop.ts) under Node against the Electron stand-in, on a
// temp data folder. Each boot gets fresh modules, so each is a new launch of the app.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, vi } from 'vitest';

export const ROOT = resolve(__dirname, '../..');
export const FIXTURE_PACKS = join(ROOT, 'tests/fixtures/packs');
export const BUILT_RENDERER = join(ROOT, 'out/renderer');

type Standin = typeof import('./electron-standin');

export interface Booted {
  electron: Standin;
  standin: Standin['standin'];
  outcome: string;
  dataDir: string;
  /** The app's one window (undefined when start-up failed). */
  win: InstanceType<Standin['BrowserWindow']> | undefined;
  /** process listeners the app added (removed by stop()). */
  stop(): void;
  uncaughtListener(): ((err: unknown) => void) | undefined;
}

export interface BootOptions {
  dataDir?: string;
  packsDir?: string;
  rendererDir?: string;
  platform?: NodeJS.Platform;
  version?: string;
  otherInstanceRunning?: boolean;
  displays?: Standin['standin']['displays'];
  /** Called with the fresh stand-in before the main script runs. */
  before?(electron: Standin): void;
}

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

/** A tiny renderer folder with a secret file beside it, for the app:// handler tests. */
export function fixtureRenderer(): { dir: string; secret: string } {
  const base = tempDir('proctor-renderer-');
  const dir = join(base, 'renderer');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div><script type="module" src="./assets/app.js"></script>');
  writeFileSync(join(dir, 'assets/app.js'), 'console.log("app")');
  writeFileSync(join(dir, 'assets/app.css'), 'body{}');
  const secret = 'SECRET-OUTSIDE-THE-RENDERER';
  writeFileSync(join(base, 'secret.txt'), secret);
  writeFileSync(join(base, 'renderer-secret.txt'), secret);
  return { dir, secret };
}

const waitFor = async (cond: () => boolean, what: string, ms = 20_000) => {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
};
export { waitFor };

export async function boot(opts: BootOptions = {}): Promise<Booted> {
  vi.resetModules();
  const electron = (await import('./electron-standin')) as Standin;
  const { standin } = electron;
  if (opts.version) standin.version = opts.version;
  if (opts.otherInstanceRunning) standin.otherInstanceRunning = true;
  if (opts.displays) standin.displays = opts.displays;
  opts.before?.(electron);
  const dataDir = opts.dataDir ?? tempDir('proctor-desktop-');
  const before = { ex: process.listeners('uncaughtException'), rej: process.listeners('unhandledRejection') };
  const { startDesktop } = await import('../../electron/app/desktop');
  const desktop = startDesktop({
    argv: ['electron', '.', `--data-dir=${dataDir}`],
    env: {},
    platform: opts.platform ?? 'linux',
    rendererDir: opts.rendererDir ?? BUILT_RENDERER,
    preloadPath: join(ROOT, 'out/preload/preload.js'),
    packsDir: opts.packsDir ?? FIXTURE_PACKS,
    logToConsole: false,
  });
  await standin.launch();
  const outcome = await desktop.started;
  const win = electron.BrowserWindow.getAllWindows()[0];
  // The first page load (fetched through the app:// handler) has finished once the window is shown.
  if (win) await waitFor(() => win.isVisible() || win.webContents.loads.length > 0 && win.webContents.html !== '', 'the window');
  const added = {
    ex: process.listeners('uncaughtException').filter((l) => !before.ex.includes(l)),
    rej: process.listeners('unhandledRejection').filter((l) => !before.rej.includes(l)),
  };
  return {
    electron,
    standin,
    outcome,
    dataDir,
    win,
    uncaughtListener: () => added.ex[0] as ((err: unknown) => void) | undefined,
    stop() {
      for (const l of added.ex) process.removeListener('uncaughtException', l);
      for (const l of added.rej) process.removeListener('unhandledRejection', l);
      if (standin.exitCode === undefined) electron.app.quit();
    },
  };
}

/** `boot` for a test file: every app it starts is stopped after each test. Call once at the top of the file. */
export function bootPerTest(): (opts?: BootOptions) => Promise<Booted> {
  let running: Booted[] = [];
  afterEach(() => {
    for (const b of running) b.stop();
    running = [];
  });
  return async (opts) => {
    const b = await boot(opts);
    running.push(b);
    return b;
  };
}
