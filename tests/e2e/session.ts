// What each browser test file sets up: one Chromium for the file, the web-mode servers it starts (all stopped after
// the file's tests), pages that fail the test on an uncaught page error, and the folder for screenshots.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, ROOT, startServer, type RunningServer } from './browser';

export const SHOTS = join(ROOT, 'test-results');
mkdirSync(SHOTS, { recursive: true });

export interface BrowserSession {
  browser(): Browser;
  /** A web-mode server, stopped (SIGKILL, as a crash would) after the file's tests. */
  serve(opts?: Parameters<typeof startServer>[0]): Promise<RunningServer>;
  /** A new page on which any uncaught error fails the test. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

/** Call once at the top of a test file. */
export function browserSession(): BrowserSession {
  let browser: Browser | undefined;
  const servers: RunningServer[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    for (const s of servers) await s.stop('SIGKILL');
  });
  const get = () => {
    if (!browser) throw new Error('the browser starts in beforeAll');
    return browser;
  };
  return {
    browser: get,
    async serve(opts) {
      const s = await startServer(opts);
      servers.push(s);
      return s;
    },
    async newPage(options) {
      const page = await get().newPage(options);
      page.on('pageerror', (err) => {
        throw err;
      });
      return page;
    },
  };
}
