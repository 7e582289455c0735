// Flags stems that ask the same thing in other words: high overlap of their content words (Jaccard).
import type { Question } from './question';

const stop = new Set(
  'a an and are as at be by can for from has have how in into is it its of on or that the their this to was what which with will would should does do company wants needs requirements meets meet these solution'.split(' '),
);

function words(stem: string): Set<string> {
  return new Set(
    stem
      .toLowerCase()
      .replace(/[^a-z0-9\s-]/g, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 2 && !stop.has(w)),
  );
}

export const NEAR_DUPLICATE_THRESHOLD = 0.6;

export function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

export function nearDuplicateStems(questions: Question[], threshold = NEAR_DUPLICATE_THRESHOLD): [Question, Question][] {
  const sets = questions.map((q) => words(q.stem));
  const out: [Question, Question][] = [];
  for (let i = 0; i < questions.length; i++) {
    for (let j = i + 1; j < questions.length; j++) {
      if (jaccard(sets[i]!, sets[j]!) >= threshold) out.push([questions[i]!, questions[j]!]);
    }
  }
  return out;
}
