// The exam room in a real browser against the real web-mode server: strike out and reload, order by drag and by
// keyboard, warnings as a short exam runs out, a practice exam's pause, the review's filters, dark mode and 200% zoom.
// Time is moved, not waited for: the page's clock by Playwright, the backend's by its test clock file.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityProblems, ROOT, tempDataDir, type RunningServer } from './browser';
import { browserSession, SHOTS } from './session';

const MIN = 60_000;

const session = browserSession();

/** The mini course, all eight questions in every exam (so the ordering one is there), 16 minutes long. */
function shortPack(): string {
  const packsDir = tempDataDir();
  cpSync(join(ROOT, 'tests/fixtures/packs/mini'), join(packsDir, 'mini'), { recursive: true });
  const yaml = join(packsDir, 'mini/pack.yaml');
  writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('questions: 6, minutes: 10', 'questions: 8, minutes: 16'));
  return packsDir;
}

interface Room {
  server: RunningServer;
  page: Page;
  /** Moves both clocks, the page's and the backend's, forward. */
  advance(ms: number): Promise<void>;
}

async function room(opts: { pack?: 'short' | 'aif'; viewport?: { width: number; height: number }; scale?: number; dark?: boolean } = {}): Promise<Room> {
  const clockFile = join(tempDataDir(), 'clock');
  writeFileSync(clockFile, '0');
  const server = await session.serve({ clockFile, ...(opts.pack === 'aif' ? {} : { packsDir: shortPack() }) });
  const page = await session.newPage({ viewport: opts.viewport ?? { width: 1280, height: 860 }, deviceScaleFactor: opts.scale ?? 1 });
  if (opts.dark) await page.emulateMedia({ colorScheme: 'dark' });
  await page.clock.install({ time: Date.now() });
  await page.goto(server.url);
  let offset = 0;
  return {
    server,
    page,
    async advance(ms) {
      offset += ms;
      writeFileSync(clockFile, String(offset));
      await page.clock.fastForward(ms);
    },
  };
}

const progress = (page: Page) => page.locator('.exam-progress').textContent();
const clock = (page: Page) => page.getByRole('timer').locator('[aria-hidden]').textContent();
const saved = (page: Page) => expect.poll(() => page.locator('.save-state').textContent()).toBe('All answers saved');
const seconds = (text: string | null) => (text ?? '').split(':').map(Number).reduce((a, b) => a * 60 + b, 0);

/** Moves to the first question whose area shows `selector`; returns its number (1-based). */
async function findQuestion(page: Page, selector: string): Promise<number> {
  for (let i = 1; i <= 8; i++) {
    if ((await page.locator(`.exam-main ${selector}`).count()) > 0) return Number(/Question (\d+)/.exec((await progress(page)) ?? '')![1]);
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  throw new Error(`no question shows ${selector}`);
}

const orderTexts = (page: Page) => page.locator('.exam-main .order-item .option-text').allTextContents();

describe('the exam room in the browser', () => {
  it('keeps a struck-out option struck after a reload, which lands on the same question', async () => {
    const { page } = await room();
    await page.getByRole('button', { name: 'Start mock exam' }).click();
    await page.getByRole('timer').waitFor();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    const n = await findQuestion(page, '.option-row');
    const strike = page.getByRole('button', { name: 'Strike out option B' });
    await strike.click();
    await saved(page);
    // Right-click strikes too.
    await page.locator('.exam-main .option-row').nth(2).click({ button: 'right' });
    await saved(page);
    expect(await page.locator('.option-row.struck').count()).toBe(2);

    await page.reload();
    await page.getByRole('timer').waitFor();
    expect(await progress(page)).toContain(`Question ${n} of 8 · 0 answered`);
    expect(await page.getByRole('button', { name: 'Strike out option B' }).getAttribute('aria-pressed')).toBe('true');
    const decoration = await page.locator('.option-row.struck .option-text').first().evaluate((el) => getComputedStyle(el).textDecorationLine);
    expect(decoration).toBe('line-through');
    expect(await page.locator('.option-row.struck').count()).toBe(2);
    await page.screenshot({ path: join(SHOTS, 'exam-struck.png') });
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });

  it('orders items by dragging with the mouse and by the keyboard, announced in the items’ words', async () => {
    const { page } = await room();
    await page.getByRole('button', { name: 'Start mock exam' }).click();
    await page.getByRole('timer').waitFor();
    await findQuestion(page, '.ordering');
    await page.locator('.exam-main .drag-handle').first().waitFor();
    const before = await orderTexts(page);

    // The mouse: the first item's handle to below the last item.
    const first = page.locator('.exam-main .drag-handle').first();
    const last = page.locator('.exam-main .order-item').last();
    const from = (await first.boundingBox())!;
    const to = (await last.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(from.x + from.width / 2, from.y + ((to.y + to.height * 0.8 - from.y) * i) / 12);
    await page.mouse.up();
    await expect.poll(() => orderTexts(page)).toEqual([before[1], before[2], before[0]]);
    await saved(page);

    // The keyboard: focus the handle of the (new) first item, Space, ArrowDown, Space.
    const afterDrag = await orderTexts(page);
    await page.locator('.exam-main .drag-handle').first().focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('[id^="DndLiveRegion"]').textContent()).toContain(`Picked up "${afterDrag[0]}", position 1 of 3`);
    // dnd-kit's keyboard sensor listens for the arrow keys from a timeout queued at pick-up; a timeout queued now
    // runs after it, so the key below is never pressed before anyone listens (no fixed wait).
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('[id^="DndLiveRegion"]').textContent()).toContain('moved to position 2 of 3');
    await page.keyboard.press('Space');
    await expect.poll(() => orderTexts(page)).toEqual([afterDrag[1], afterDrag[0], afterDrag[2]]);
    await expect.poll(() => page.locator('[id^="DndLiveRegion"]').textContent()).toContain('dropped at position 2 of 3');
    await saved(page);
    // Arrow keys during the drag did not move to another question.
    expect(await page.locator('.exam-main .drag-handle').count()).toBe(3);

    // The buttons still work, and the order is what the backend kept.
    await page.getByRole('button', { name: `Move "${afterDrag[2]}" up` }).click();
    await saved(page);
    const final = await orderTexts(page);
    await page.reload();
    await page.getByRole('timer').waitFor();
    expect(await orderTexts(page)).toEqual(final);
    await page.locator('.exam-main .drag-handle').first().waitFor();
    await page.screenshot({ path: join(SHOTS, 'exam-ordering.png') });
    expect(await accessibilityProblems(page)).toEqual([]);

    // Drag and drop mounts when the learner reaches for the list. Focus that lands on a handle with no pointer and
    // no Tab first (as a screen reader's cursor may put it) stays on that handle, which then picks up with Space.
    expect(await page.locator('[id^="DndLiveRegion"]').count()).toBe(0);
    await page.locator('.exam-main .drag-handle').first().focus();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-describedby') ?? '')).toMatch(/^DndDescribedBy/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-focus-key'))).toBe(await page.locator('.exam-main .drag-handle').first().getAttribute('data-focus-key'));
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('[id^="DndLiveRegion"]').textContent()).toContain(`Picked up "${final[0]}", position 1 of 3`);
    // As above: the keyboard sensor listens from a timeout queued at pick-up.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[id^="DndLiveRegion"]').textContent()).toContain('Moving cancelled');
    expect(await orderTexts(page)).toEqual(final);
    await page.close();
  });

  it('warns at 15 and 5 minutes, turns the clock red in the last minute, and opens Results at zero', async () => {
    const { page, advance } = await room();
    await page.getByRole('button', { name: 'Start mock exam' }).click();
    await page.getByRole('timer').waitFor();
    expect(await clock(page)).toMatch(/^1[56]:\d\d$/);
    const notice = page.locator('.time-notice-text');
    expect(await notice.getAttribute('aria-live')).toBe('polite');
    expect(await notice.textContent()).toBe('');

    await advance(1.5 * MIN);
    await expect.poll(() => notice.textContent()).toBe('15 minutes left.');
    expect(await page.locator('.time-notice').isVisible()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'exam-warning-15.png') });
    await advance(10 * MIN);
    await expect.poll(() => notice.textContent()).toBe('5 minutes left.');
    expect(await page.getByRole('timer').getAttribute('class')).toContain('timer-low');
    await advance(4 * MIN);
    await expect.poll(() => page.getByRole('timer').getAttribute('class')).toContain('timer-critical');
    await page.screenshot({ path: join(SHOTS, 'exam-last-minute.png') });
    await advance(1 * MIN);
    await page.getByRole('heading', { name: 'Results', exact: true }).waitFor();
    expect(await page.getByText('submitted automatically when time ran out').count()).toBeGreaterThan(0);

    // The review: everything is wrong (nothing was answered); step through the wrong answers.
    const review = page.getByRole('region', { name: 'Answer review' });
    await review.getByRole('button', { name: 'Wrong (8)' }).click();
    expect(await review.getByRole('article').count()).toBe(1);
    expect(await review.getByText('1 of 8 in this filter').isVisible()).toBe(true);
    const firstLabel = await review.getByRole('article').getAttribute('aria-label');
    await review.getByRole('button', { name: 'Next', exact: true }).click();
    await review.getByText('2 of 8 in this filter').waitFor();
    expect(await review.getByRole('article').getAttribute('aria-label')).not.toBe(firstLabel);
    await page.keyboard.press('ArrowRight');
    await review.getByText('3 of 8 in this filter').waitFor();
    await page.keyboard.press('ArrowLeft');
    await review.getByText('2 of 8 in this filter').waitFor();
    await review.getByLabel('Domain').selectOption('2');
    await expect.poll(() => review.getByText(/in this filter/).textContent()).toMatch(/^\d of 4 in this filter$/);
    await page.screenshot({ path: join(SHOTS, 'review-filtered.png'), fullPage: true });
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });

  it('pauses a practice exam: the clock stands still while paused and runs again from there', async () => {
    const { page, advance } = await room();
    await page.getByRole('button', { name: 'Start practice exam' }).click();
    await page.getByRole('timer').waitFor();
    await advance(2 * MIN);
    await expect.poll(async () => seconds(await clock(page))).toBeLessThanOrEqual(14 * 60);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('heading', { name: 'Paused' }).waitFor();
    const atPause = seconds(await clock(page));
    expect(await page.locator('.stem').count()).toBe(0);

    await advance(10 * MIN);
    expect(seconds(await clock(page))).toBe(atPause);
    await page.screenshot({ path: join(SHOTS, 'practice-paused.png') });
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.getByRole('button', { name: 'Resume' }).click();
    await page.getByRole('heading', { name: 'Question 1' }).waitFor();
    const afterResume = seconds(await clock(page));
    expect(afterResume).toBeGreaterThan(atPause - 3);
    expect(afterResume).toBeLessThanOrEqual(atPause);
    await advance(1 * MIN);
    await expect.poll(async () => seconds(await clock(page))).toBeLessThanOrEqual(atPause - 59);
    await page.close();
  });

  it('keeps the time notice clear of the paused screen at 1280 and 760 pixels and at 200% zoom, light and dark', async () => {
    const sizes = [
      { name: '1280', viewport: { width: 1280, height: 860 }, scale: 1 },
      { name: '760', viewport: { width: 760, height: 900 }, scale: 1 },
      { name: 'zoom200', viewport: { width: 640, height: 430 }, scale: 2 },
    ];
    for (const size of sizes) {
      for (const dark of [false, true]) {
        const { page, advance } = await room({ viewport: size.viewport, scale: size.scale, dark });
        await page.getByRole('button', { name: 'Start practice exam' }).click();
        await page.getByRole('timer').waitFor();
        await advance(2 * MIN);
        await expect.poll(() => page.locator('.time-notice-text').textContent()).toBe('15 minutes left.');
        await page.getByRole('button', { name: 'Pause' }).click();
        await page.getByRole('heading', { name: 'Paused' }).waitFor();
        await page.screenshot({ path: join(SHOTS, `practice-paused-notice-${size.name}-${dark ? 'dark' : 'light'}.png`) });
        // Nothing on the paused screen, nor in the bar above it, lies under the notice.
        const notice = (await page.locator('.time-notice').boundingBox())!;
        for (const el of await page.locator('.exam-main.paused > *, .exam-bar > :not(.time-notice)').all()) {
          const box = (await el.boundingBox())!;
          const apart = box.y >= notice.y + notice.height || box.y + box.height <= notice.y || box.x >= notice.x + notice.width || box.x + box.width <= notice.x;
          expect(apart, `${size.name} ${dark ? 'dark' : 'light'}: ${await el.evaluate((e) => e.outerHTML.slice(0, 60))}`).toBe(true);
        }
        expect(await accessibilityProblems(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.viewport.width);
        await page.close();
      }
    }
  });

  it('is readable in dark mode and at 200% zoom, with no axe findings', async () => {
    // Dark mode from the system setting, at 200% zoom of a 1280 × 860 window (a 640-pixel-wide page).
    const { page } = await room({ pack: 'aif', dark: true, viewport: { width: 640, height: 430 }, scale: 2 });
    await page.getByRole('button', { name: 'Start mock exam' }).waitFor();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe('rgb(244, 246, 249)');
    await page.screenshot({ path: join(SHOTS, 'dark-zoom-home.png') });
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start practice exam' }).click();
    await page.getByRole('timer').waitFor();
    await page.screenshot({ path: join(SHOTS, 'dark-zoom-exam.png') });
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    await page.getByRole('button', { name: 'End exam', exact: true }).click();
    await page.getByRole('button', { name: 'End exam now' }).click();
    await page.getByRole('heading', { name: /^Results/ }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'dark-zoom-results.png') });
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);

    // Light chosen with the toggle wins over the system's dark, and is remembered after a reload.
    await page.getByRole('button', { name: '← Home' }).click();
    await page.getByRole('button', { name: 'Light', exact: true }).click();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(244, 246, 249)');
    await page.reload();
    await page.getByRole('button', { name: 'Start mock exam' }).waitFor();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(244, 246, 249)');
    expect(await page.getByRole('button', { name: 'Light', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await page.close();

    // A 760-pixel-wide window, dark chosen with the toggle, light system setting.
    const narrow = await room({ pack: 'aif', viewport: { width: 760, height: 900 } });
    await narrow.page.getByRole('button', { name: 'Dark', exact: true }).click();
    await narrow.page.getByRole('button', { name: 'Start mock exam' }).click();
    await narrow.page.getByRole('timer').waitFor();
    await narrow.page.screenshot({ path: join(SHOTS, 'dark-760-exam.png') });
    expect(await accessibilityProblems(narrow.page)).toEqual([]);
    expect(await narrow.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(760);
    await narrow.page.close();
  });
});
