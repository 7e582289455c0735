// Today's plan: the arithmetic from the exam date, the reviews due and the unmet part of the bank. Pure.
import type { DailyPlan } from '../api/types';
import { addDays, daysBetween } from './days';

export interface PlanInput {
  today: string;
  examDate: string | null;
  dailyLimit: number;
  dueToday: number;
  /** Questions of the bank never answered. */
  unseen: number;
  /** The day of the last finished mock exam, if any. */
  lastMockDay: string | null;
}

/** The last days before the exam are for reviews and a last mock, not new material. */
export const FINAL_DAYS = 3;
/** Without an exam date, a mock exam a week. */
const MOCK_EVERY_DAYS = 7;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function mockInterval(daysLeft: number | null): number {
  if (daysLeft === null) return MOCK_EVERY_DAYS;
  return Math.min(MOCK_EVERY_DAYS, Math.max(2, Math.floor(daysLeft / 4)));
}

export function dailyPlan(p: PlanInput): DailyPlan {
  const reviews = Math.min(p.dueToday, p.dailyLimit);
  const backlog = p.dueToday - reviews;
  const daysLeft = p.examDate ? daysBetween(p.today, p.examDate) : null;

  // New questions: spread what is left of the bank over the days before the final three.
  const newDays = daysLeft === null ? null : daysLeft - FINAL_DAYS;
  const newPerDay = newDays === null || newDays <= 0 || p.unseen === 0 ? 0 : Math.ceil(p.unseen / newDays);

  // The next mock: today if none was sat yet; otherwise after the interval, but at the latest two days before the
  // exam, and none on the exam's eve or day.
  let nextMock: string | null;
  if (daysLeft !== null && daysLeft <= 1) nextMock = null;
  else if (!p.lastMockDay) nextMock = p.today;
  else {
    let day = addDays(p.lastMockDay, mockInterval(daysLeft));
    if (p.examDate && daysBetween(day, addDays(p.examDate, -2)) < 0) day = addDays(p.examDate, -2);
    nextMock = daysBetween(p.today, day) <= 0 ? p.today : day;
    if (p.examDate && p.lastMockDay === p.today && daysBetween(p.today, p.examDate) <= 2) nextMock = null;
  }

  const lines: string[] = [];
  if (daysLeft !== null) lines.push(daysLeft === 0 ? 'Your exam is today. Good luck!' : `${plural(daysLeft, 'day')} left until your exam on ${p.examDate}.`);
  lines.push(
    reviews
      ? `Review ${plural(reviews, 'question')} due today${backlog ? ` (${backlog} more wait for the coming days: your daily limit is ${p.dailyLimit})` : ''}.`
      : 'No reviews due today.',
  );
  if (daysLeft !== null) {
    if (newPerDay) lines.push(`Meet ${plural(newPerDay, 'new question')} a day to see the whole bank before the last ${FINAL_DAYS} days (${p.unseen} not met yet).`);
    else if (p.unseen === 0) lines.push('You have met every question of the bank: mock exams now measure recall more than knowledge.');
    else lines.push(`The last ${FINAL_DAYS} days are for reviews and a last mock exam, not new questions.`);
  }
  if (nextMock) lines.push(nextMock === p.today ? 'Sit a full mock exam today.' : `Sit your next full mock exam on ${nextMock}.`);

  const suggestion = reviews
    ? `Start with your ${plural(reviews, 'review')} due today.`
    : nextMock === p.today
      ? 'Sit a full mock exam.'
      : newPerDay
        ? `Drill ${plural(newPerDay, 'new question')}.`
        : p.unseen > 0
          ? 'Drill new questions from your weakest domain.'
          : 'Drill your weakest task statement.';
  return { examDate: p.examDate, daysLeft, reviews, backlog, newPerDay, nextMock, suggestion, lines };
}
