import { describe, expect, it } from 'vitest';
import { crossedWarning, isCritical } from '../../renderer/src/exam/time-warnings';
import { applyFilter, stepWithin } from '../../renderer/src/review/filters';
import type { ReviewItem } from '../../electron/api/types';

const min = 60_000;

describe('time warnings', () => {
  it('fire once as the clock crosses 15 and 5 minutes, never before or again', () => {
    expect(crossedWarning(15 * min + 1, 15 * min)).toBe(15);
    expect(crossedWarning(15 * min, 15 * min - 250)).toBeNull();
    expect(crossedWarning(16 * min, 14 * min)).toBe(15);
    expect(crossedWarning(5 * min + 100, 4 * min)).toBe(5);
    // A jump over both (the machine slept) announces the nearer one.
    expect(crossedWarning(20 * min, 3 * min)).toBe(5);
    expect(crossedWarning(10 * min, 9 * min)).toBeNull();
  });

  it('turn the clock critical in the last minute', () => {
    expect(isCritical(61_000)).toBe(false);
    expect(isCritical(60_000)).toBe(true);
  });
});

describe('review filters', () => {
  const item = (position: number, over: Partial<ReviewItem> & { domain?: string; task?: string }) =>
    ({
      position,
      correct: false,
      answered: true,
      flagged: false,
      question: { domain: over.domain ?? '1', task: over.task ?? '1.1' },
      ...over,
    }) as unknown as ReviewItem;
  const items = [
    item(0, { correct: true }),
    item(1, { answered: false }),
    item(2, { flagged: true, domain: '2', task: '2.1' }),
    item(3, { correct: true, flagged: true, domain: '2', task: '2.1' }),
  ];

  it('combine a status with facets', () => {
    expect(applyFilter(items, { status: 'wrong', facets: {} }).map((i) => i.position)).toEqual([1, 2]);
    expect(applyFilter(items, { status: 'unanswered', facets: {} }).map((i) => i.position)).toEqual([1]);
    expect(applyFilter(items, { status: 'flagged', facets: { domain: '2' } }).map((i) => i.position)).toEqual([2, 3]);
    expect(applyFilter(items, { status: 'all', facets: { task: '1.1' } }).map((i) => i.position)).toEqual([0, 1]);
  });

  it('step within the filtered list, and fall to the nearest shown question when the current one is filtered out', () => {
    const wrong = applyFilter(items, { status: 'wrong', facets: {} });
    expect(stepWithin(wrong, null, 0)).toBe(1);
    expect(stepWithin(wrong, 1, 1)).toBe(2);
    expect(stepWithin(wrong, 2, 1)).toBe(2);
    expect(stepWithin(wrong, 0, 0)).toBe(1);
    expect(stepWithin(wrong, 3, 0)).toBe(1);
    expect(stepWithin([], 3, 1)).toBeNull();
  });
});

describe('notes links', () => {
  it('put sections that teach the question’s task statement first, then the rest in the author’s order', async () => {
    const { noteLinksFor } = await import('../../electron/notes/study');
    const names = new Map([
      ['a.md#x', { fileTitle: 'File A', sectionTitle: 'X', tasks: ['2.1'] }],
      ['b.md#y', { fileTitle: 'File B', sectionTitle: 'Y', tasks: ['1.1'] }],
    ]);
    const links = noteLinksFor({ task: '1.1', notes: ['a.md#x', 'gone.md#z', 'b.md#y'] }, names);
    expect(links).toEqual([
      { link: 'b.md#y', fileTitle: 'File B', sectionTitle: 'Y' },
      { link: 'a.md#x', fileTitle: 'File A', sectionTitle: 'X' },
      { link: 'gone.md#z', fileTitle: 'gone.md', sectionTitle: 'z' },
    ]);
  });
});
