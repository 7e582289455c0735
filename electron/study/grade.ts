// From an answer's outcome and the learner's confidence to an FSRS grade. A right guess is not knowledge, so it is
// graded Hard and comes back soon; a right answer without a confidence given is an ordinary Good.
import { Rating } from 'ts-fsrs';
import type { Confidence } from '../api/types';

export type Grade = Rating.Again | Rating.Hard | Rating.Good | Rating.Easy;

export function gradeOf(correct: boolean, confidence: Confidence | null): Grade {
  if (!correct) return Rating.Again;
  if (confidence === 'guess') return Rating.Hard;
  if (confidence === 'sure') return Rating.Easy;
  return Rating.Good;
}
