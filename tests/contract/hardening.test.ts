// What issue "Hardening" asks of the backend, each checked against the real dispatch on a real SQLite file:
// damaged rows never lock the learner out, every write is one transaction, storage failures say what happened,
// and the exam's response rules hold whatever the page sends.
import { copyFileSync, truncateSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api/handlers';
import type { ExamResult, ExamView, HomeView } from '../../electron/api/types';
import { createBackend, DB_FILE } from '../../electron/backend';
import { PACK_LOADER_VERSION } from '../../electron/packs/content-hash';
import { call, FIXTURE_PACKS, tempDir, testBackend, TestClock } from '../helpers';

type TB = Awaited<ReturnType<typeof testBackend>>;
const quiet = { info: () => {}, error: () => {} };

async function examWith(tb: TB) {
  const exam = await call<ExamView>(tb.backend, 'exam.start', { packId: 'mini' });
  const pos = (type: string) => exam.items.find((i) => i.type === type)!.position;
  return { exam, pos };
}

const damage = (tb: TB, attemptId: number, position: number, column: 'snapshot' | 'response' | 'display_order', value: string) =>
  tb.backend.db.prepare(`UPDATE attempt_items SET ${column} = ? WHERE attempt_id = ? AND position = ?`).run(value, attemptId, position);

describe('a damaged row does not lock the learner out', () => {
  it('shows an unreadable question as damaged, keeps the rest of the exam working, and scores it as unanswered', async () => {
    const tb = await testBackend();
    const { exam, pos } = await examWith(tb);
    const bad = pos('single');
    const good = exam.items.find((i) => i.type === 'single' && i.position !== bad)!;
    // A snapshot cut short, as a file truncated on disk leaves it.
    const text = tb.backend.db.prepare('SELECT snapshot FROM attempt_items WHERE attempt_id = ? AND position = ?').pluck().get(exam.attemptId, bad) as string;
    damage(tb, exam.attemptId, bad, 'snapshot', text.slice(0, text.length - 40));

    const home = await call<HomeView>(tb.backend, 'app.home', {});
    expect(home.active).toMatchObject({ attemptId: exam.attemptId, total: exam.items.length });
    const view = await call<ExamView>(tb.backend, 'exam.get', { attemptId: exam.attemptId });
    const shown = view.items[bad]!;
    expect(shown.damaged).toMatch(/stored copy of question \d+ is not readable JSON/);
    expect(shown.damaged).toContain(tb.dataDir);
    expect(view.items.filter((i) => i.damaged)).toHaveLength(1);

    const refused = await tb.backend.dispatch('exam.saveAnswer', { attemptId: exam.attemptId, position: bad, response: { kind: 'single', choice: 'a' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!refused.ok) expect(refused.error.message).toContain('backup');
    await call(tb.backend, 'exam.saveAnswer', { attemptId: exam.attemptId, position: good.position, response: { kind: 'single', choice: good.options![0]!.id } });

    const result = await call<ExamResult>(tb.backend, 'exam.submit', { attemptId: exam.attemptId });
    const reviewed = result.items[bad]!;
    expect(reviewed).toMatchObject({ correct: false, answered: false });
    expect(reviewed.damaged).toMatch(/not readable JSON/);
    expect(result.rawTotal).toBe(exam.items.length);
    // Reading the result again (Results, History) works the same way.
    expect((await call<ExamResult>(tb.backend, 'exam.result', { attemptId: exam.attemptId })).items[bad]!.damaged).toBeTruthy();
    tb.backend.close();
  });

  it('counts an unreadable saved answer as unanswered and says so', async () => {
    const tb = await testBackend();
    const { exam, pos } = await examWith(tb);
    const p = pos('multiple');
    damage(tb, exam.attemptId, p, 'response', '{"kind":"multiple","choices":');
    damage(tb, exam.attemptId, pos('matching'), 'display_order', '"not a list"');
    const view = await call<ExamView>(tb.backend, 'exam.get', { attemptId: exam.attemptId });
    expect(view.items[p]).toMatchObject({ response: null, answered: false });
    expect(view.items[p]!.damaged).toMatch(/Your saved answer to question \d+ .*counts as unanswered/);
    expect(view.items[pos('matching')]!.answers).toHaveLength(4);
    const result = await call<ExamResult>(tb.backend, 'exam.submit', { attemptId: exam.attemptId });
    expect(result.items[p]!.correct).toBe(false);
    tb.backend.close();
  });

  it('starts, and settles the exam, when an expired exam holds a damaged row and a damaged blueprint', async () => {
    const clock = new TestClock();
    const tb = await testBackend({ clock });
    const { exam, pos } = await examWith(tb);
    damage(tb, exam.attemptId, pos('single'), 'snapshot', '{"question": {"id": 3}}');
    tb.backend.db.prepare('UPDATE attempts SET blueprint = ? WHERE id = ?').run('{"counts":', exam.attemptId);
    tb.backend.close();
    clock.advance(11 * 60_000);
    const again = await testBackend({ dataDir: tb.dataDir, clock });
    const result = await call<ExamResult>(again.backend, 'exam.result', { attemptId: exam.attemptId });
    expect(result).toMatchObject({ timedOut: true, scale: { pass: 700 } });
    expect(result.items.filter((i) => i.damaged)).toHaveLength(1);
    again.backend.close();
  });

  it('starts on a database file cut short by 1,000 bytes, and says what it cannot read', async () => {
    const tb = await testBackend();
    const { exam } = await examWith(tb);
    await call(tb.backend, 'exam.submit', { attemptId: exam.attemptId });
    tb.backend.db.pragma('wal_checkpoint(TRUNCATE)');
    tb.backend.close();
    const cut = join(tempDir(), DB_FILE);
    copyFileSync(join(tb.dataDir, DB_FILE), cut);
    truncateSync(cut, statSync(cut).size - 1000);
    const opened = await createBackend({ dataDir: join(cut, '..'), packsDir: FIXTURE_PACKS, log: quiet, version: 'test' }).then(
      (b) => ({ b }),
      (err: Error) => ({ err }),
    );
    if ('err' in opened) {
      // Refusing is acceptable only with a message that says what is wrong and where.
      expect(opened.err.message).toMatch(/damaged|malformed|not a SQLite database/i);
      return;
    }
    const home = await opened.b.dispatch('app.home', {});
    if (!home.ok) expect(home.error.code).toBe('storage');
    opened.b.close();
  });

  it('imports bundled packs again when the pack loader changes, though the files did not', async () => {
    const dataDir = tempDir();
    const first = await createBackend({ dataDir, packsDir: FIXTURE_PACKS, log: quiet, now: () => 1 });
    first.close();
    const { importBundledPacks } = await import('../../electron/backend');
    const { openDatabase } = await import('../../electron/db/open');
    const db = await openDatabase(join(dataDir, DB_FILE));
    expect(await importBundledPacks(db, FIXTURE_PACKS, 2, quiet)).toEqual([]);
    expect(db.prepare("SELECT imported_at FROM packs WHERE id = 'mini'").pluck().get()).toBe(1);
    await importBundledPacks(db, FIXTURE_PACKS, 3, quiet, PACK_LOADER_VERSION + 1);
    expect(db.prepare("SELECT imported_at FROM packs WHERE id = 'mini'").pluck().get()).toBe(3);
    db.close();
  });
});

describe('every write is one transaction, and errors tell the truth', () => {
  it('undoes a writing call that fails after its first write, and says nothing was saved', async () => {
    const tb = await testBackend();
    const { exam, pos } = await examWith(tb);
    const p = pos('single');
    const failing = {
      ...handlers,
      'exam.flag': (input: { attemptId: number; position: number; flagged: boolean }, ctx: typeof tb.backend.ctx) => {
        handlers['exam.flag'](input, ctx);
        throw new Error('a bug after the first write');
      },
    };
    const dispatch = createDispatch(failing, tb.backend.ctx, {
      log: quiet,
      inTransaction: (fn) => tb.backend.db.transaction(fn).immediate(),
    });
    const r = await dispatch('exam.flag', { attemptId: exam.attemptId, position: p, flagged: true });
    expect(r).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Proctor hit an internal error in exam.flag. Nothing was saved: the change was undone.' },
    });
    expect(tb.backend.db.prepare('SELECT flagged FROM attempt_items WHERE attempt_id = ? AND position = ?').pluck().get(exam.attemptId, p)).toBe(0);
    tb.backend.close();
  });

  it('keeps the automatic submission when an answer arrives after time-out, and refuses only the answer', async () => {
    const clock = new TestClock();
    const tb = await testBackend({ clock });
    const { exam, pos } = await examWith(tb);
    clock.advance(11 * 60_000);
    const r = await tb.backend.dispatch('exam.saveAnswer', { attemptId: exam.attemptId, position: pos('single'), response: null });
    expect(r).toMatchObject({ ok: false, error: { code: 'expired' } });
    expect(tb.backend.db.prepare('SELECT status, timed_out FROM attempts WHERE id = ?').get(exam.attemptId)).toEqual({ status: 'submitted', timed_out: 1 });
    tb.backend.close();
  });

  it('says "the disk is full" and saves nothing when SQLite runs out of room', async () => {
    const tb = await testBackend();
    const db = tb.backend.db;
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const before = db.prepare('SELECT count(*) FROM drill_answers').pluck().get();
    let result;
    for (let i = 0; i < 500; i++) {
      result = await tb.backend.dispatch('drill.answer', {
        packId: 'mini',
        questionId: 'weather-match',
        response: { kind: 'matching', pairs: { p1: 'a', p2: 'b', p3: 'c' } },
        displayOrder: [],
      });
      if (!result.ok) break;
    }
    expect(result).toEqual({ ok: false, error: { code: 'storage', message: 'Nothing was saved: the disk is full. Free some space and try again.' } });
    expect(db.prepare('SELECT count(*) FROM drill_answers').pluck().get()).toBeGreaterThanOrEqual(before as number);
    tb.backend.close();
  });

  it('says "your answer was not saved" when the database cannot be written', async () => {
    const tb = await testBackend();
    const { exam, pos } = await examWith(tb);
    tb.backend.db.pragma('query_only = ON');
    const r = await tb.backend.dispatch('exam.saveAnswer', { attemptId: exam.attemptId, position: pos('single'), response: { kind: 'single', choice: 'a' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'storage' } });
    if (!r.ok) expect(r.error.message).toMatch(/^Your answer was not saved: Proctor’s data folder cannot be written to/);
    tb.backend.close();
  });

  it('says the database is locked by another program when another Proctor holds it', async () => {
    const tb = await testBackend();
    const { exam, pos } = await examWith(tb);
    tb.backend.db.pragma('busy_timeout = 20');
    const Database = (await import('better-sqlite3')).default;
    const other = new Database(join(tb.dataDir, DB_FILE));
    other.exec('BEGIN EXCLUSIVE');
    try {
      const r = await tb.backend.dispatch('exam.flag', { attemptId: exam.attemptId, position: pos('single'), flagged: true });
      expect(r).toMatchObject({ ok: false, error: { code: 'storage' } });
      if (!r.ok) expect(r.error.message).toContain('locked by another program, perhaps a second Proctor');
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    tb.backend.close();
  });

  it('tells the loser of two simultaneous exam starts that an exam is already in progress', async () => {
    const tb = await testBackend();
    // The other Proctor's attempt lands between our check and our insert, as it would in a race between processes.
    tb.backend.db.exec(`
      CREATE TEMP TRIGGER other_proctor_wins BEFORE INSERT ON attempts WHEN NEW.status = 'in_progress'
      BEGIN
        INSERT INTO attempts (pack_id, mode, blueprint, started_at, ends_at, time_limit_ms, status, raw_total)
          VALUES (NEW.pack_id, 'exam', NEW.blueprint, NEW.started_at, NEW.ends_at, NEW.time_limit_ms, 'in_progress', NEW.raw_total);
      END;`);
    const r = await tb.backend.dispatch('exam.start', { packId: 'mini' });
    expect(r).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'An exam is already in progress for this course. Resume it or end it before starting another.' },
    });
    expect(tb.backend.db.prepare('SELECT count(*) FROM attempts').pluck().get()).toBe(0);
    tb.backend.close();
  });
});

describe('the exam\'s response rules hold in the backend', () => {
  it('refuses more choices than "Select N", an empty selection and an empty matching, saving nothing', async () => {
    const tb = await testBackend();
    const { exam, pos } = await examWith(tb);
    const multi = exam.items[pos('multiple')]!;
    const match = exam.items[pos('matching')]!;
    const save = (position: number, response: unknown) => tb.backend.dispatch('exam.saveAnswer', { attemptId: exam.attemptId, position, response });
    const three = multi.options!.slice(0, 3).map((o) => o.id);
    expect(await save(multi.position, { kind: 'multiple', choices: three })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: `Question ${multi.position + 1}: select at most 2 options; 3 were sent.` },
    });
    expect(await save(multi.position, { kind: 'multiple', choices: [] })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await save(match.position, { kind: 'matching', pairs: {} })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const stored = tb.backend.db.prepare('SELECT count(*) FROM attempt_items WHERE attempt_id = ? AND response IS NOT NULL').pluck().get(exam.attemptId);
    expect(stored).toBe(0);
    await call(tb.backend, 'exam.saveAnswer', { attemptId: exam.attemptId, position: multi.position, response: { kind: 'multiple', choices: three.slice(0, 2) } });
    tb.backend.close();
  });

  it('refuses the same in drills', async () => {
    const tb = await testBackend();
    const r = await tb.backend.dispatch('drill.answer', { packId: 'mini', questionId: 'high-clouds', response: { kind: 'multiple', choices: ['a', 'b', 'c'] }, displayOrder: [] });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(tb.backend.db.prepare('SELECT count(*) FROM drill_answers').pluck().get()).toBe(0);
    tb.backend.close();
  });
});


describe('no import delays a save', () => {
  it('saves an answer while a large notes file is still being read in the worker', async () => {
    const tb = await testBackend();
    const { exam, pos } = await examWith(tb);
    const big = `# Notes\n\n## Spaces${' '.repeat(6000)}x\n\n${'## Section\nSome words about tokens.\n'.repeat(1500)}${'plain text '.repeat(150_000)}`;
    const order: string[] = [];
    const importing = tb.backend.dispatch('notes.importLearner', { packId: 'mini', fileName: 'big.md', markdown: big }).then((r) => {
      order.push('import');
      return r;
    });
    const saving = tb.backend.dispatch('exam.saveAnswer', { attemptId: exam.attemptId, position: pos('single'), response: null }).then((r) => {
      order.push('save');
      return r;
    });
    const [imported, saved] = await Promise.all([importing, saving]);
    expect(saved.ok).toBe(true);
    expect(imported).toMatchObject({ ok: true, value: { sections: 1502 } });
    expect(order).toEqual(['save', 'import']);
    tb.backend.close();
  });
});
