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

/** Words in more stems than this are too common to pair questions by; pairs must share a rarer word. */
const RARE = 60;

/**
 * Each question paired with the first earlier question it nearly duplicates. Candidate pairs come from an inverted
 * index of rarer words, so a bank of thousands is checked in milliseconds rather than comparing every pair.
 */
export function nearDuplicateStems(questions: Question[], threshold = NEAR_DUPLICATE_THRESHOLD): [Question, Question][] {
  const sets = questions.map((q) => words(q.stem));
  const postings = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const w of set) {
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  const out: [Question, Question][] = [];
  for (let j = 0; j < questions.length; j++) {
    const candidates = new Set<number>();
    for (const w of sets[j]!) {
      const list = postings.get(w)!;
      if (list.length > RARE) continue;
      for (const i of list) if (i < j) candidates.add(i);
    }
    const first = [...candidates].sort((a, b) => a - b).find((i) => jaccard(sets[i]!, sets[j]!) >= threshold);
    if (first !== undefined) out.push([questions[first]!, questions[j]!]);
  }
  return out;
}
