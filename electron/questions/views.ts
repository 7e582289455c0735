// One question's logic for every mode (mock exam, drill, review): the order it is shown in, how it looks while it is
// answered (no key), how it looks once answered (key and every why), and whether a response is well-formed under
// the exam's rules. Exams and drills both build on these, so a rule changes in one place.
import type { ExamItem, LearnerNoteLink, ReviewItem, Response } from '../api/types';
import { correctCount, type Question } from '../packs/question';
import { shuffle, type Rng } from '../exam/random';
import { isAnswered, isCorrect } from './scoring';

export function displayOrderFor(q: Question, rng: Rng): string[] {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return shuffle(q.options.map((o) => o.id), rng);
    case 'ordering': {
      const ids = q.items.map((i) => i.id);
      // Never show an ordering question already solved.
      let order = shuffle(ids, rng);
      for (let tries = 0; tries < 10 && order.every((id, i) => id === ids[i]); tries++) order = shuffle(ids, rng);
      if (order.every((id, i) => id === ids[i])) order = [...ids.slice(1), ids[0]!];
      return order;
    }
    case 'matching':
      return shuffle(q.answers.map((a) => a.id), rng);
  }
}

/** The ids a display order is a permutation of. */
export function shownIds(q: Question): string[] {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.options.map((o) => o.id);
    case 'ordering':
      return q.items.map((i) => i.id);
    case 'matching':
      return q.answers.map((a) => a.id);
  }
}

function pick<T extends { id: string }>(list: T[], order: string[]): { id: string; text: string }[] {
  const byId = new Map(list.map((x) => [x.id, x]));
  return order.map((id) => byId.get(id)).filter((x): x is T => !!x).map((x) => ({ id: x.id, text: (x as unknown as { text: string }).text }));
}

/** A question as shown while it is being answered: options in the shown order, no keys, no explanations. */
export function questionView(q: Question, scenario: string | null, order: string[], response: Response | null, flagged: boolean, position: number): ExamItem {
  const base = {
    position,
    type: q.type,
    stem: q.stem,
    scenario,
    caseId: q.caseId,
    response,
    answered: isAnswered(q, response),
    flagged,
  };
  switch (q.type) {
    case 'single':
      return { ...base, options: pick(q.options, order) };
    case 'multiple':
      return { ...base, options: pick(q.options, order), selectCount: correctCount(q) };
    case 'ordering':
      return { ...base, items: pick(q.items, order) };
    case 'matching':
      return { ...base, prompts: q.prompts.map((p) => ({ id: p.id, text: p.text })), answers: pick(q.answers, order) };
  }
}

/** Finds where the learner's own notes cover a question; absent when the learner has not imported notes. */
export type LearnerMatch = (q: Question) => { link: LearnerNoteLink | null; correction: 'section' | 'none' | null };

/** A question after it was answered: the key, every option's why, and where to read more. */
export function reviewView(
  question: Question,
  scenario: string | null,
  displayOrder: string[],
  response: Response | null,
  position: number,
  matchLearner?: LearnerMatch | null,
): ReviewItem {
  const learner = matchLearner ? matchLearner(question) : null;
  return {
    position,
    question,
    scenario,
    displayOrder,
    response,
    answered: isAnswered(question, response),
    correct: isCorrect(question, response),
    flagged: false,
    confidence: null,
    timeSpentMs: 0,
    learnerNote: learner?.link ?? null,
    learnerNoteCorrection: learner?.correction ?? null,
  };
}
