// A question as Proctor stores and scores it: the authored YAML normalized, with stable ids for every choice.
// Option ids come from authored order ("a", "b", …), so a snapshot and a response keep meaning even after the
// shown order is shuffled.

export type QuestionType = 'single' | 'multiple' | 'ordering' | 'matching';

export interface Choice {
  id: string;
  text: string;
  why: string;
}

interface QuestionBase {
  id: string;
  domain: string;
  task: string;
  difficulty: 1 | 2 | 3;
  caseId: string | null;
  stem: string;
  explanation: string;
  notes: string[];
  /** AWS documentation pages that back the key (absent in snapshots taken before sources existed). */
  sources?: string[];
}

export interface ChoiceQuestion extends QuestionBase {
  type: 'single' | 'multiple';
  options: (Choice & { correct: boolean })[];
}

export interface OrderingQuestion extends QuestionBase {
  type: 'ordering';
  /** In the correct order. */
  items: Choice[];
}

export interface MatchingQuestion extends QuestionBase {
  type: 'matching';
  prompts: (Choice & { answerId: string })[];
  /** Every answer a learner can pick: the pairs' answers and the distractors. */
  answers: { id: string; text: string }[];
}

export type Question = ChoiceQuestion | OrderingQuestion | MatchingQuestion;

export const choiceId = (index: number): string =>
  index < 26 ? String.fromCharCode(97 + index) : `x${index}`;

export function correctCount(q: ChoiceQuestion): number {
  return q.options.filter((o) => o.correct).length;
}

const numberWords = ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'];

/** The N in a stem's "(Select N.)", or null when the stem does not say. */
export function selectCountInStem(stem: string): number | null {
  const m = /\bSelect (ZERO|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|\d+)\b/i.exec(stem);
  if (!m) return null;
  const word = m[1]!.toUpperCase();
  const n = numberWords.indexOf(word);
  return n >= 0 ? n : Number(word);
}
