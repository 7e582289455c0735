// The study loop's pure logic: grades, scheduling through ts-fsrs with an injected clock, the daily plan, pacing,
// and the forecast's edge cases (thin evidence, repeats, explanations).
import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { addDays, dayKey, daysBetween, endOfDay, isDayKey } from '../../electron/study/days';
import { evidenceOf, FORECAST, forecast, type ForecastBlueprint } from '../../electron/study/forecast';
import { gradeOf } from '../../electron/study/grade';
import { pacingOf } from '../../electron/study/pacing';
import { dailyPlan } from '../../electron/study/plan';
import { schedule, type CardState } from '../../electron/study/schedule';
import { foldAnswer, isKnown, type AnswerSource, type QuestionStat } from '../../electron/study/stats';

const DAY = 86_400_000;
const T0 = new Date(2026, 10, 27, 9, 0, 0).getTime(); // local 09:00

describe('grade mapping', () => {
  it('maps outcome and confidence to FSRS grades', () => {
    expect(gradeOf(false, null)).toBe(Rating.Again);
    expect(gradeOf(false, 'sure')).toBe(Rating.Again);
    expect(gradeOf(false, 'guess')).toBe(Rating.Again);
    expect(gradeOf(true, 'guess')).toBe(Rating.Hard);
    expect(gradeOf(true, 'unsure')).toBe(Rating.Good);
    expect(gradeOf(true, 'sure')).toBe(Rating.Easy);
    expect(gradeOf(true, null)).toBe(Rating.Good);
  });
});

describe('scheduling through ts-fsrs', () => {
  it('makes a card answered wrong due tomorrow, and not today', () => {
    const card = schedule(null, gradeOf(false, null), T0);
    expect(card.due).toBe(T0 + DAY);
    expect(dayKey(card.due)).toBe(addDays(dayKey(T0), 1));
    expect(card.due).toBeGreaterThanOrEqual(endOfDay(T0));
  });

  it('puts a card answered right and sure three times out of sight for weeks', () => {
    let card: CardState | null = null;
    let t = T0;
    for (let i = 0; i < 3; i++) {
      card = schedule(card, gradeOf(true, 'sure'), t);
      t = card.due; // answered the day it falls due
    }
    expect(card!.due - t).toBe(0);
    expect(card!.scheduledDays).toBeGreaterThanOrEqual(21);
    expect(card!.reps).toBe(3);
  });

  it('brings a right guess back sooner than a sure answer, and a lapse back the next day', () => {
    const guess = schedule(null, gradeOf(true, 'guess'), T0);
    const sure = schedule(null, gradeOf(true, 'sure'), T0);
    expect(guess.due).toBeLessThan(sure.due);
    const lapse = schedule(sure, gradeOf(false, 'sure'), sure.due);
    expect(lapse.due).toBe(sure.due + DAY);
    expect(lapse.lapses).toBe(1);
  });

  it('reads an answer stamped before the last review as given at that review', () => {
    const first = schedule(null, gradeOf(true, null), T0 + DAY);
    const late = schedule(first, gradeOf(false, null), T0);
    expect(late.lastReview).toBe(T0 + DAY);
  });
});

describe('days', () => {
  it('counts calendar days and checks dates', () => {
    expect(daysBetween('2026-11-27', '2026-12-25')).toBe(28);
    expect(daysBetween('2026-11-27', '2026-11-26')).toBe(-1);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(isDayKey('2026-02-30')).toBe(false);
    expect(isDayKey('2026-02-28')).toBe(true);
  });
});

describe('daily plan', () => {
  const base = { today: '2026-11-27', examDate: '2026-12-27', dailyLimit: 50, dueToday: 12, unseen: 270, lastMockDay: '2026-11-25' };

  it('spreads the unmet questions over the days before the final three', () => {
    const p = dailyPlan(base);
    expect(p.daysLeft).toBe(30);
    expect(p.newPerDay).toBe(10); // 270 over 27 days
    expect(p.reviews).toBe(12);
    expect(p.backlog).toBe(0);
    expect(p.lines[0]).toBe('30 days left until your exam on 2026-12-27.');
  });

  it('caps reviews at the daily limit and keeps the rest for later', () => {
    const p = dailyPlan({ ...base, dueToday: 80 });
    expect(p.reviews).toBe(50);
    expect(p.backlog).toBe(30);
    expect(p.suggestion).toBe('Start with your 50 reviews due today.');
  });

  it('rounds new questions up and stops them in the last three days', () => {
    expect(dailyPlan({ ...base, examDate: '2026-12-02', unseen: 5 }).newPerDay).toBe(3); // 5 over 2 days
    expect(dailyPlan({ ...base, examDate: '2026-11-30' }).newPerDay).toBe(0);
    expect(dailyPlan({ ...base, unseen: 0 }).newPerDay).toBe(0);
  });

  it('schedules mock exams: today without one yet, then every few days, the last two days before the exam', () => {
    expect(dailyPlan({ ...base, lastMockDay: null }).nextMock).toBe('2026-11-27');
    expect(dailyPlan(base).nextMock).toBe('2026-12-02'); // 30 days left: every 7 days
    expect(dailyPlan({ ...base, examDate: '2026-12-05', lastMockDay: '2026-11-26' }).nextMock).toBe('2026-11-28'); // 8 days left: every 2
    expect(dailyPlan({ ...base, examDate: '2026-11-30', lastMockDay: '2026-11-20' }).nextMock).toBe('2026-11-27'); // overdue: today
    expect(dailyPlan({ ...base, examDate: '2026-11-29', lastMockDay: '2026-11-26' }).nextMock).toBe('2026-11-27'); // at the latest two days before
    expect(dailyPlan({ ...base, examDate: '2026-11-29', lastMockDay: '2026-11-27' }).nextMock).toBeNull(); // sat the last one today
    expect(dailyPlan({ ...base, examDate: '2026-11-28' }).nextMock).toBeNull(); // the eve of the exam
  });

  it('without a date gives only the reviews and a next step', () => {
    const p = dailyPlan({ ...base, examDate: null, dueToday: 0 });
    expect(p).toMatchObject({ daysLeft: null, newPerDay: 0, reviews: 0, nextMock: '2026-12-02' });
    expect(p.suggestion).toBe('Drill new questions from your weakest domain.');
  });
});

describe('pacing', () => {
  it('compares time per question with the budget, per domain, slowest first', () => {
    const items = [
      { position: 0, domain: '1', task: '1.1', timeMs: 60_000, correct: true },
      { position: 1, domain: '1', task: '1.1', timeMs: 120_000, correct: false },
      { position: 2, domain: '2', task: '2.1', timeMs: 90_000, correct: true },
    ];
    const p = pacingOf(items, 3 * 83_000, [{ id: '1', title: 'One' }, { id: '2', title: 'Two' }]);
    expect(p.budgetMs).toBe(83_000);
    expect(p.averageMs).toBe(90_000);
    expect(p.overBudget).toBe(2);
    expect(p.domains).toEqual([
      { id: '1', title: 'One', questions: 2, totalMs: 180_000, averageMs: 90_000 },
      { id: '2', title: 'Two', questions: 1, totalMs: 90_000, averageMs: 90_000 },
    ]);
    expect(p.slowest.map((s) => s.position)).toEqual([1, 2, 0]);
  });
});

describe('statistics and the forecast', () => {
  const bp: ForecastBlueprint = {
    questions: 10,
    scale: { min: 100, max: 1000, pass: 700, raw_pass: 0.7 },
    domains: [
      { id: '1', title: 'One', weight: 50, tasks: [{ id: '1.1', title: 'T11', bank: 40 }] },
      { id: '2', title: 'Two', weight: 50, tasks: [{ id: '2.1', title: 'T21', bank: 40 }, { id: '2.2', title: 'T22', bank: 40 }] },
    ],
  };
  const answer = (prev: QuestionStat | undefined, id: string, task: string, correct: boolean, at: number, source: AnswerSource = 'exam') =>
    foldAnswer(prev, { questionId: id, domain: task[0]!, task, correct, confidence: null, at }, source);

  it('keeps first sightings apart from repeats, and a right guess is not known', () => {
    let s = answer(undefined, 'a', '1.1', false, T0);
    s = answer(s, 'a', '1.1', true, T0 + DAY);
    expect(s).toMatchObject({ seen: 2, correctCount: 1, firstCorrect: false, lastCorrect: true, repeatWeight: 1, repeatRight: 1 });
    expect(isKnown({ ...s, lastConfidence: 'guess' })).toBe(false);
    expect(isKnown(s)).toBe(true);
  });

  it('says what would give enough data instead of a number', () => {
    const stats = Array.from({ length: 12 }, (_, i) => answer(undefined, `q${i}`, '1.1', true, T0));
    const f = forecast(bp, stats.map((s) => evidenceOf(s, T0)), T0);
    expect(f.enough).toBe(false);
    expect(f.overall).toBeNull();
    expect(f.summary).toBe('Not enough data yet. Answer 18 more new questions (at least 5 from Domain 2) for a forecast.');
    expect(f.domains[1]!.line).toBe('Domain 2: not enough data yet — answer 10 more new questions from it');
    expect(f.unseen).toBe(108);
  });

  it('estimates with a range, explains each domain, names the best study, and discounts repeats', () => {
    const stats: QuestionStat[] = [];
    for (let i = 0; i < 40; i++) stats.push(answer(undefined, `a${i}`, '1.1', i % 10 < 8, T0 + i * 3600_000));
    for (let i = 0; i < 30; i++) stats.push(answer(undefined, `b${i}`, '2.1', i % 10 < 7, T0 + i * 3600_000));
    for (let i = 0; i < 12; i++) stats.push(answer(undefined, `c${i}`, '2.2', i < 4, T0 + i * 3600_000));
    const now = T0 + 2 * DAY;
    const f = forecast(bp, stats.map((s) => evidenceOf(s, now)), now);
    expect(f.enough).toBe(true);
    const o = f.overall!;
    expect(o.low).toBeLessThan(o.scaled);
    expect(o.high).toBeGreaterThan(o.scaled);
    expect(f.summary).toBe(`Estimated ${o.scaled} (80% range ${o.low}–${o.high}) · pass chance ${Math.round(o.passChance * 100)}%`);
    expect(f.domains[0]!.line).toBe('Domain 1: 80% on 40 first-seen questions, steady');
    expect(f.bestStudy).toMatchObject({ task: '2.2', right: 4, seen: 12 });
    expect(f.bestStudy!.line).toMatch(/^Task 2\.2 — 4 of 12 — would add about \d+ points$/);

    // The same questions answered right again and again move the estimate far less than new ones would.
    const repeated = stats.map((s) => (s.task === '2.2' ? [1, 2, 3, 4, 5].reduce((x, k) => answer(x, x.questionId, '2.2', true, T0 + k * DAY), s) : s));
    const r = forecast(bp, repeated.map((s) => evidenceOf(s, now + 4 * DAY)), now + 4 * DAY);
    const fresh = [...stats, ...Array.from({ length: 12 }, (_, i) => answer(undefined, `d${i}`, '2.2', true, now))];
    const n = forecast(bp, fresh.map((s) => evidenceOf(s, now)), now);
    expect(r.overall!.scaled - o.scaled).toBeLessThan((n.overall!.scaled - o.scaled) / 2);
  });

  it('weighs a first sighting in a practice exam at half one under real conditions: the same answers give a wider range', () => {
    const learner = (source: AnswerSource) => {
      const stats: QuestionStat[] = [];
      for (let i = 0; i < 40; i++) stats.push(answer(undefined, `a${i}`, '1.1', i % 10 < 9, T0 + i * 3600_000, source));
      for (let i = 0; i < 40; i++) stats.push(answer(undefined, `b${i}`, '2.1', i % 10 < 8, T0 + i * 3600_000, source));
      for (let i = 0; i < 40; i++) stats.push(answer(undefined, `c${i}`, '2.2', i % 10 < 8, T0 + i * 3600_000, source));
      return stats.map((s) => evidenceOf(s, T0 + 2 * DAY));
    };
    const now = T0 + 2 * DAY;
    const real = forecast(bp, learner('exam'), now);
    const practice = forecast(bp, learner('practice'), now);
    expect(learner('practice').every((e) => e.firstInPractice)).toBe(true);
    expect([real.firstSeenInPractice, practice.firstSeenInPractice]).toEqual([0, 120]);
    // Less evidence: a wider 80% range, an estimate pulled towards the prior (this learner is above it), and a pass
    // chance less sure of itself.
    const width = (f: typeof real) => f.overall!.high - f.overall!.low;
    expect(width(practice)).toBeGreaterThan(width(real));
    expect(practice.overall!.accuracy).toBeLessThan(real.overall!.accuracy);
    expect(practice.overall!.passChance).toBeLessThan(real.overall!.passChance);
    // The weight is the only difference: at full worth, practice answers forecast exactly as real ones.
    expect(forecast(bp, learner('practice'), now, { ...FORECAST, practiceWorth: 1 })).toEqual({ ...real, firstSeenInPractice: 120 });
    // Drills and reviews count in full, as before.
    expect(forecast(bp, learner('drill'), now).overall).toEqual(real.overall);
    // Half of them from practice: in between.
    const mixed = forecast(bp, learner('exam').map((e, i) => ({ ...e, firstInPractice: i % 2 === 0 })), now);
    expect(width(mixed)).toBeGreaterThan(width(real));
    expect(width(mixed)).toBeLessThan(width(practice));
  });
});
