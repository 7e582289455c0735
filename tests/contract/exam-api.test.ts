import { describe, expect, it } from 'vitest';
import type { ExamResult, ExamView, HomeView, SaveAck } from '../../electron/api/types';
import { methods } from '../../electron/api/contract';
import { handlers } from '../../electron/api/handlers';
import { call, testBackend } from '../helpers';

/** The keyed response for an exam item, read from the backend's stored snapshot (as a perfect learner would answer). */
function keyFor(backend: Awaited<ReturnType<typeof testBackend>>['backend'], attemptId: number, position: number) {
  const row = backend.db.prepare('SELECT snapshot FROM attempt_items WHERE attempt_id = ? AND position = ?').get(attemptId, position) as { snapshot: string };
  const q = JSON.parse(row.snapshot).question;
  switch (q.type) {
    case 'single':
      return { kind: 'single', choice: q.options.find((o: { correct: boolean }) => o.correct).id };
    case 'multiple':
      return { kind: 'multiple', choices: q.options.filter((o: { correct: boolean }) => o.correct).map((o: { id: string }) => o.id) };
    case 'ordering':
      return { kind: 'ordering', order: q.items.map((i: { id: string }) => i.id) };
    default:
      return { kind: 'matching', pairs: Object.fromEntries(q.prompts.map((p: { id: string; answerId: string }) => [p.id, p.answerId])) };
  }
}

describe('the contract', () => {
  it('has exactly one handler per method', () => {
    expect(Object.keys(handlers).sort()).toEqual([...methods].sort());
  });
});

describe('dispatch', () => {
  it('answers an unknown method with not_found, never a crash', async () => {
    const { backend } = await testBackend();
    expect(await backend.dispatch('exam.hack', {})).toEqual({ ok: false, error: { code: 'not_found', message: 'Unknown API method "exam.hack".' } });
    expect((await backend.dispatch('__proto__', {})).ok).toBe(false);
    expect((await backend.dispatch('toString', {})).ok).toBe(false);
  });

  it('rejects a wrong payload with invalid_input and the path of each issue, changing nothing', async () => {
    const { backend } = await testBackend();
    const r = await backend.dispatch('exam.start', { packId: 42, extra: true });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    expect(r.error.issues!.map((i) => i.path)).toEqual(expect.arrayContaining(['packId']));
    expect(r.error.message).toMatch(/^Invalid input for exam\.start: /);
    expect(backend.db.prepare('SELECT count(*) FROM attempts').pluck().get()).toBe(0);
    expect((await backend.dispatch('exam.saveAnswer', null)).ok).toBe(false);
    expect((await backend.dispatch('exam.saveAnswer', { attemptId: 1, position: 0, response: { kind: 'single' } })).ok).toBe(false);
  });

  it('turns a thrown error into internal without leaking it', async () => {
    const { backend } = await testBackend();
    backend.close();
    const r = await backend.dispatch('packs.list', {});
    expect(r).toEqual({ ok: false, error: { code: 'internal', message: 'Proctor hit an internal error in packs.list. Nothing was changed.' } });
  });
});

describe('a mock exam through dispatch', () => {
  it('starts from the blueprint, saves every answer, scores and reports per domain', async () => {
    const { backend, clock } = await testBackend();
    const exam = await call<ExamView>(backend, 'exam.start', { packId: 'mini', extraTime: false });
    expect(exam.items).toHaveLength(6);
    expect(exam.endsAt - exam.startedAt).toBe(10 * 60_000);
    expect(exam.items.filter((i) => ['puffy-cloud', 'high-clouds'].includes(i.stem)).length).toBe(0);
    // Keys and explanations never reach an open exam.
    expect(JSON.stringify(exam)).not.toMatch(/"correct"|"why"|"explanation"|answerId/);
    // Domain counts follow the 50/50 blueprint.
    const domains = backend.db.prepare('SELECT domain, count(*) AS n FROM attempt_items GROUP BY domain ORDER BY domain').all();
    expect(domains).toEqual([{ domain: '1', n: 3 }, { domain: '2', n: 3 }]);

    for (const item of exam.items.slice(1)) {
      clock.advance(1000);
      const ack = await call<SaveAck>(backend, 'exam.saveAnswer', { attemptId: exam.attemptId, position: item.position, response: keyFor(backend, exam.attemptId, item.position), timeSpentMs: 1000 });
      expect(ack.answered).toBe(true);
    }
    await call(backend, 'exam.flag', { attemptId: exam.attemptId, position: 2, flagged: true });
    const again = await call<ExamView>(backend, 'exam.get', { attemptId: exam.attemptId });
    expect(again.items.filter((i) => i.answered)).toHaveLength(5);
    expect(again.items[2]!.flagged).toBe(true);

    const result = await call<ExamResult>(backend, 'exam.submit', { attemptId: exam.attemptId });
    expect(result.rawCorrect).toBe(5);
    expect(result.rawTotal).toBe(6);
    expect(result.scaledScore).toBe(Math.round(700 + ((5 / 6 - 0.7) / 0.3) * 300));
    expect(result.passed).toBe(true);
    expect(result.domains.map((d) => d.total)).toEqual([3, 3]);
    expect(result.domains.reduce((s, d) => s + d.correct, 0)).toBe(5);
    expect(result.items[0]!.correct).toBe(false);
    // Each task statement's share, with the notes section that claims it.
    expect(result.tasks.map(({ id, total, study }) => ({ id, total, study }))).toEqual([
      { id: '1.1', total: 3, study: { link: 'sky.md#cloud-types', title: 'Cloud types' } },
      { id: '2.1', total: 3, study: { link: 'sky.md#weather--forecasts', title: 'Weather & forecasts' } },
    ]);
    expect(result.tasks.reduce((n, t) => n + t.correct, 0)).toBe(5);
    expect(result.items[0]!.question.explanation.length).toBeGreaterThan(0);

    const list = await call<{ status: string; scaledScore: number }[]>(backend, 'attempts.list', { packId: 'mini' });
    expect(list).toEqual([expect.objectContaining({ status: 'submitted', scaledScore: result.scaledScore })]);
    // A submitted exam is closed.
    const late = await backend.dispatch('exam.saveAnswer', { attemptId: exam.attemptId, position: 0, response: null });
    expect(!late.ok && late.error.code).toBe('conflict');
  });

  it('names what is missing when a change targets no exam or no question, and keeps the flag with the answer', async () => {
    const { backend } = await testBackend();
    const exam = await call<ExamView>(backend, 'exam.start', { packId: 'mini' });
    expect(await backend.dispatch('exam.saveAnswer', { attemptId: 999, position: 0, response: null })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Exam attempt 999 was not found.' },
    });
    expect(await backend.dispatch('exam.flag', { attemptId: exam.attemptId, position: 6, flagged: true })).toEqual({
      ok: false,
      error: { code: 'not_found', message: `Question 7 of exam ${exam.attemptId} was not found.` },
    });
    const key = keyFor(backend, exam.attemptId, 2);
    expect(await call<SaveAck>(backend, 'exam.flag', { attemptId: exam.attemptId, position: 2, flagged: true })).toMatchObject({ answered: false, flagged: true });
    expect(await call<SaveAck>(backend, 'exam.saveAnswer', { attemptId: exam.attemptId, position: 2, response: key })).toMatchObject({ answered: true, flagged: true });
    expect(await call<SaveAck>(backend, 'exam.flag', { attemptId: exam.attemptId, position: 2, flagged: false })).toMatchObject({ answered: true, flagged: false });
    const row = backend.db.prepare('SELECT response, flagged FROM attempt_items WHERE attempt_id = ? AND position = 2').get(exam.attemptId);
    expect(row).toEqual({ response: JSON.stringify(key), flagged: 0 });
  });

  it('refuses a response naming an option the question does not have', async () => {
    const { backend } = await testBackend();
    const exam = await call<ExamView>(backend, 'exam.start', { packId: 'mini' });
    const single = exam.items.find((i) => i.type === 'single')!;
    const r = await backend.dispatch('exam.saveAnswer', { attemptId: exam.attemptId, position: single.position, response: { kind: 'single', choice: 'zz' } });
    expect(r).toEqual({ ok: false, error: { code: 'invalid_input', message: `Question ${single.position + 1}: no option "zz".` } });
    const wrongKind = await backend.dispatch('exam.saveAnswer', { attemptId: exam.attemptId, position: single.position, response: { kind: 'ordering', order: [] } });
    expect(!wrongKind.ok && wrongKind.error.code).toBe('invalid_input');
  });

  it('allows one open exam per course', async () => {
    const { backend } = await testBackend();
    await call(backend, 'exam.start', { packId: 'mini' });
    const r = await backend.dispatch('exam.start', { packId: 'mini' });
    expect(!r.ok && r.error.code).toBe('conflict');
    expect(await call<ExamView>(backend, 'exam.active', { packId: 'mini' })).not.toBeNull();
  });

  it('adds the extra 30 minutes (here 5) when asked', async () => {
    const { backend } = await testBackend();
    const exam = await call<ExamView>(backend, 'exam.start', { packId: 'mini', extraTime: true });
    expect(exam.timeLimitMs).toBe(15 * 60_000);
  });

  it('owns time: after ends_at an answer is refused and the attempt is submitted', async () => {
    const { backend, clock } = await testBackend();
    const exam = await call<ExamView>(backend, 'exam.start', { packId: 'mini' });
    const first = exam.items[0]!;
    await call(backend, 'exam.saveAnswer', { attemptId: exam.attemptId, position: 0, response: keyFor(backend, exam.attemptId, 0) });
    clock.advance(10 * 60_000);
    const r = await backend.dispatch('exam.saveAnswer', { attemptId: exam.attemptId, position: 1, response: null });
    expect(!r.ok && r.error.code).toBe('expired');
    const result = await call<ExamResult>(backend, 'exam.result', { attemptId: exam.attemptId });
    expect(result.timedOut).toBe(true);
    expect(result.submittedAt).toBe(exam.endsAt);
    expect(result.rawCorrect).toBe(1);
    expect(first.position).toBe(0);
  });

  it('keeps the clock running while closed: reopening after ends_at finds the exam submitted', async () => {
    const first = await testBackend();
    const exam = await call<ExamView>(first.backend, 'exam.start', { packId: 'mini' });
    first.backend.close();
    first.clock.advance(11 * 60_000);
    const second = await testBackend({ dataDir: first.dataDir, clock: first.clock });
    expect(await call(second.backend, 'exam.active', { packId: 'mini' })).toBeNull();
    expect((await call<ExamResult>(second.backend, 'exam.result', { attemptId: exam.attemptId })).timedOut).toBe(true);
  });

  it('resumes an unfinished exam with its answers and the right remaining time', async () => {
    const first = await testBackend();
    const exam = await call<ExamView>(first.backend, 'exam.start', { packId: 'mini' });
    await call(first.backend, 'exam.saveAnswer', { attemptId: exam.attemptId, position: 3, response: keyFor(first.backend, exam.attemptId, 3) });
    await call(first.backend, 'exam.visit', { attemptId: exam.attemptId, position: 3 });
    first.backend.close();
    first.clock.advance(4 * 60_000);
    const second = await testBackend({ dataDir: first.dataDir, clock: first.clock });
    const resumed = await call<ExamView>(second.backend, 'exam.active', { packId: 'mini' });
    expect(resumed.attemptId).toBe(exam.attemptId);
    expect(resumed.currentPosition).toBe(3);
    expect(resumed.items[3]!.answered).toBe(true);
    expect(resumed.endsAt - resumed.serverNow).toBe(6 * 60_000);
  });

  it('gives Home everything in one call: packs, past attempts, and the exam to resume', async () => {
    const { backend, clock } = await testBackend();
    const empty = await call<HomeView>(backend, 'app.home', {});
    expect(empty.packId).toBe('mini');
    expect(empty.packs.map((p) => p.id)).toEqual(['mini']);
    expect(empty.attempts).toEqual([]);
    expect(empty.active).toBeNull();
    expect(empty.app.version).toBe('test');
    // An unknown pack falls back to the first one rather than failing Home.
    expect((await call<HomeView>(backend, 'app.home', { packId: 'gone' })).packId).toBe('mini');

    const exam = await call<ExamView>(backend, 'exam.start', { packId: 'mini' });
    await call(backend, 'exam.saveAnswer', { attemptId: exam.attemptId, position: 1, response: keyFor(backend, exam.attemptId, 1) });
    clock.advance(60_000);
    const during = await call<HomeView>(backend, 'app.home', { packId: 'mini' });
    expect(during.active).toEqual({
      attemptId: exam.attemptId,
      startedAt: exam.startedAt,
      endsAt: exam.endsAt,
      serverNow: exam.startedAt + 60_000,
      answered: 1,
      total: 6,
      kind: 'exam',
      pausedAt: null,
    });

    // Once its time has run out the exam is listed as finished, never offered for resuming.
    clock.advance(10 * 60_000);
    const after = await call<HomeView>(backend, 'app.home', {});
    expect(after.active).toBeNull();
    expect(after.attempts).toMatchObject([{ attemptId: exam.attemptId, status: 'submitted', timedOut: true, rawCorrect: 1 }]);
    // Progress per domain: the six questions met in that exam, one of them answered right.
    expect(empty.progress.map((d) => [d.id, d.total, d.seen])).toEqual([['1', 4, 0], ['2', 4, 0]]);
    expect(after.progress.map((d) => d.total)).toEqual([4, 4]);
    expect(after.progress.reduce((n, d) => n + d.seen, 0)).toBe(6);
    expect(after.progress.reduce((n, d) => n + d.right, 0)).toBe(1);
  });

  it('serves a notes file rebuilt from its sections', async () => {
    const { backend } = await testBackend();
    const note = await call<{ markdown: string; title: string }>(backend, 'notes.get', { packId: 'mini', file: 'sky.md' });
    expect(note.title).toBe('Sky notes');
    expect(note.markdown).toContain('Intro text before the first section.');
    expect(note.markdown).toContain('## Weather & forecasts');
    const bad = await backend.dispatch('notes.get', { packId: 'mini', file: '../secrets.md' });
    expect(!bad.ok && bad.error.code).toBe('invalid_input');
  });
});
