// Spaced review through ts-fsrs. Pure: the caller passes the time of the answer (the backend's injected clock).
// Short-term learning steps are off: a question is a day-scale card, so a wrong answer is due the next day rather
// than in ten minutes, and a review session ends when nothing is due today.
import { createEmptyCard, fsrs, type Card } from 'ts-fsrs';
import type { Grade } from './grade';

export interface CardState {
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: number | null;
}

const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

function toCard(c: CardState): Card {
  return {
    due: new Date(c.due),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: 0,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    ...(c.lastReview === null ? {} : { last_review: new Date(c.lastReview) }),
  };
}

function fromCard(c: Card): CardState {
  return {
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.last_review ? c.last_review.getTime() : null,
  };
}

/** The card after an answer graded `grade` at `at`; a question never reviewed starts from an empty card. */
export function schedule(card: CardState | null, grade: Grade, at: number): CardState {
  const current = card ? toCard(card) : createEmptyCard(new Date(at));
  // An answer stamped before the card's last review (an exam submitted after a later drill) counts as given then.
  const when = card?.lastReview != null && card.lastReview > at ? card.lastReview : at;
  return fromCard(scheduler.next(current, new Date(when), grade).card);
}
