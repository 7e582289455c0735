import { describe, expect, it } from 'vitest';
import { latestOutcomes, pickDrillQuestion } from '../../electron/drill/pick';
import { seededRng } from '../../electron/exam/random';

const history = latestOutcomes([
  { id: 'right-long-ago', at: 1, correct: 1 },
  { id: 'missed-then-right', at: 2, correct: 0 },
  { id: 'missed-then-right', at: 5, correct: 1 },
  { id: 'missed-recently', at: 9, correct: 0 },
  { id: 'missed-long-ago', at: 3, correct: 0 },
  { id: 'right-recently', at: 8, correct: 1 },
]);
const ids = ['right-long-ago', 'missed-then-right', 'missed-recently', 'missed-long-ago', 'right-recently', 'unseen-a', 'unseen-b'];

describe('which question a drill asks next', () => {
  it('keeps each question’s latest outcome', () => {
    expect(history.get('missed-then-right')).toEqual({ lastAt: 5, lastCorrect: true });
  });

  it('asks missed questions first, oldest first, then unseen ones, then the longest-ago right answers', () => {
    const rng = seededRng(1);
    const order: string[] = [];
    for (let i = 0; i < ids.length; i++) order.push(pickDrillQuestion(ids, history, order, rng)!);
    expect(order.slice(0, 2)).toEqual(['missed-long-ago', 'missed-recently']);
    expect(order.slice(2, 4).sort()).toEqual(['unseen-a', 'unseen-b']);
    expect(order.slice(4)).toEqual(['right-long-ago', 'missed-then-right', 'right-recently']);
  });

  it('starts over once the scope is used up, but never repeats the question just answered', () => {
    const rng = seededRng(2);
    expect(pickDrillQuestion(['a', 'b'], new Map(), ['a', 'b'], rng)).toBe('a');
    expect(pickDrillQuestion(['a'], new Map(), ['a'], rng)).toBe('a');
    expect(pickDrillQuestion([], new Map(), [], rng)).toBeNull();
  });
});
