// Which question a drill asks next. Pure: the caller passes the questions in scope and what the learner did with
// each, in exams and drills alike. Questions last answered wrong come first (oldest first), then ones never seen
// (in random order), then ones last answered right (longest ago first), so a drill works on weak spots first.
import type { Rng } from '../exam/random';

export interface QuestionHistory {
  lastAt: number;
  lastCorrect: boolean;
}

export function pickDrillQuestion(ids: string[], history: Map<string, QuestionHistory>, recent: string[], rng: Rng): string | null {
  if (ids.length === 0) return null;
  const skip = new Set(recent);
  let pool = ids.filter((id) => !skip.has(id));
  // Everything in scope was asked this session: start over, but never repeat the question just answered.
  if (pool.length === 0) pool = ids.length > 1 ? ids.filter((id) => id !== recent[recent.length - 1]) : ids;

  const missed = pool.filter((id) => history.get(id)?.lastCorrect === false);
  if (missed.length) return oldest(missed, history);
  const unseen = pool.filter((id) => !history.has(id));
  if (unseen.length) return unseen[Math.floor(rng() * unseen.length)]!;
  return oldest(pool, history);
}

function oldest(ids: string[], history: Map<string, QuestionHistory>): string {
  return ids.reduce((a, b) => (history.get(b)!.lastAt < history.get(a)!.lastAt ? b : a));
}

/** Each question's latest outcome, from the kept statistics (study/stats.ts). */
export function lastOutcomes(stats: { questionId: string; lastAt: number; lastCorrect: boolean }[]): Map<string, QuestionHistory> {
  return new Map(stats.map((s) => [s.questionId, { lastAt: s.lastAt, lastCorrect: s.lastCorrect }]));
}

/** Folds answer events into each question's latest outcome. */
export function latestOutcomes(events: { id: string; at: number; correct: number }[]): Map<string, QuestionHistory> {
  const out = new Map<string, QuestionHistory>();
  for (const e of events) {
    const seen = out.get(e.id);
    if (!seen || e.at >= seen.lastAt) out.set(e.id, { lastAt: e.at, lastCorrect: e.correct === 1 });
  }
  return out;
}
