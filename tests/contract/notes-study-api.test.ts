// The learner's notes as a study tool, through dispatch on a real SQLite file with the real AIF-C01 pack and the
// reference notes: corrections that survive re-import and restart, search, backlinks, the coverage map.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backlinks, DrillQuestion, LearnerNoteState, LearnerSectionSummary, NoteSearchHit, NotesCoverage, ReviewItem } from '../../electron/api/types';
import { createBackend } from '../../electron/backend';
import { call, ROOT, TestClock, testBackend } from '../helpers';

const PACKS = join(ROOT, 'questions');
const reference = readFileSync(join(ROOT, 'tests/fixtures/learner-notes/aws-ai-practitioner-study-notes.md'), 'utf8');
const packId = 'aif-c01';
const Q = 'review-assistant-translation-metric'; // a BLEU question: the reference notes teach it under automated metrics

async function withReference(opts: { dataDir?: string; clock?: TestClock } = {}) {
  const t = await testBackend({ packsDir: PACKS, ...opts });
  await call(t.backend, 'notes.importLearner', { packId, fileName: 'study.md', markdown: reference });
  return t;
}

async function reviewOf(backend: Awaited<ReturnType<typeof testBackend>>['backend'], questionId: string): Promise<ReviewItem> {
  const q = await call<DrillQuestion>(backend, 'drill.next', { packId, questionIds: [questionId] });
  expect(q.questionId).toBe(questionId);
  const first = q.item.options![0]!.id;
  return call<ReviewItem>(backend, 'drill.answer', { packId, questionId, response: { kind: 'single', choice: first }, displayOrder: q.item.options!.map((o) => o.id) });
}

describe('note links and corrections', () => {
  it('links a one-word-heading topic (BLEU) to the automated metrics section', async () => {
    const { backend } = await withReference();
    const r = await reviewOf(backend, Q);
    expect(r.learnerNote).toMatchObject({ file: 'study.md', slug: 'automated-metrics-to-evaluate-an-fm' });
    expect(r.learnerNoteCorrection).toBeNull();
  });

  it('keeps a correction across re-import (matched by heading) and restart, and undoes it', async () => {
    const clock = new TestClock();
    const { backend, dataDir } = await withReference({ clock });
    const sections = await call<LearnerSectionSummary[]>(backend, 'notes.learnerSections', { packId });
    const bench = sections.find((s) => s.title === 'Note on Benchmark Datasets')!;
    expect(bench.path).toBe('AWS-Certified-AI-Practitioner › Amazon Bedrock › Note on Benchmark Datasets');
    const state = await call<LearnerNoteState>(backend, 'notes.correctLink', { packId, questionId: Q, slug: bench.slug });
    expect(state).toEqual({ link: { file: 'study.md', slug: bench.slug, title: bench.title, corrected: true }, correction: 'section' });

    // Re-import the file with a new section above: the slug list shifts, the heading is still found.
    clock.advance(1000);
    await call(backend, 'notes.importLearner', { packId, fileName: 'study.md', markdown: reference.replace('## Amazon Bedrock and GenAI', '## Warm-up\nA few words to start.\n\n## Amazon Bedrock and GenAI') });
    expect((await reviewOf(backend, Q)).learnerNote).toMatchObject({ title: 'Note on Benchmark Datasets', corrected: true });
    backend.close();

    const again = await createBackend({ dataDir, packsDir: PACKS, now: clock.now, newRng: () => () => 0.5, version: 'test', log: { info: () => {}, error: () => {} } });
    expect((await reviewOf(again, Q)).learnerNote).toMatchObject({ title: 'Note on Benchmark Datasets', corrected: true });

    // "My notes don't cover this", then undo: back to the linker's choice.
    expect(await call<LearnerNoteState>(again, 'notes.correctLink', { packId, questionId: Q, slug: null })).toEqual({ link: null, correction: 'none' });
    const none = await reviewOf(again, Q);
    expect(none.learnerNote).toBeNull();
    expect(none.learnerNoteCorrection).toBe('none');
    const undone = await call<LearnerNoteState>(again, 'notes.undoCorrection', { packId, questionId: Q });
    expect(undone).toMatchObject({ correction: null, link: { slug: 'automated-metrics-to-evaluate-an-fm' } });
    again.close();
  });

  it('refuses a section that does not exist and a question that does not exist', async () => {
    const { backend } = await withReference();
    const bad = await backend.dispatch('notes.correctLink', { packId, questionId: Q, slug: 'no-such-heading' });
    expect(!bad.ok && bad.error.code).toBe('not_found');
    const noQ = await backend.dispatch('notes.correctLink', { packId, questionId: 'nope', slug: null });
    expect(!noQ.ok && noQ.error.code).toBe('not_found');
    expect(backend.db.prepare('SELECT count(*) FROM note_corrections').pluck().get()).toBe(0);
  });
});

describe('search over course notes and the learner’s notes', () => {
  it('ranks a heading match first, highlights the words, and finds both sources', async () => {
    const { backend } = await withReference();
    const hits = await call<NoteSearchHit[]>(backend, 'notes.search', { packId, query: 'bleu' });
    expect(hits[0]).toMatchObject({ source: 'pack', title: 'BLEU' });
    const mine = hits.find((h) => h.source === 'user')!;
    expect(mine.slug).toBe('automated-metrics-to-evaluate-an-fm');
    expect(mine.snippet.some((r) => r.hit && /bleu/i.test(r.text))).toBe(true);
    expect(hits[0]!.titleRuns).toEqual([{ text: 'BLEU', hit: true }]);
    // Snippets are text to read: no Markdown markers, HTML or task-statement bookkeeping.
    for (const h of hits) expect(h.snippet.map((r) => r.text).join('')).not.toMatch(/Task statements|<img|\*\*/);
    // As the learner types: an unfinished last word matches by prefix.
    const partial = await call<NoteSearchHit[]>(backend, 'notes.search', { packId, query: 'guardr' });
    expect(partial.length).toBeGreaterThan(3);
    expect(partial.every((h) => h.titleRuns.concat(h.snippet).some((r) => r.hit && /^guardr/i.test(r.text)))).toBe(true);
    // FTS5 syntax typed by the learner is just words.
    expect(await call(backend, 'notes.search', { packId, query: '"NEAR(' })).toEqual(await call(backend, 'notes.search', { packId, query: 'near' }));
    expect(await call(backend, 'notes.search', { packId, query: '  ' })).toEqual([]);
  });
});

describe('backlinks', () => {
  it('lists the questions pointing at a course section and at a learner section, with the learner’s record', async () => {
    const { backend } = await withReference();
    await reviewOf(backend, Q); // answered with the first option: wrong (BLEU is the third)
    const course = await call<Backlinks>(backend, 'notes.backlinks', { packId, source: 'pack', file: 'amazon-bedrock-and-genai.md', slug: 'bleu' });
    const expected = backend.db.prepare("SELECT count(*) FROM questions WHERE pack_id = ? AND retired = 0 AND body LIKE '%amazon-bedrock-and-genai.md#bleu\"%'").pluck().get(packId);
    expect(course.questions).toHaveLength(expected as number);
    expect(course.questions[0]).toMatchObject({ questionId: Q, record: 'wrong' });
    expect(course.counts).toEqual({ wrong: 1, right: 0, unseen: course.questions.length - 1 });

    const mine = await call<Backlinks>(backend, 'notes.backlinks', { packId, source: 'user', file: 'study.md', slug: 'automated-metrics-to-evaluate-an-fm' });
    expect(mine.questions.map((q) => q.questionId)).toContain(Q);
    expect(mine.counts.wrong).toBe(1);
    // A drill of exactly those questions asks only them.
    const ids = mine.questions.map((q) => q.questionId);
    const asked: string[] = [];
    for (let i = 0; i < ids.length; i++) asked.push((await call<DrillQuestion>(backend, 'drill.next', { packId, questionIds: ids, recent: asked })).questionId);
    expect(new Set(asked)).toEqual(new Set(ids));
    expect(asked[0]).toBe(Q); // the one last answered wrong comes first
  });
});

describe('coverage map', () => {
  it('shows the reference notes covering tasks 2.x and 3.x and nothing of 1.2, 1.3, 4.x or 5.x', async () => {
    const { backend } = await withReference();
    const map = (await call<NotesCoverage>(backend, 'notes.coverage', { packId }))!;
    expect(map.tasks).toHaveLength(14);
    const covered = map.tasks.filter((t) => t.covered).map((t) => t.id);
    // 1.1 (basic AI concepts) is touched by "What is Generative AI"; the issue names 1.2, 1.3, 4.x and 5.x as gaps.
    for (const t of covered) expect(t).toMatch(/^(1\.1|2\.\d|3\.\d)$/);
    expect(covered.filter((t) => t.startsWith('2.')).length).toBeGreaterThanOrEqual(2);
    expect(covered.filter((t) => t.startsWith('3.')).length).toBeGreaterThanOrEqual(2);
    for (const t of map.tasks.filter((x) => ['1.2', '1.3'].includes(x.id) || /^[45]\./.test(x.id))) {
      expect(t.covered, t.id).toBe(false);
      expect(t.courseNotes?.link).toMatch(/\.md#/);
    }
    const evalTask = map.tasks.find((t) => t.id === '3.4')!;
    expect(evalTask.sections.map((s) => s.slug)).toContain('automated-metrics-to-evaluate-an-fm');
    expect(await call(backend, 'notes.removeLearner', { packId })).toEqual({ removed: true });
    expect(await call(backend, 'notes.coverage', { packId })).toBeNull();
  });
});
