// The exam room through dispatch: struck options, practice exams (pause, resume, checking), time per question,
// notes links named by their file's title, and deleting a past attempt.
import { describe, expect, it } from 'vitest';
import type { ClockState, ExamResult, ExamView, ReviewItem } from '../../electron/api/types';
import { call, testBackend, type TestClock } from '../helpers';
import { createBackend } from '../../electron/backend';
import { FIXTURE_PACKS } from '../helpers';

type Backend = Awaited<ReturnType<typeof testBackend>>['backend'];

const firstChoiceItem = (exam: ExamView) => exam.items.find((i) => i.type === 'single' || i.type === 'multiple')!;

/** The Proctor a learner reopens on the same data folder and clock. */
async function reopen(dataDir: string, clock: TestClock): Promise<Backend> {
  return createBackend({ dataDir, packsDir: FIXTURE_PACKS, now: clock.now, version: 'test', log: { info: () => {}, error: () => {} } });
}

describe('struck options', () => {
  it('are stored with the attempt, survive a restart, and never count as an answer', async () => {
    const { backend, clock, dataDir } = await testBackend();
    const exam = await call<ExamView>(backend, 'exam.start', { packId: 'mini' });
    const item = firstChoiceItem(exam);
    const [a, b] = item.options!.map((o) => o.id);
    expect(await call(backend, 'exam.strike', { attemptId: exam.attemptId, position: item.position, struck: [a, b, a] })).toEqual({
      position: item.position,
      struck: [a, b],
    });
    backend.close();

    const again = await reopen(dataDir, clock);
    const view = await call<ExamView>(again, 'exam.get', { attemptId: exam.attemptId });
    expect(view.items[item.position]!.struck).toEqual([a, b]);
    expect(view.items[item.position]!.answered).toBe(false);
    const result = await call<ExamResult>(again, 'exam.submit', { attemptId: exam.attemptId });
    expect(result.answeredCount).toBe(0);
    expect(result.items[item.position]!.struck).toEqual([a, b]);
    again.close();
  });

  it('refuses ids the question does not have, and questions without options', async () => {
    const { backend } = await testBackend();
    const exam = await call<ExamView>(backend, 'exam.start', { packId: 'mini' });
    const item = firstChoiceItem(exam);
    const r = await backend.dispatch('exam.strike', { attemptId: exam.attemptId, position: item.position, struck: ['zz'] });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const ordering = exam.items.find((i) => i.type === 'ordering' || i.type === 'matching');
    if (ordering) {
      const o = await backend.dispatch('exam.strike', { attemptId: exam.attemptId, position: ordering.position, struck: [] });
      expect(o).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });
});

describe('a practice exam', () => {
  it('has the same blueprint; its clock stops while paused, and changes wait for the resume', async () => {
    const { backend, clock } = await testBackend();
    const exam = await call<ExamView>(backend, 'exam.start', { packId: 'mini', kind: 'practice' });
    expect(exam).toMatchObject({ kind: 'practice', pausedAt: null, checkAnswers: false, timeLimitMs: 10 * 60_000 });
    expect(exam.items).toHaveLength(6);

    clock.advance(60_000);
    const paused = await call<ClockState>(backend, 'exam.pause', { attemptId: exam.attemptId, leaving: { position: 0, timeSpentMs: 60_000 } });
    expect(paused).toMatchObject({ endsAt: exam.endsAt, pausedAt: exam.startedAt + 60_000 });

    // An hour away: far past the original deadline, yet nothing ran out.
    clock.advance(60 * 60_000);
    const still = await call<ExamView>(backend, 'exam.get', { attemptId: exam.attemptId });
    expect(still.status).toBe('in_progress');
    const refused = await backend.dispatch('exam.flag', { attemptId: exam.attemptId, position: 0, flagged: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/paused/) } });

    const resumed = await call<ClockState>(backend, 'exam.resume', { attemptId: exam.attemptId });
    expect(resumed).toMatchObject({ pausedAt: null, endsAt: exam.endsAt + 60 * 60_000 });
    // Nine minutes of the ten remain.
    expect(resumed.endsAt - resumed.serverNow).toBe(9 * 60_000);
    await call(backend, 'exam.flag', { attemptId: exam.attemptId, position: 0, flagged: true });

    clock.advance(9 * 60_000);
    const result = await call<ExamResult>(backend, 'exam.result', { attemptId: exam.attemptId });
    expect(result).toMatchObject({ kind: 'practice', timedOut: true });
    expect(result.items[0]!.timeSpentMs).toBe(60_000);
  });

  it('is paused while Proctor is closed: at close, or where the learner was last seen after a crash', async () => {
    const { backend, clock, dataDir } = await testBackend();
    const exam = await call<ExamView>(backend, 'exam.start', { packId: 'mini', kind: 'practice' });
    clock.advance(2 * 60_000);
    backend.close();
    clock.advance(3 * 24 * 3_600_000);
    const again = await reopen(dataDir, clock);
    const view = await call<ExamView>(again, 'exam.get', { attemptId: exam.attemptId });
    expect(view).toMatchObject({ status: 'in_progress', pausedAt: exam.startedAt + 2 * 60_000 });

    // A crash: the database is never told. The last sign of life was a visit a minute after resuming.
    await call(again, 'exam.resume', { attemptId: exam.attemptId });
    clock.advance(60_000);
    await call(again, 'exam.visit', { attemptId: exam.attemptId, position: 1 });
    const lastSeen = clock.t;
    clock.advance(5 * 60_000);
    again.db.close();
    clock.advance(24 * 3_600_000);
    const third = await reopen(dataDir, clock);
    const after = await call<ExamView>(third, 'exam.get', { attemptId: exam.attemptId });
    expect(after).toMatchObject({ status: 'in_progress', pausedAt: lastSeen, currentPosition: 1 });
    third.close();
  });

  it('checks an answer at once when asked, with its explanation; the answer is then final', async () => {
    const { backend } = await testBackend();
    const exam = await call<ExamView>(backend, 'exam.start', { packId: 'mini', kind: 'practice', checkAnswers: true });
    expect(exam.checkAnswers).toBe(true);
    const item = exam.items.find((i) => i.type === 'single')!;
    const early = await backend.dispatch('exam.check', { attemptId: exam.attemptId, position: item.position });
    expect(early).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await call(backend, 'exam.saveAnswer', { attemptId: exam.attemptId, position: item.position, response: { kind: 'single', choice: item.options![0]!.id } });
    const review = await call<ReviewItem>(backend, 'exam.check', { attemptId: exam.attemptId, position: item.position });
    expect(review.question.explanation).toBeTruthy();
    expect(review.answered).toBe(true);
    const change = await backend.dispatch('exam.saveAnswer', { attemptId: exam.attemptId, position: item.position, response: null });
    expect(change).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/checked/) } });
    // The view carries the checked review, and only that one.
    const view = await call<ExamView>(backend, 'exam.get', { attemptId: exam.attemptId });
    expect(view.items.filter((i) => i.checked).map((i) => i.position)).toEqual([item.position]);
  });

  it('an exam under real conditions can neither pause nor check', async () => {
    const { backend } = await testBackend();
    const exam = await call<ExamView>(backend, 'exam.start', { packId: 'mini', checkAnswers: true });
    expect(exam).toMatchObject({ kind: 'exam', checkAnswers: false });
    expect(await backend.dispatch('exam.pause', { attemptId: exam.attemptId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await call(backend, 'exam.saveAnswer', { attemptId: exam.attemptId, position: 0, response: null });
    expect(await backend.dispatch('exam.check', { attemptId: exam.attemptId, position: 0 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('the review', () => {
  it('shows time spent per question (answers and moves both count) and notes links named by the file title', async () => {
    const { backend, clock } = await testBackend();
    const exam = await call<ExamView>(backend, 'exam.start', { packId: 'mini' });
    clock.advance(30_000);
    await call(backend, 'exam.visit', { attemptId: exam.attemptId, position: 1, leaving: { position: 0, timeSpentMs: 30_000 } });
    await call(backend, 'exam.visit', { attemptId: exam.attemptId, position: 0, leaving: { position: 1, timeSpentMs: 5_000 } });
    await call(backend, 'exam.saveAnswer', { attemptId: exam.attemptId, position: 0, response: null, timeSpentMs: 12_000 });
    const result = await call<ExamResult>(backend, 'exam.submit', { attemptId: exam.attemptId });
    expect(result.items.map((i) => i.timeSpentMs).slice(0, 3)).toEqual([42_000, 5_000, 0]);
    const links = result.items.flatMap((i) => i.noteLinks ?? []);
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l.fileTitle).toBe('Sky notes');
    expect(links.map((l) => l.sectionTitle)).toContain('Cloud types');
  });
});

describe('deleting a past attempt', () => {
  it('removes the attempt and all its items in one go', async () => {
    const { backend } = await testBackend();
    const first = await call<ExamView>(backend, 'exam.start', { packId: 'mini' });
    await call(backend, 'exam.submit', { attemptId: first.attemptId });
    const second = await call<ExamView>(backend, 'exam.start', { packId: 'mini' });
    await call(backend, 'exam.submit', { attemptId: second.attemptId });

    expect(await call(backend, 'attempts.delete', { attemptId: first.attemptId })).toEqual({ deleted: true });
    const count = (id: number) => backend.db.prepare('SELECT count(*) FROM attempt_items WHERE attempt_id = ?').pluck().get(id);
    expect(count(first.attemptId)).toBe(0);
    expect(count(second.attemptId)).toBe(6);
    expect((await call<{ attemptId: number }[]>(backend, 'attempts.list', { packId: 'mini' })).map((a) => a.attemptId)).toEqual([second.attemptId]);
    expect(await backend.dispatch('attempts.delete', { attemptId: first.attemptId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
