// Drills through dispatch on a real SQLite file: questions in scope, answers saved and explained, misses first.
import { describe, expect, it } from 'vitest';
import type { DrillQuestion, ExamView, ReviewItem } from '../../electron/api/types';
import { call, testBackend } from '../helpers';

describe('drills', () => {
  it('asks only questions in scope, explains each answer, and saves it', async () => {
    const { backend, clock } = await testBackend();
    const q = await call<DrillQuestion>(backend, 'drill.next', { packId: 'mini', task: '2.1' });
    expect(q.scopeTotal).toBe(4);
    const row = backend.db.prepare('SELECT task, body FROM questions WHERE id = ?').get(q.questionId) as { task: string; body: string };
    expect(row.task).toBe('2.1');
    // No key reaches the page before the answer.
    expect(JSON.stringify(q.item)).not.toMatch(/"correct"|"why"|explanation/);

    const question = JSON.parse(row.body);
    const response =
      question.type === 'single'
        ? { kind: 'single', choice: question.options.find((o: { correct?: boolean }) => o.correct).id }
        : question.type === 'matching'
          ? { kind: 'matching', pairs: Object.fromEntries(question.prompts.map((p: { id: string; answerId: string }) => [p.id, p.answerId])) }
          : { kind: 'multiple', choices: question.options.filter((o: { correct?: boolean }) => o.correct).map((o: { id: string }) => o.id) };
    const shown = q.item.options?.map((o) => o.id) ?? q.item.answers?.map((a) => a.id) ?? [];
    const review = await call<ReviewItem>(backend, 'drill.answer', { packId: 'mini', questionId: q.questionId, response, displayOrder: shown });
    // Notes links are named by the notes file's own first heading, not by its file name.
    expect(review.noteLinks?.map((l) => l.fileTitle)).toEqual(review.question.notes.map(() => 'Sky notes'));
    expect(review).toMatchObject({ correct: true, answered: true, displayOrder: shown });
    expect(review.question.explanation.length).toBeGreaterThan(0);
    expect(backend.db.prepare('SELECT question_id, task, correct, answered_at FROM drill_answers').all()).toEqual([
      { question_id: q.questionId, task: '2.1', correct: 1, answered_at: clock.now() },
    ]);
  });

  it('starts a drill with the questions missed in the last exam', async () => {
    const { backend } = await testBackend();
    const exam = await call<ExamView>(backend, 'exam.start', { packId: 'mini' });
    await call(backend, 'exam.submit', { attemptId: exam.attemptId }); // nothing answered: every question missed
    const missed = backend.db.prepare('SELECT question_id FROM attempt_items WHERE attempt_id = ?').pluck().all(exam.attemptId) as string[];
    expect(missed).toHaveLength(6);
    // Six of the eight questions were in the exam: those six come first, before the two never seen.
    const recent: string[] = [];
    for (let i = 0; i < missed.length; i++) recent.push((await call<DrillQuestion>(backend, 'drill.next', { packId: 'mini', recent })).questionId);
    expect(recent.sort()).toEqual([...missed].sort());
  });

  it('refuses an unknown scope, a wrong response and an unknown question with clear errors', async () => {
    const { backend } = await testBackend();
    expect(await backend.dispatch('drill.next', { packId: 'mini', task: '9.9' })).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Course "MINI-01" has no task statement 9.9.' },
    });
    const q = await call<DrillQuestion>(backend, 'drill.next', { packId: 'mini' });
    const wrong = await backend.dispatch('drill.answer', { packId: 'mini', questionId: q.questionId, response: { kind: 'ordering', order: [] }, displayOrder: [] });
    expect(!wrong.ok && wrong.error.code).toBe('invalid_input');
    const gone = await backend.dispatch('drill.answer', { packId: 'mini', questionId: 'nope', response: { kind: 'single', choice: 'a' }, displayOrder: [] });
    expect(!gone.ok && gone.error).toEqual({ code: 'not_found', message: 'Question "nope" in course pack "mini" was not found.' });
    expect(backend.db.prepare('SELECT count(*) FROM drill_answers').pluck().get()).toBe(0);
  });
});
