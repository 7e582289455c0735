// A learner's whole path in a real browser against the real web-mode server and the real AIF-C01 pack.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityProblems, ROOT, type RunningServer } from './browser';
import { browserSession, SHOTS } from './session';
import { answerCurrent } from './answer';


const session = browserSession();

async function open(server: RunningServer): Promise<Page> {
  const page = await session.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(server.url);
  return page;
}

const serve = (dataDir?: string) => session.serve(dataDir ? { dataDir } : {});

// By class: an ordering question's drag-and-drop live region is a status too.
const saved = (page: Page) => expect.poll(() => page.locator('.save-state').textContent()).toBe('All answers saved');

describe('a mock exam in the browser', () => {
  it('takes a whole 65-question exam and shows Results with the five-domain table', async () => {
    const server = await serve();
    const page = await open(server);
    await page.getByRole('button', { name: 'Start mock exam' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'home.png') });
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start mock exam' }).click();
    await expect.poll(() => page.getByRole('timer', { name: 'Time remaining' }).isVisible()).toBe(true);
    expect(await page.locator('.exam-progress').textContent()).toContain('Question 1 of 65');
    const clock = await page.getByRole('timer').locator('[aria-hidden]').textContent();
    expect(clock).toMatch(/^1:(29|30):\d\d$/);

    const typesChecked = new Set<string>();
    for (let i = 0; i < 65; i++) {
      expect(await page.locator('.exam-progress').textContent()).toContain(`Question ${i + 1} of 65`);
      const type = await answerCurrent(page);
      // Each kind of question, answered, passes axe once; a case-study question counts as its own kind.
      const kind = (await page.locator('.exam-main .scenario').count()) > 0 ? `${type} in a case study` : type;
      if (!typesChecked.has(kind)) {
        typesChecked.add(kind);
        expect(await accessibilityProblems(page), `a ${kind} question`).toEqual([]);
      }
      if (i === 3) await page.screenshot({ path: join(SHOTS, 'exam.png') });
      if (i === 10) await page.getByRole('checkbox', { name: 'Flag for review' }).check();
      if (i < 64) await page.getByRole('button', { name: 'Next', exact: true }).click();
    }
    await saved(page);
    expect(await page.locator('.exam-progress').textContent()).toContain('65 answered · 1 flagged');
    // Exams are random: single and multiple always appear; ordering and matching do in about 98% of exams.
    expect(typesChecked.has('single') && typesChecked.has('multiple')).toBe(true);

    await page.getByRole('button', { name: 'End exam', exact: true }).click();
    await page.getByRole('dialog').getByText('You have answered all 65 questions.').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'End exam now' }).click();
    await page.getByRole('heading', { name: 'Results', exact: true }).waitFor();
    const rows = page.getByRole('region', { name: 'Domain breakdown' }).locator('tbody tr');
    expect(await rows.count()).toBe(5);
    const totals = await rows.locator('td:nth-child(3)').allTextContents();
    expect(totals.map((t) => Number(/\/ (\d+)/.exec(t)![1]))).toEqual([13, 16, 18, 9, 9]);
    for (const label of await rows.locator('td:nth-child(4)').allTextContents()) expect(['Meets competencies', 'Needs improvement']).toContain(label);
    // All fourteen task statements, each with the notes section to study.
    const taskRows = page.getByRole('region', { name: 'Task statement breakdown' }).locator('tbody tr');
    expect(await taskRows.count()).toBe(14);
    const taskTotals = (await taskRows.locator('td:nth-child(2)').allTextContents()).map((t) => Number(/\/ (\d+)/.exec(t)![1]));
    expect(taskTotals.reduce((a, b) => a + b, 0)).toBe(65);
    expect(await taskRows.getByRole('button', { name: /notes for task/ }).count()).toBe(14);
    const score = Number(await page.locator('.score-number').evaluate((el) => el.firstChild!.textContent));
    expect(score).toBeGreaterThanOrEqual(100);
    expect(score).toBeLessThanOrEqual(1000);
    expect(await page.getByText(/The scaled score is an estimate/).isVisible()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'results.png'), fullPage: false });
    expect(await accessibilityProblems(page)).toEqual([]);

    // Review → study notes at the exact section, in a panel beside the review; Esc puts it away.
    await page.getByRole('button', { name: /^All \(65\)/ }).click();
    const link = page.getByRole('button', { name: /^Study notes:/ }).first();
    await link.click();
    const panel = page.getByRole('complementary', { name: /^Course notes:/ });
    await panel.waitFor();
    await expect.poll(() => panel.locator('.target').count()).toBe(1);
    expect(await panel.locator('.target').isVisible()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'notes.png') });
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^Study notes:/);
    await page.getByRole('heading', { name: 'Results', exact: true }).waitFor();

    // Home lists the attempt.
    await page.getByRole('button', { name: '← Home' }).click();
    await page.getByRole('region', { name: 'Past attempts' }).getByRole('button', { name: /^Review/ }).waitFor();
  });

  it('survives SIGKILL mid-exam: every acknowledged answer is kept and the clock resumes where it should', async () => {
    const first = await serve();
    const page = await open(first);
    await page.getByRole('button', { name: 'Start mock exam' }).click();
    await page.getByRole('timer').waitFor();
    for (let i = 0; i < 5; i++) {
      await answerCurrent(page);
      await saved(page);
      await page.getByRole('button', { name: 'Next', exact: true }).click();
    }
    await page.getByRole('checkbox', { name: 'Flag for review' }).check();
    await saved(page);
    const killedAt = Date.now();
    await first.stop('SIGKILL');
    await page.close();

    const second = await serve(first.dataDir);
    const again = await open(second);
    // Reopening mid-exam lands straight on the exam, at the question the learner was on.
    await again.getByRole('timer').waitFor();
    // The keys work from the exam screen's first paint: a press straight away is not lost.
    await again.keyboard.press('ArrowLeft');
    expect(await again.locator('.exam-progress').textContent()).toContain('Question 5 of 65');
    await again.keyboard.press('n');
    expect(await again.locator('.exam-progress').textContent()).toContain('Question 6 of 65 · 5 answered · 1 flagged');
    expect(await again.getByRole('checkbox', { name: 'Flag for review' }).isChecked()).toBe(true);
    const [m, s] = ((await again.getByRole('timer').locator('[aria-hidden]').textContent()) ?? '').split(':').slice(-2).map(Number);
    const shownSeconds = (await again.getByRole('timer').locator('[aria-hidden]').textContent())!.startsWith('1:') ? 3600 + m! * 60 + s! : m! * 60 + s!;
    const elapsed = (Date.now() - killedAt) / 1000;
    // The exam started within the last few minutes; remaining time is 90 min minus everything since it began.
    expect(shownSeconds).toBeLessThanOrEqual(90 * 60 - Math.floor(elapsed));
    expect(shownSeconds).toBeGreaterThan(90 * 60 - 300);
    await again.getByRole('button', { name: 'Review all', exact: true }).click();
    await again.getByRole('button', { name: /^Unanswered \(60\)/ }).waitFor();
    await again.close();
  });

  it('reads the learner’s own notes as found and links the review to them', async () => {
    const server = await serve();
    const page = await open(server);
    await page.getByRole('button', { name: 'Start mock exam' }).waitFor();
    // A notes file with mojibake, raw HTML and an image that is not there.
    await page.locator('input[type=file]').setInputFiles(join(ROOT, 'tests/fixtures/learner-notes/mojibake.md'));
    const card = page.getByRole('region', { name: 'Your study notes' });
    await card.getByText(/mojibake\.md · 7 sections · imported .* · \d+ garbled characters repaired/).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    await card.getByRole('button', { name: 'Open your notes' }).click();
    await page.getByRole('heading', { name: 'AIF-C01 – study notes', level: 1 }).waitFor();
    expect(await page.getByRole('heading', { name: 'Amazon Bedrock – Guardrails' }).isVisible()).toBe(true);
    expect(await page.getByText('[image not shown: guardrails.png]').isVisible()).toBe(true);
    expect(await page.locator('.markdown').textContent()).not.toMatch(/‚Ä|üü/);
    await page.getByRole('button', { name: '← Back' }).click();

    await page.getByRole('button', { name: 'Start mock exam' }).click();
    await page.getByRole('timer').waitFor();
    await page.getByRole('button', { name: 'End exam', exact: true }).click();
    await page.getByRole('button', { name: 'End exam now' }).click();
    await page.getByRole('heading', { name: 'Results', exact: true }).waitFor();
    await page.getByRole('button', { name: /^All \(65\)/ }).click();
    // The pointer still rests on the chosen filter: its hover state must stay readable too.
    expect(await accessibilityProblems(page)).toEqual([]);
    // About one question in seven is covered by these notes; an exam without one is a 1-in-30,000 draw. The review
    // shows one question at a time: step through until one links to the learner's notes.
    const link = page.getByRole('button', { name: /^Your notes: / }).first();
    for (let i = 0; i < 65 && (await link.count()) === 0; i++) await page.getByRole('button', { name: 'Next', exact: true }).click();
    const title = ((await link.textContent()) ?? '').replace(/^Your notes: /, '');
    await link.click();
    const panel = page.getByRole('complementary', { name: /^Your notes:/ });
    await expect.poll(() => panel.locator('.target').textContent()).toBe(title);
    await page.screenshot({ path: join(SHOTS, 'learner-notes.png') });
    await page.close();
  });

  it('drills one task statement: answers explained at once, misses counted, and saved', async () => {
    const server = await serve();
    const page = await open(server);
    await page.getByLabel('Practise').selectOption({ label: '3.2 Choose effective prompt engineering techniques' });
    await page.getByRole('button', { name: 'Start drill' }).click();
    const check = page.getByRole('button', { name: 'Check answer' });
    await check.waitFor();
    expect(await page.locator('.exam-progress').textContent()).toMatch(/^\d+ questions in scope$/);
    expect(await check.isDisabled()).toBe(true);
    expect(await accessibilityProblems(page)).toEqual([]);
    // Number keys pick options here too (when the first question has options to pick).
    if ((await page.locator('.exam-main .options').count()) > 0) {
      await page.keyboard.press('1');
      await expect.poll(() => check.isDisabled()).toBe(false);
    }

    for (let i = 1; i <= 3; i++) {
      await answerCurrent(page);
      await page.getByRole('button', { name: 'Check answer' }).click();
      const next = page.getByRole('button', { name: 'Next question' });
      await next.waitFor();
      // The verdict, the key and the explanation, with the task statement drilled.
      expect(await page.locator('.review header').textContent()).toMatch(new RegExp(`Question ${i}\\s*(Correct|Incorrect).*Task 3\\.2`));
      expect(await page.getByRole('heading', { name: 'Explanation' }).isVisible()).toBe(true);
      expect(await page.locator('.exam-progress').textContent()).toMatch(new RegExp(`^\\d of ${i} correct this session$`));
      if (i === 1) expect(await accessibilityProblems(page)).toEqual([]);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Next question');
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Check answer' }).waitFor();
    }
    await page.getByRole('button', { name: 'End drill' }).click();
    await page.getByRole('button', { name: 'Start drill' }).waitFor();
    // Home's progress counts the three answers, all in domain 3.
    const progress = page.getByRole('table', { name: 'Your progress by domain' });
    const met = await progress.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(met.map((t) => Number(t.split(' / ')[0]))).toEqual([0, 0, 3, 0, 0]);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });

  it('refuses a page opened without the token', async () => {
    const server = await serve();
    const page = await session.browser().newPage();
    const res = await page.goto(server.url.replace(/\?token=.*/, ''));
    expect(res?.status()).toBe(401);
    await page.close();

    // The page alone (served by the cookie) cannot call the API without the token: it says so, not "no course".
    const withToken = await open(server);
    await withToken.getByRole('button', { name: 'Start mock exam' }).waitFor();
    await withToken.goto(server.url.replace(/\?token=.*/, ''));
    const problem = withToken.getByRole('alert', { name: 'Proctor could not load' });
    await problem.waitFor();
    expect(await problem.textContent()).toContain('open the exact URL that `npm run web` printed');
    expect(await withToken.getByText('No course pack is installed').count()).toBe(0);
    await withToken.close();
  });
});
