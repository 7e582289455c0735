// One answer, from an exam, a drill or a review, updates the question's statistics, its review card and the day's
// counts. Every writer of answers calls this, inside its own transaction, so the three never disagree.
import type { Db } from '../db/open';
import { dayKey } from './days';
import { gradeOf } from './grade';
import { bumpDay, getCard, getStat, putCard, putStat } from './repo';
import { schedule, type CardState } from './schedule';
import { foldAnswer, type Answer, type AnswerSource } from './stats';

export type { AnswerSource };

/** `statColumns: 'v6'` only for migration 6's replay of history, which runs before question_stats has first_source. */
export function recordAnswer(db: Db, packId: string, a: Answer, source: AnswerSource, statColumns: 'current' | 'v6' = 'current'): CardState {
  const prev = getStat(db, packId, a.questionId);
  putStat(db, packId, foldAnswer(prev, a, source), statColumns);
  const card = schedule(getCard(db, packId, a.questionId), gradeOf(a.correct, a.confidence), a.at);
  putCard(db, packId, a.questionId, card);
  bumpDay(db, packId, dayKey(a.at), a.domain, { correct: a.correct, first: !prev, review: source === 'review', confidence: a.confidence });
  return card;
}
