// The learner's own notes through dispatch on a real SQLite file: import as found, read back, link from reviews.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExamResult, ExamView, HomeView, LearnerNotesInfo, NoteDocument } from '../../electron/api/types';
import { call, ROOT, testBackend } from '../helpers';

const FIXTURES = join(ROOT, 'tests/fixtures/learner-notes');
const garbled = readFileSync(join(FIXTURES, 'mojibake.md'), 'utf8');
const clean = readFileSync(join(FIXTURES, 'clean.md'), 'utf8');

describe('learner notes', () => {
  it('imports a garbled notes file repaired, serves it back, and shows it on Home', async () => {
    const { backend, clock } = await testBackend();
    const info = await call<LearnerNotesInfo>(backend, 'notes.importLearner', { packId: 'mini', fileName: 'AIF notes.md', markdown: garbled });
    expect(info).toEqual({ fileName: 'AIF notes.md', file: 'AIF-notes.md', sections: 7, repairedCharacters: expect.any(Number), importedAt: clock.now() });
    expect(info.repairedCharacters).toBe([...clean].filter((c) => c.codePointAt(0)! > 0x7f).length);

    const doc = await call<NoteDocument>(backend, 'notes.get', { packId: 'mini', file: 'AIF-notes.md', source: 'user' });
    expect(doc).toMatchObject({ source: 'user', title: 'AIF-C01 – study notes' });
    expect(doc.markdown).toBe(clean);
    // The course's own notes are a separate source: the same name there is not found.
    const packSide = await backend.dispatch('notes.get', { packId: 'mini', file: 'AIF-notes.md' });
    expect(!packSide.ok && packSide.error.code).toBe('not_found');

    expect((await call<HomeView>(backend, 'app.home', {})).learnerNotes).toEqual(info);
  });

  it('refuses a file without headings and keeps the notes already imported', async () => {
    const { backend } = await testBackend();
    await call(backend, 'notes.importLearner', { packId: 'mini', fileName: 'good.md', markdown: clean });
    const before = backend.db.prepare("SELECT count(*) FROM note_sections WHERE source = 'user'").pluck().get();
    const r = await backend.dispatch('notes.importLearner', { packId: 'mini', fileName: 'list.txt', markdown: 'just a list\n- of things\n' });
    expect(r).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: '"list.txt" has no Markdown headings (# Title). Proctor links questions to headed sections, so it needs at least one. Your previous notes were kept.' },
    });
    expect(backend.db.prepare("SELECT count(*) FROM note_sections WHERE source = 'user'").pluck().get()).toBe(before);
    expect((await call<HomeView>(backend, 'app.home', {})).learnerNotes?.fileName).toBe('good.md');

    const wrong = await backend.dispatch('notes.importLearner', { packId: 'mini', fileName: 'x.md', markdown: 42 });
    expect(!wrong.ok && wrong.error.code).toBe('invalid_input');
    const noPack = await backend.dispatch('notes.importLearner', { packId: 'gone', fileName: 'x.md', markdown: '# X' });
    expect(!noPack.ok && noPack.error.code).toBe('not_found');
  });

  it('replaces the notes on a new import and removes them on request', async () => {
    const { backend } = await testBackend();
    await call(backend, 'notes.importLearner', { packId: 'mini', fileName: 'first.md', markdown: clean });
    await call(backend, 'notes.importLearner', { packId: 'mini', fileName: 'second.md', markdown: '# Second\n\n## Only section\ntext\n' });
    const files = backend.db.prepare("SELECT DISTINCT file FROM note_sections WHERE source = 'user'").pluck().all();
    expect(files).toEqual(['second.md']);
    expect(await call(backend, 'notes.removeLearner', { packId: 'mini' })).toEqual({ removed: true });
    expect(await call(backend, 'notes.removeLearner', { packId: 'mini' })).toEqual({ removed: false });
    expect((await call<HomeView>(backend, 'app.home', {})).learnerNotes).toBeNull();
    expect(backend.db.prepare("SELECT count(*) FROM note_sections WHERE source = 'user'").pluck().get()).toBe(0);
  });

  it('links reviewed questions to the closest section of the learner’s notes, and only where one is close', async () => {
    const { backend } = await testBackend({ packsDir: join(ROOT, 'questions') });
    await call(backend, 'notes.importLearner', { packId: 'aif-c01', fileName: 'my-notes.md', markdown: garbled });
    const exam = await call<ExamView>(backend, 'exam.start', { packId: 'aif-c01' });
    const result = await call<ExamResult>(backend, 'exam.submit', { attemptId: exam.attemptId });
    const linked = result.items.filter((i) => i.learnerNote);
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.length).toBeLessThan(result.items.length);
    const doc = await call<NoteDocument>(backend, 'notes.get', { packId: 'aif-c01', file: 'my-notes.md', source: 'user' });
    for (const item of linked) {
      expect(item.learnerNote!.file).toBe('my-notes.md');
      // Every link lands on a heading that exists in the served file.
      expect(doc.markdown).toContain(`${item.learnerNote!.title}\n`);
    }
    // Without learner notes, reviews carry no such link.
    await call(backend, 'notes.removeLearner', { packId: 'aif-c01' });
    expect((await call<ExamResult>(backend, 'exam.result', { attemptId: exam.attemptId })).items.every((i) => i.learnerNote === null)).toBe(true);
  });
});
