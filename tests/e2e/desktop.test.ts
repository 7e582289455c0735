// The desktop path end to end: the real main process (electron/app/ under Node against the Electron stand-in)
// and the built renderer in Chromium, joined the way Electron joins them. The page is served by the app://
// handler (through a loopback relay, with its headers, CSP included); the built preload script runs in the page
// before any other script, its `require('electron')` answered by a shim whose ipcRenderer.invoke goes to the
// main process's real ipcMain handler, with the calling frame as senderFrame. A whole mock exam runs over that
// bridge, the page crashes halfway and is reloaded by the main process, and the exam resumes.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Frame as PwFrame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../electron/app/security-settings';
import { boot, type Booted } from '../desktop/harness';
import type { Frame } from '../desktop/electron-standin';
import { accessibilityProblems, launchBrowser, ROOT } from './browser';
import { answerCurrent } from './answer';


let browser: Browser;
let desktop: Booted;
let relay: Server;
let origin: string;
const ipcCalls: string[] = [];
const httpApiCalls: string[] = [];

/** Chromium cannot open app:// URLs; this relay hands each request to the main process's app:// handler. */
function startRelay(d: Booted): Promise<string> {
  relay = createServer((req, res) => {
    void (async () => {
      const response = await d.standin.fetch(`${APP_ORIGIN}${req.url ?? '/'}`, { method: req.method ?? 'GET' });
      const headers: Record<string, string> = {};
      response.headers.forEach((v, k) => (headers[k] = v));
      res.writeHead(response.status, headers);
      res.end(Buffer.from(await response.arrayBuffer()));
    })().catch((err: unknown) => {
      res.writeHead(500);
      res.end(String(err));
    });
  });
  return new Promise((r) => relay.listen(0, '127.0.0.1', () => r(`http://127.0.0.1:${(relay.address() as AddressInfo).port}`)));
}

/** The frame as Electron's senderFrame would show it: the relay's origin mapped back to app://proctor. */
function senderFrame(frame: PwFrame): Frame {
  const toApp = (url: string) => (url.startsWith(origin) ? `${APP_ORIGIN}${url.slice(origin.length)}` : url);
  const make = (f: PwFrame): Frame => {
    const parent = f.parentFrame();
    const url = toApp(f.url());
    const node: Frame = { url, parent: parent ? make(parent) : null, top: null, origin: new URL(url).origin };
    node.top = node.parent ? (node.parent.top ?? node.parent) : node;
    return node;
  };
  return make(frame);
}

async function openWindow(url?: string): Promise<Page> {
  const wc = desktop.win!.webContents;
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('console', (m) => {
    // Failed loads are judged by their URL below (Chromium asks for /favicon.ico, which Electron's window does not).
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && new URL(r.url()).pathname !== '/favicon.ico') errors.push(`${r.status()} ${r.url()}`);
  });
  page.on('request', (r) => {
    if (r.url().includes('/api/')) httpApiCalls.push(r.url());
  });
  (page as Page & { errors: string[] }).errors = errors;
  await page.exposeBinding('__proctorIpc', (source, channel: string, args: unknown[]) => {
    ipcCalls.push(String(args[0]));
    return wc.invoke(channel, args, senderFrame(source.frame));
  });
  const preload = readFileSync(join(ROOT, 'out/preload/preload.js'), 'utf8');
  await page.addInitScript(`(() => {
    const listeners = new Map();
    window.__proctorDeliver = (channel, args) => { for (const l of listeners.get(channel) ?? []) l({}, ...args); };
    const shim = {
      contextBridge: { exposeInMainWorld: (key, api) => Object.defineProperty(window, key, { value: Object.freeze(api) }) },
      ipcRenderer: {
        invoke: (channel, ...args) => window.__proctorIpc(channel, args),
        on: (channel, l) => { listeners.set(channel, (listeners.get(channel) ?? new Set()).add(l)); },
        removeListener: (channel, l) => { listeners.get(channel)?.delete(l); },
      },
    };
    const require = (name) => { if (name === 'electron') return shim; throw new Error('a sandboxed preload cannot require ' + name); };
    (function (require) {
${preload}
    })(require);
  })();`);
  // What the main process does to its page arrives here: messages (menu commands) and reloads.
  wc.attachedPage = {
    send: (channel, args) => void page.evaluate(([c, a]) => (window as unknown as { __proctorDeliver(c: unknown, a: unknown): void }).__proctorDeliver(c, a), [channel, args] as const),
    reload: async () => {
      await page.reload();
    },
  };
  await page.goto(url ?? `${origin}/index.html`);
  return page;
}

// By class: an ordering question's drag-and-drop live region is a status too.
const saved = (page: Page) => expect.poll(() => page.locator('.save-state').textContent(), { timeout: 20_000 }).toBe('All answers saved');
const progress = (page: Page) => page.locator('.exam-progress').textContent();

beforeAll(async () => {
  browser = await launchBrowser();
  desktop = await boot({ packsDir: join(ROOT, 'questions') });
  expect(desktop.outcome).toBe('running');
  origin = await startRelay(desktop);
});

afterAll(async () => {
  await browser?.close();
  desktop?.stop();
  if (relay) await new Promise((r) => relay.close(r));
});

describe('the desktop app: Chromium over IPC to the real main process', () => {
  it('takes a whole mock exam through the preload bridge; a crash halfway reloads the page and the exam resumes', async () => {
    const page = await openWindow();
    const bridge = await page.evaluate(() => Object.keys((window as unknown as { proctor: object }).proctor).sort());
    expect(bridge).toEqual(['invoke', 'onMenuCommand']);
    await page.getByRole('button', { name: 'Start mock exam' }).click();
    await page.getByRole('timer', { name: 'Time remaining' }).waitFor();
    expect(await progress(page)).toContain('Question 1 of 65');

    for (let i = 0; i < 30; i++) {
      await answerCurrent(page);
      if (i === 10) await page.getByRole('checkbox', { name: 'Flag for review' }).check();
      await page.getByRole('button', { name: 'Next', exact: true }).click();
    }
    await saved(page);
    expect(await progress(page)).toContain('Question 31 of 65 · 30 answered · 1 flagged');

    // The page's process dies. The main process reloads it (Chromium reloads the page) and says so.
    const reloaded = page.waitForEvent('load');
    desktop.win!.webContents.crash('crashed');
    await reloaded;
    expect(desktop.standin.messageBoxes.at(-1)!.options.message).toMatch(/reloaded/);
    // The reloaded page goes straight back to the question the learner was on.
    await page.getByRole('timer').waitFor();
    expect(await progress(page)).toContain('Question 31 of 65 · 30 answered · 1 flagged');

    for (let i = 30; i < 65; i++) {
      expect(await progress(page)).toContain(`Question ${i + 1} of 65`);
      await answerCurrent(page);
      if (i < 64) await page.getByRole('button', { name: 'Next', exact: true }).click();
    }
    await saved(page);
    expect(await progress(page)).toContain('65 answered · 1 flagged');
    await page.getByRole('button', { name: 'End exam', exact: true }).click();
    await page.getByRole('button', { name: 'End exam now' }).click();
    await page.getByRole('heading', { name: 'Results', exact: true }).waitFor();
    const rows = page.getByRole('region', { name: 'Domain breakdown' }).locator('tbody tr');
    expect(await rows.count()).toBe(5);

    // Every call went over IPC; none over HTTP; the CSP (sent by the app:// handler) blocked nothing.
    expect(ipcCalls).toEqual(expect.arrayContaining(['exam.start', 'exam.saveAnswer', 'exam.submit']));
    expect(httpApiCalls).toEqual([]);
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    const csp = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
    expect(csp).toContain("default-src 'self'");
    await page.close();
  });

  it('menu items reach the page: Keyboard Shortcuts lists them, Import Notes… imports the chosen file', async () => {
    const page = await openWindow();
    await page.getByRole('button', { name: 'Start mock exam' }).waitFor();
    desktop.standin.clickMenu('Help', 'Keyboard Shortcuts');
    const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await shortcuts.waitFor();
    expect(await shortcuts.textContent()).toContain('Flag or unflag');
    await shortcuts.getByRole('button', { name: 'Close' }).click();
    await shortcuts.waitFor({ state: 'detached' });

    desktop.standin.openDialogAnswers.push([join(ROOT, 'tests/fixtures/learner-notes/clean.md')]);
    desktop.standin.clickMenu('File', 'Import Notes…');
    await page.getByRole('region', { name: 'Your study notes' }).getByText(/clean\.md · \d+ sections/).waitFor();
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it('View → Theme → Dark turns the page dark (Electron sets prefers-color-scheme), and it stays readable', async () => {
    const page = await openWindow();
    await page.getByRole('button', { name: 'Start mock exam' }).waitFor();
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const light = await background();
    desktop.standin.clickMenu('View', 'Theme', 'Dark');
    // What Electron does with nativeTheme.themeSource, done here to the Chromium page.
    await page.emulateMedia({ colorScheme: desktop.electron.nativeTheme.themeSource === 'dark' ? 'dark' : 'light' });
    await expect.poll(background).not.toBe(light);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start mock exam' }).click();
    await page.getByRole('timer').waitFor();
    await answerCurrent(page);
    await page.getByRole('checkbox', { name: 'Flag for review' }).check();
    await saved(page);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: join(ROOT, 'test-results/desktop-dark.png') });
    desktop.standin.clickMenu('View', 'Theme', 'Same as System');
    await page.close();
  });

  it('refuses API calls from a page that is not Proctor’s, even with the bridge in it', async () => {
    const page = await openWindow('data:text/html,<p>not Proctor</p>');
    type Bridge = { proctor: { invoke(m: string, i: unknown): Promise<{ ok: boolean; error?: { message: string } }> } };
    const before = ipcCalls.length;
    const r = await page.evaluate(() => (window as unknown as Bridge).proctor.invoke('exam.active', { packId: 'aif-c01' }));
    expect(ipcCalls.length).toBe(before + 1); // the call reached the main process…
    expect(r.ok).toBe(false); // …which refused it
    expect(r.error?.message).toMatch(/Refused/);
    await page.close();
  });
});
