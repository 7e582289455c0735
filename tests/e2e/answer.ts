// Answers the question on screen the way a person would, whatever its type (not necessarily right): shared by the
// browser tests that need answers, not a particular one.
import type { Page } from 'playwright-core';

const WORDS: Record<string, number> = { ONE: 1, TWO: 2, THREE: 3, FOUR: 4, FIVE: 5 };

/** Returns the type of question it found. */
export async function answerCurrent(page: Page): Promise<'single' | 'multiple' | 'ordering' | 'matching'> {
  const main = page.locator('.exam-main');
  const radios = main.getByRole('radio');
  if ((await radios.count()) > 0) {
    await radios.first().check();
    return 'single';
  }
  const boxes = main.locator('.options').getByRole('checkbox');
  if ((await boxes.count()) > 0) {
    const hint = (await main.locator('.select-hint').textContent()) ?? '';
    const n = WORDS[/Select (\w+)/.exec(hint)?.[1] ?? 'TWO'] ?? 2;
    for (let i = 0; i < n; i++) await boxes.nth(i).check();
    return 'multiple';
  }
  const confirm = main.getByRole('button', { name: 'Confirm this order' });
  if ((await confirm.count()) > 0) {
    await confirm.click();
    return 'ordering';
  }
  const selects = main.locator('select');
  for (let i = 0; i < (await selects.count()); i++) await selects.nth(i).selectOption({ index: 1 });
  return 'matching';
}
