// Pacing on Results: time per question against the budget (the time limit over the question count: 83 s for 65
// questions in 90 minutes), per domain, and the slowest questions. Pure.
import type { Pacing } from '../api/types';

export interface TimedItem {
  position: number;
  domain: string;
  task: string;
  timeMs: number;
  correct: boolean;
}

export function pacingOf(items: TimedItem[], timeLimitMs: number, domains: { id: string; title: string }[], slowestCount = 5): Pacing {
  const budgetMs = items.length ? Math.round(timeLimitMs / items.length) : 0;
  const total = items.reduce((s, i) => s + i.timeMs, 0);
  return {
    budgetMs,
    averageMs: items.length ? Math.round(total / items.length) : 0,
    overBudget: items.filter((i) => i.timeMs > budgetMs).length,
    domains: domains
      .map((d) => {
        const mine = items.filter((i) => i.domain === d.id);
        const totalMs = mine.reduce((s, i) => s + i.timeMs, 0);
        return { id: d.id, title: d.title, questions: mine.length, totalMs, averageMs: mine.length ? Math.round(totalMs / mine.length) : 0 };
      })
      .filter((d) => d.questions > 0),
    slowest: [...items]
      .filter((i) => i.timeMs > 0)
      .sort((a, b) => b.timeMs - a.timeMs || a.position - b.position)
      .slice(0, slowestCount),
  };
}
