// The study loop in a real browser, through the UI, with the backend's clock in a file the test moves: answer
// with confidence, see reviews due the next day, review until nothing is due, set an exam date and see the plan,
// see the forecast with its range, open History and find a chart and its table. Screenshots of each step go to
// test-results/study-*.png.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accessibilityProblems, ROOT, tempDataDir } from './browser';
import { browserSession, SHOTS } from './session';
import { answerCurrent } from './answer';

const DAY = 86_400_000;

const session = browserSession();

const localDay = (t: number) => {
  const d = new Date(t);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const RANGE = /Estimated \d+ \(80% range \d+–\d+\) · pass chance \d+%/;

describe('the study loop in the browser', () => {
  it('goes from a mock exam with confidence to reviews, the plan, the forecast and History', async () => {
    const clockFile = join(tempDataDir(), 'clock');
    let now = new Date(2026, 10, 27, 9, 0, 0).getTime();
    const setClock = (t: number) => writeFileSync(clockFile, String((now = t)));
    setClock(now);
    const server = await session.serve({ packsDir: join(ROOT, 'tests/fixtures/packs'), clockAtFile: clockFile });
    const page = await session.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url);
    const study = page.getByRole('region', { name: 'Study plan' });
    await study.getByText('Review: 0 due today').waitFor();
    await page.screenshot({ path: join(SHOTS, 'study-1-home.png'), fullPage: true });

    // Confidence in mock exams is off by default; turn it on, then answer five of six questions with "Sure".
    const toggle = page.getByRole('checkbox', { name: /Confidence in mock exams/ });
    expect(await toggle.isChecked()).toBe(false);
    await toggle.click(); // saved first, then shown checked
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Start mock exam' }).click();
    await page.getByRole('timer', { name: 'Time remaining' }).waitFor();
    for (let i = 0; i < 6; i++) {
      if (i < 5) {
        await answerCurrent(page);
        const sure = page.getByRole('button', { name: /^Sure/ });
        await expect.poll(() => sure.isEnabled()).toBe(true);
        await sure.click();
        await expect.poll(() => sure.getAttribute('aria-pressed')).toBe('true');
        if (i === 0) await page.screenshot({ path: join(SHOTS, 'study-2-exam-confidence.png') });
      }
      if (i < 5) await page.getByRole('button', { name: 'Next', exact: true }).click();
    }
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('All answers saved');
    await page.getByRole('button', { name: 'End exam', exact: true }).click();
    await page.getByRole('button', { name: 'End exam now' }).click();
    await page.getByRole('heading', { name: 'Results', exact: true }).waitFor();
    const after = page.getByRole('region', { name: 'Readiness forecast after this exam' });
    await expect.poll(() => after.textContent()).toMatch(RANGE);
    await page.getByRole('region', { name: 'Pacing' }).getByText(/per question on average against a budget of 100 s/).waitFor();
    // The review filters by the confidence given.
    await page.getByLabel('Confidence').selectOption('sure');
    await expect.poll(() => page.locator('article.review').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'study-3-results.png'), fullPage: true });
    expect(await accessibilityProblems(page)).toEqual([]);

    // The next day, the questions missed (at least the one left unanswered) are due.
    setClock(now + DAY);
    await page.getByRole('button', { name: '← Home' }).click();
    const due = study.getByText(/^Review: \d+ due today$/);
    await due.waitFor();
    const dueCount = Number(/(\d+)/.exec((await due.textContent())!)![1]);
    expect(dueCount).toBeGreaterThanOrEqual(1);
    await page.screenshot({ path: join(SHOTS, 'study-4-reviews-due.png'), fullPage: true });

    // A review session, answered with a confidence key, until nothing is due.
    await page.getByRole('button', { name: 'Start review' }).click();
    for (let i = 0; i < dueCount; i++) {
      await page.getByRole('button', { name: 'Check answer' }).waitFor();
      await answerCurrent(page);
      await page.keyboard.press('u');
      await expect.poll(() => page.getByRole('button', { name: /^Unsure/ }).getAttribute('aria-pressed')).toBe('true');
      if (i === 0) await page.screenshot({ path: join(SHOTS, 'study-5-review.png') });
      await page.getByRole('button', { name: 'Check answer' }).click();
      await page.getByRole('button', { name: 'Next question' }).click();
    }
    await page.getByRole('heading', { name: 'Nothing due' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'study-6-nothing-due.png') });
    await page.getByRole('button', { name: 'Back to Home' }).click();
    await study.getByText('Review: 0 due today').waitFor();

    // An exam date: the plan counts the days, new questions a day and the next mock exam.
    const examDay = localDay(now + 20 * DAY);
    await page.getByLabel('Exam date').fill(examDay);
    await page.getByLabel('Daily review limit').fill('10000');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await study.getByText(`20 days left until your exam on ${examDay}.`).waitFor();
    await study.getByText('A daily limit of 10000 was set to 500, the most reviews a day Proctor allows.').waitFor();
    await study.getByText(/Meet \d+ new questions? a day to see the whole bank before the last 3 days/).waitFor();
    expect(await study.getByRole('region', { name: 'Readiness forecast' }).textContent()).toMatch(RANGE);
    await page.screenshot({ path: join(SHOTS, 'study-7-plan-forecast.png'), fullPage: true });
    expect(await accessibilityProblems(page)).toEqual([]);

    // History: the chart and the same figures as a table.
    await page.getByRole('button', { name: 'History' }).click();
    await page.getByRole('heading', { name: 'History', level: 1 }).waitFor();
    const scores = page.getByRole('figure', { name: 'Mock exam scores' });
    await scores.locator('canvas').first().waitFor();
    const table = page.getByRole('table', { name: 'Mock exam scores (table)' });
    expect(await table.locator('tbody tr').count()).toBe(1);
    await page.getByText(/Review streak: 1 day/).waitFor();
    await page.screenshot({ path: join(SHOTS, 'study-8-history.png'), fullPage: true });
    await scores.getByRole('button', { name: 'Show as a table' }).click();
    await expect.poll(() => table.isVisible()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'study-9-history-table.png'), fullPage: true });
    expect(await accessibilityProblems(page)).toEqual([]);

    // Filtered by confidence: the reviews were answered "Unsure", the exam "Sure" (one left without any).
    await page.getByRole('button', { name: 'Unsure', exact: true }).click();
    const unsure = page.getByRole('table', { name: 'Accuracy per domain: unsure answers (table)' });
    await unsure.waitFor({ state: 'attached' });
    expect(await unsure.locator('tbody tr').count()).toBe(2);
    expect(await unsure.locator('tbody tr').first().locator('td').allTextContents()).toEqual(['—', '—']);
  });
});
