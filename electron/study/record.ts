// One answer, from an exam, a drill or a review, updates the question's statistics, its review card and the day's
// counts. Every writer of answers calls this, inside its own transaction, so the three never disagree.
import type { Db } from '../db/open';
import { dayKey } from './days';
import { gradeOf } from './grade';
import { bumpDay, getCard, getStat, putCard, putStat } from './repo';
import { schedule, type CardState } from './schedule';
import { foldAnswer, type Answer } from './stats';

export type AnswerSource = 'exam' | 'drill' | 'review';

export function recordAnswer(db: Db, packId: string, a: Answer, source: AnswerSource): CardState {
  const prev = getStat(db, packId, a.questionId);
  putStat(db, packId, foldAnswer(prev, a));
  const card = schedule(getCard(db, packId, a.questionId), gradeOf(a.correct, a.confidence), a.at);
  putCard(db, packId, a.questionId, card);
  bumpDay(db, packId, dayKey(a.at), a.domain, { correct: a.correct, first: !prev, review: source === 'review', confidence: a.confidence });
  return card;
}
