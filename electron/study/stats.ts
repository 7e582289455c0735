// Per-question statistics, folded one answer at a time, so nothing that reads them has to re-read the history.
// The first sighting of a question is kept apart: it measures knowledge. Repeats measure memory of that very
// question, so they are kept as sums that fade with time (their weight is decided by the forecast).
import type { Confidence } from '../api/types';

/** Where an answer was given: a mock exam under real conditions, a practice exam, a drill, a spaced review. */
export type AnswerSource = 'exam' | 'practice' | 'drill' | 'review';

export interface QuestionStat {
  questionId: string;
  domain: string;
  task: string;
  seen: number;
  correctCount: number;
  firstAt: number;
  firstCorrect: boolean;
  firstConfidence: Confidence | null;
  /** Where the first sighting happened: the forecast weighs a practice exam's less (forecast.ts). */
  firstSource: AnswerSource;
  lastAt: number;
  lastCorrect: boolean;
  lastConfidence: Confidence | null;
  lastFlagged: boolean;
  /** Repeats, each fading with a time constant of REPEAT_FADE_DAYS, as of `lastAt`. */
  repeatWeight: number;
  repeatRight: number;
}

export interface Answer {
  questionId: string;
  domain: string;
  task: string;
  correct: boolean;
  confidence: Confidence | null;
  at: number;
  /** Only exams have flags. */
  flagged?: boolean;
}

export const REPEAT_FADE_DAYS = 30;
const DAY = 86_400_000;

/** How much a weight stamped at `from` is worth at `to`. */
export const fade = (from: number, to: number, days = REPEAT_FADE_DAYS) => Math.exp(-Math.max(0, to - from) / (days * DAY));

export function foldAnswer(prev: QuestionStat | undefined, a: Answer, source: AnswerSource): QuestionStat {
  if (!prev) {
    return {
      questionId: a.questionId,
      domain: a.domain,
      task: a.task,
      seen: 1,
      correctCount: a.correct ? 1 : 0,
      firstAt: a.at,
      firstCorrect: a.correct,
      firstConfidence: a.confidence,
      firstSource: source,
      lastAt: a.at,
      lastCorrect: a.correct,
      lastConfidence: a.confidence,
      lastFlagged: a.flagged ?? false,
      repeatWeight: 0,
      repeatRight: 0,
    };
  }
  const at = Math.max(prev.lastAt, a.at);
  const f = fade(prev.lastAt, at);
  return {
    ...prev,
    domain: a.domain,
    task: a.task,
    seen: prev.seen + 1,
    correctCount: prev.correctCount + (a.correct ? 1 : 0),
    lastAt: at,
    lastCorrect: a.correct,
    lastConfidence: a.confidence,
    lastFlagged: a.flagged ?? false,
    repeatWeight: prev.repeatWeight * f + 1,
    repeatRight: prev.repeatRight * f + (a.correct ? 1 : 0),
  };
}

/** Known: answered right the last time, and not by a guess. */
export const isKnown = (s: QuestionStat) => s.lastCorrect && s.lastConfidence !== 'guess';
