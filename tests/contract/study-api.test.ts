// The study loop through dispatch on real SQLite files: confidence, spaced reviews, the plan, the forecast,
// practising mistakes, pacing, and refused input that leaves everything stored as it was.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  DrillQuestion, ExamResult, ExamView, Forecast, HomeView, MistakeSet, ReviewAnswer, ReviewItem, ReviewNext, StudyHistory,
  StudySettingsSaved, StudyToday,
} from '../../electron/api/types';
import { dayKey } from '../../electron/study/days';
import { call, responseFor, ROOT, testBackend, TestClock } from '../helpers';

const DAY = 86_400_000;
const everything = (db: import('../../electron/db/open').Db) =>
  ['attempt_items', 'drill_answers', 'review_cards', 'question_stats', 'study_days', 'settings'].map((t) => db.prepare(`SELECT * FROM ${t}`).all());

/** Sits a mini exam: the first `wrong` questions answered wrong, the rest right, each with a confidence. */
async function sitExam(backend: Awaited<ReturnType<typeof testBackend>>['backend'], wrong: number, confidence: 'sure' | 'guess' = 'sure') {
  const exam = await call<ExamView>(backend, 'exam.start', { packId: 'mini' });
  const ids = backend.db.prepare('SELECT question_id FROM attempt_items WHERE attempt_id = ? ORDER BY position').pluck().all(exam.attemptId) as string[];
  for (const [position, id] of ids.entries()) {
    await call(backend, 'exam.saveAnswer', {
      attemptId: exam.attemptId, position, response: responseFor(backend, 'mini', id, position >= wrong), confidence, timeSpentMs: 10_000 * (position + 1),
    });
  }
  await call(backend, 'exam.flag', { attemptId: exam.attemptId, position: 1, flagged: true });
  return { exam, ids, result: await call<ExamResult>(backend, 'exam.submit', { attemptId: exam.attemptId }) };
}

describe('study loop API', () => {
  it('makes exam mistakes due the next day and runs a review session until nothing is due', async () => {
    const { backend, clock } = await testBackend();
    const { ids, result } = await sitExam(backend, 2);
    expect(result.items.map((i) => i.confidence)).toEqual(ids.map(() => 'sure'));
    expect((await call<ReviewNext>(backend, 'review.next', { packId: 'mini' })).question).toBeNull();

    clock.advance(DAY);
    const today = await call<StudyToday>(backend, 'study.today', { packId: 'mini' });
    expect(today.dueToday).toBe(2);
    const seen: string[] = [];
    for (;;) {
      const next = await call<ReviewNext>(backend, 'review.next', { packId: 'mini' });
      if (!next.question) break;
      seen.push(next.question.questionId);
      const answered = await call<ReviewAnswer>(backend, 'review.answer', {
        packId: 'mini', questionId: next.question.questionId, response: responseFor(backend, 'mini', next.question.questionId), displayOrder: [], confidence: 'unsure',
      });
      expect(answered.review.correct).toBe(true);
      expect(answered.nextDue).toBeGreaterThan(clock.now() + DAY);
      expect(seen.length).toBeLessThan(10);
    }
    expect(seen.sort()).toEqual(ids.slice(0, 2).sort());
    expect((await call<StudyToday>(backend, 'study.today', { packId: 'mini' })).dueToday).toBe(0);
    expect(backend.db.prepare("SELECT count(*) FROM drill_answers WHERE kind = 'review' AND confidence = 'unsure'").pluck().get()).toBe(2);
    // The right answers, all sure, come back days later, not tomorrow.
    clock.advance(DAY);
    expect((await call<StudyToday>(backend, 'study.today', { packId: 'mini' })).dueToday).toBe(0);
    const home = await call<HomeView>(backend, 'app.home', {});
    expect(home.study!.dueToday).toBe(0);
    const history = await call<StudyHistory>(backend, 'study.history', { packId: 'mini' });
    expect(history.reviewStreak).toBe(1);
    expect(history.exams).toHaveLength(1);
    expect(history.met.at(-1)!.met).toBe(6);
  });

  it('shows pacing on results and lists wrong, flagged and guessed questions for practice', async () => {
    const { backend } = await testBackend();
    const { exam, ids, result } = await sitExam(backend, 3, 'guess');
    expect(result.pacing).toMatchObject({ budgetMs: 100_000, averageMs: 35_000, overBudget: 0 });
    expect(result.pacing.slowest[0]).toMatchObject({ position: 5, timeMs: 60_000 });

    const wrong = await call<MistakeSet>(backend, 'study.mistakes', { packId: 'mini', kind: 'wrong', attemptId: exam.attemptId });
    expect(wrong.questionIds).toEqual(ids.slice(0, 3));
    expect((await call<MistakeSet>(backend, 'study.mistakes', { packId: 'mini', kind: 'flagged', attemptId: exam.attemptId })).questionIds).toEqual([ids[1]]);
    expect((await call<MistakeSet>(backend, 'study.mistakes', { packId: 'mini', kind: 'guessed', attemptId: exam.attemptId })).questionIds).toEqual(ids);
    expect((await call<MistakeSet>(backend, 'study.mistakes', { packId: 'mini', kind: 'wrong' })).questionIds.sort()).toEqual(ids.slice(0, 3).sort());

    // The drill asks exactly those questions.
    const asked: string[] = [];
    for (let i = 0; i < 3; i++) {
      const q = await call<DrillQuestion>(backend, 'drill.next', { packId: 'mini', questionIds: wrong.questionIds, recent: asked });
      expect(q.scopeTotal).toBe(3);
      asked.push(q.questionId);
    }
    expect(asked.sort()).toEqual([...wrong.questionIds].sort());

    // Right guesses are not counted as known on Home.
    const home = await call<HomeView>(backend, 'app.home', {});
    expect(home.progress.reduce((s, d) => s + d.right, 0)).toBe(0);
    expect(home.progress.reduce((s, d) => s + d.seen, 0)).toBe(6);
  });

  it('stores a drill answer with its confidence and schedules it', async () => {
    const { backend, clock } = await testBackend();
    const q = await call<DrillQuestion>(backend, 'drill.next', { packId: 'mini' });
    const review = await call<ReviewItem>(backend, 'drill.answer', {
      packId: 'mini', questionId: q.questionId, response: responseFor(backend, 'mini', q.questionId, false), displayOrder: [], confidence: 'sure',
    });
    expect(review.confidence).toBe('sure');
    expect(backend.db.prepare("SELECT confidence, kind FROM drill_answers").get()).toEqual({ confidence: 'sure', kind: 'drill' });
    expect(backend.db.prepare('SELECT due FROM review_cards WHERE question_id = ?').pluck().get(q.questionId)).toBe(clock.now() + DAY);
  });

  it('plans from the exam date and clamps the daily limit', async () => {
    const clock = new TestClock();
    const { backend } = await testBackend({ clock });
    const examDate = dayKey(clock.now() + 20 * DAY);
    const saved = await call<StudySettingsSaved>(backend, 'study.saveSettings', { packId: 'mini', examDate, dailyLimit: 10_000 });
    expect(saved.settings).toEqual({ examDate, dailyLimit: 500, confidenceInExams: false });
    expect(saved.notice).toBe('A daily limit of 10000 was set to 500, the most reviews a day Proctor allows.');
    expect((await call<StudySettingsSaved>(backend, 'study.saveSettings', { packId: 'mini', dailyLimit: 0 })).settings.dailyLimit).toBe(5);
    const today = await call<StudyToday>(backend, 'study.today', { packId: 'mini' });
    expect(today.plan).toMatchObject({ examDate, daysLeft: 20, newPerDay: 1, nextMock: dayKey(clock.now()) });
    expect(today.plan.lines).toContain('Meet 1 new question a day to see the whole bank before the last 3 days (8 not met yet).');
    expect(today.forecast.summary).toBe('Not enough data yet. Answer 4 more new questions (at least 2 from Domain 1, 2 from Domain 2) for a forecast.');
  });

  it('refuses bad input with clear messages and changes nothing', async () => {
    const { backend, clock } = await testBackend();
    const { exam } = await (async () => {
      const e = await call<ExamView>(backend, 'exam.start', { packId: 'mini' });
      return { exam: e };
    })();
    await call(backend, 'study.saveSettings', { packId: 'mini', examDate: dayKey(clock.now() + 5 * DAY), dailyLimit: 40 });
    const before = everything(backend.db);

    const noAnswer = await backend.dispatch('exam.saveAnswer', { attemptId: exam.attemptId, position: 0, response: null, confidence: 'sure' });
    expect(!noAnswer.ok && noAnswer.error.message).toBe(
      'Invalid input for exam.saveAnswer: confidence: a confidence needs an answer: answer the question first, then say how sure you are',
    );
    const past = dayKey(clock.now() - DAY);
    const pastDate = await backend.dispatch('study.saveSettings', { packId: 'mini', examDate: past, dailyLimit: 60 });
    expect(!pastDate.ok && pastDate.error).toEqual({
      code: 'invalid_input',
      message: `The exam date ${past} is in the past; pick today (${dayKey(clock.now())}) or a later day. Nothing was changed.`,
    });
    const badDay = await backend.dispatch('study.saveSettings', { packId: 'mini', examDate: '2026-02-30' });
    expect(!badDay.ok && badDay.error.message).toBe('2026-02-30 is not a date in the calendar.');
    const badConfidence = await backend.dispatch('drill.answer', { packId: 'mini', questionId: 'puffy-cloud', response: { kind: 'single', choice: 'a' }, displayOrder: [], confidence: 'maybe' });
    expect(!badConfidence.ok && badConfidence.error.code).toBe('invalid_input');

    backend.db.prepare("UPDATE questions SET retired = 1 WHERE id = 'puffy-cloud'").run();
    const retired = await backend.dispatch('review.answer', { packId: 'mini', questionId: 'puffy-cloud', response: responseFor(backend, 'mini', 'puffy-cloud'), displayOrder: [] });
    expect(!retired.ok && retired.error).toEqual({
      code: 'conflict',
      message: 'Question "puffy-cloud" was retired from the course pack, so it is no longer reviewed. Nothing was saved.',
    });
    const open = await backend.dispatch('study.mistakes', { packId: 'mini', kind: 'wrong', attemptId: exam.attemptId });
    expect(!open.ok && open.error.code).toBe('conflict');
    expect(everything(backend.db)).toEqual(before);
  });

  it('forecasts a real pack once enough new questions are answered', async () => {
    const { backend } = await testBackend({ packsDir: join(ROOT, 'questions') });
    const recent: string[] = [];
    for (let i = 0; i < 40; i++) {
      const q = await call<DrillQuestion>(backend, 'drill.next', { packId: 'aif-c01', domain: String((i % 5) + 1), recent });
      recent.push(q.questionId);
      await call(backend, 'drill.answer', { packId: 'aif-c01', questionId: q.questionId, response: responseFor(backend, 'aif-c01', q.questionId, i % 4 !== 0), displayOrder: [] });
    }
    const f = await call<Forecast>(backend, 'study.forecast', { packId: 'aif-c01' });
    expect(f.enough).toBe(true);
    expect(f.firstSeen).toBe(40);
    expect(f.unseen).toBe(f.bankSize - 40);
    expect(f.summary).toMatch(/^Estimated \d+ \(80% range \d+–\d+\) · pass chance \d+%$/);
    expect(f.overall!.low).toBeLessThan(f.overall!.high);
    expect(f.domains.every((d) => d.line.startsWith(`Domain ${d.id}: `))).toBe(true);
    expect(f.bestStudy?.line).toMatch(/^Task \d\.\d — /);
  });
});

describe('practice exams in the forecast', () => {
  /** Sits one 65-question exam of the real pack (the same draw for the same seed), every fourth answer wrong. */
  async function sit(kind: 'exam' | 'practice') {
    const { backend } = await testBackend({ packsDir: join(ROOT, 'questions'), seed: 11 });
    const exam = await call<ExamView>(backend, 'exam.start', { packId: 'aif-c01', kind });
    const ids = backend.db.prepare('SELECT question_id FROM attempt_items WHERE attempt_id = ? ORDER BY position').pluck().all(exam.attemptId) as string[];
    for (const [position, id] of ids.entries()) {
      await call(backend, 'exam.saveAnswer', { attemptId: exam.attemptId, position, response: responseFor(backend, 'aif-c01', id, position % 4 !== 0) });
    }
    await call<ExamResult>(backend, 'exam.submit', { attemptId: exam.attemptId });
    return { backend, ids, forecast: await call<Forecast>(backend, 'study.forecast', { packId: 'aif-c01' }) };
  }

  it('records a practice exam as the first sighting of its questions, and weighs it less than the same exam under real conditions', async () => {
    const practice = await sit('practice');
    const real = await sit('exam');
    expect(practice.ids).toEqual(real.ids);
    const sources = (b: typeof real.backend) => b.db.prepare('SELECT first_source, count(*) AS n FROM question_stats GROUP BY first_source').all();
    expect(sources(practice.backend)).toEqual([{ first_source: 'practice', n: 65 }]);
    expect(sources(real.backend)).toEqual([{ first_source: 'exam', n: 65 }]);
    expect([practice.forecast.firstSeen, practice.forecast.firstSeenInPractice]).toEqual([65, 65]);
    expect([real.forecast.firstSeen, real.forecast.firstSeenInPractice]).toEqual([65, 0]);
    const width = (f: Forecast) => f.overall!.high - f.overall!.low;
    expect(width(practice.forecast)).toBeGreaterThan(width(real.forecast));

    // Meeting one again (here in a drill) does not change where it was first met.
    const q = practice.ids[0]!;
    await call(practice.backend, 'drill.answer', { packId: 'aif-c01', questionId: q, response: responseFor(practice.backend, 'aif-c01', q), displayOrder: [] });
    expect(practice.backend.db.prepare('SELECT seen, first_source FROM question_stats WHERE question_id = ?').get(q)).toEqual({ seen: 2, first_source: 'practice' });
    practice.backend.close();
    real.backend.close();
  });
});

describe('kept statistics', () => {
  it('are re-read after any change, including one by another connection and one rolled back', async () => {
    const { backend, dataDir } = await testBackend();
    const { activeStats } = await import('../../electron/study/repo');
    expect(activeStats(backend.db, 'mini')).toEqual([]);
    const q = await call<DrillQuestion>(backend, 'drill.next', { packId: 'mini' });
    await call(backend, 'drill.answer', { packId: 'mini', questionId: q.questionId, response: responseFor(backend, 'mini', q.questionId), displayOrder: [] });
    const first = activeStats(backend.db, 'mini');
    expect(first.map((s) => s.questionId)).toEqual([q.questionId]);
    expect(activeStats(backend.db, 'mini')).toBe(first); // unchanged: the same read

    // Another connection (another Proctor on the same file) writes: seen here.
    const Database = (await import('better-sqlite3')).default;
    const other = new Database(join(dataDir, 'proctor.db'));
    other.prepare('UPDATE question_stats SET seen = 9').run();
    other.close();
    expect(activeStats(backend.db, 'mini')[0]!.seen).toBe(9);

    // A read inside a transaction that rolls back is not kept.
    const tx = backend.db.transaction(() => {
      backend.db.prepare('UPDATE question_stats SET seen = 42').run();
      expect(activeStats(backend.db, 'mini')[0]!.seen).toBe(42);
      throw new Error('undo');
    });
    expect(() => tx()).toThrow('undo');
    expect(activeStats(backend.db, 'mini')[0]!.seen).toBe(9);
  });
});
