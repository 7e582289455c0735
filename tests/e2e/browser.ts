// Shared set-up for browser tests: Debian's Chromium driven by playwright-core, and the real web-mode server
// started as a child process on a temp data folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = resolve(__dirname, '../..');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  dataDir: string;
  child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export const tempDataDir = () => mkdtempSync(join(tmpdir(), 'proctor-e2e-'));

/** Starts `out/main/web.js` (built by `npm run test:e2e`) and waits for its one line with the URL. */
export function startServer(opts: { dataDir?: string; packsDir?: string; port?: number; clockFile?: string; clockAtFile?: string } = {}): Promise<RunningServer> {
  const dataDir = opts.dataDir ?? tempDataDir();
  const args = [join(ROOT, 'out/main/web.js'), '--data-dir', dataDir, '--port', String(opts.port ?? 0)];
  if (opts.packsDir) args.push('--packs-dir', opts.packsDir);
  // Milliseconds the backend's clock runs ahead, read from this file at each reading: a test moves time with it.
  if (opts.clockFile) args.push('--test-clock-file', opts.clockFile);
  // The backend's clock itself, in epoch milliseconds, read from this file at each reading.
  if (opts.clockAtFile) args.push('--clock-file', opts.clockAtFile);
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolveStart, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`web server did not start: ${out}${err}`)), 30_000);
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Proctor running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+))/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      resolveStart({
        url: m[1]!,
        port: Number(m[2]),
        token: m[3]!,
        dataDir,
        child,
        stop: (signal = 'SIGTERM') =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done(child.exitCode);
            child.once('exit', (code) => done(code));
            child.kill(signal);
          }),
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web server exited with ${code}: ${out}${err}`));
    });
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core in the page and returns its moderate, serious and critical findings. The script goes in through the
 * DevTools protocol, which the page's CSP does not govern, so the page under test keeps its real policy.
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations
    .filter((v) => v.impact !== 'minor')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
