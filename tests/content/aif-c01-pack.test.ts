// The shipped AIF-C01 pack meets every check the issue sets: valid, no near-duplicates, floors met,
// every task statement taught by a notes section, and a full mock exam can be drawn from it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleExam } from '../../electron/exam/assemble';
import { domainCounts } from '../../electron/exam/blueprint';
import { seededRng } from '../../electron/exam/random';
import { coverage, floorProblems } from '../../electron/packs/coverage';
import { formatProblem, loadPack } from '../../electron/packs/load';
import type { ExamView } from '../../electron/api/types';
import { call, ROOT, testBackend } from '../helpers';

const result = loadPack(join(ROOT, 'questions/aif-c01'));

describe('the AIF-C01 course pack', () => {
  it('validates with no errors and no near-duplicate stems', () => {
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.warnings.map(formatProblem)).toEqual([]);
  });

  it('meets every floor: per domain, task statement, type and case studies', () => {
    expect(floorProblems(result.pack!)).toEqual([]);
    const c = coverage(result.pack!);
    expect(c.total).toBeGreaterThanOrEqual(300);
    for (const [task, n] of c.notesByTask) expect(n, `notes sections for ${task}`).toBeGreaterThan(0);
  });

  it('speaks to every learner: course notes never refer to one learner’s own notes file', () => {
    for (const n of result.pack!.notes) expect(n.markdown, n.file).not.toMatch(/learner[’']s (own )?notes?\b/i);
  });

  it('keeps the commas in list headings (the anchors are the same with or without them)', () => {
    const titles = result.pack!.notes.flatMap((n) => n.sections.map((s) => s.title));
    for (const t of ['Latency, model size, and complexity', 'Model size, latency, and cost trade-offs', 'How AI, ML, deep learning, and generative AI relate'])
      expect(titles).toContain(t);
    const bedrock = result.pack!.notes.find((n) => n.file === 'amazon-bedrock-and-genai.md')!;
    expect(bedrock.sections.find((s) => s.title === 'Latency, model size, and complexity')!.slug).toBe('latency-model-size-and-complexity');
  });

  it('spreads difficulty with most questions at 2', () => {
    const c = coverage(result.pack!);
    expect(c.byDifficulty[2]).toBeGreaterThan(c.byDifficulty[1]);
    expect(c.byDifficulty[2]).toBeGreaterThan(c.byDifficulty[3]);
    expect(c.byDifficulty[1]).toBeGreaterThan(0);
    expect(c.byDifficulty[3]).toBeGreaterThan(0);
  });

  it('gives every option its own why and every question an explanation and a note link', () => {
    for (const q of result.pack!.questions) {
      expect(q.explanation.length, q.id).toBeGreaterThan(20);
      expect(q.notes.length, q.id).toBeGreaterThan(0);
      const whys = q.type === 'ordering' ? q.items.map((i) => i.why) : q.type === 'matching' ? q.prompts.map((p) => p.why) : q.options.map((o) => o.why);
      for (const why of whys) expect(why.trim().length, q.id).toBeGreaterThan(5);
    }
  });

  it('sources every question, and gives every matching question an answer that matches no prompt', () => {
    for (const q of result.pack!.questions) {
      expect(q.sources?.length, q.id).toBeGreaterThan(0);
      if (q.type === 'matching') expect(q.answers.length, q.id).toBeGreaterThan(q.prompts.length);
    }
  });

  it('gives one learner seven mock exams in a row with no question repeated, through the real backend', async () => {
    const { backend } = await testBackend({ packsDir: join(ROOT, 'questions'), seed: 7 });
    const met = new Map<string, number>();
    for (let i = 1; i <= 7; i++) {
      const exam = await call<ExamView>(backend, 'exam.start', { packId: 'aif-c01' });
      expect(exam.items).toHaveLength(65);
      const ids = backend.db.prepare('SELECT question_id FROM attempt_items WHERE attempt_id = ?').pluck().all(exam.attemptId) as string[];
      for (const id of ids) {
        expect(met.get(id), `${id} from exam ${met.get(id)} repeated in exam ${i}`).toBeUndefined();
        met.set(id, i);
      }
      await call(backend, 'exam.submit', { attemptId: exam.attemptId });
    }
    expect(met.size).toBe(455);
    backend.close();
  });

  it('has enough questions to draw seven mock exams with no question repeated, whatever the draw', () => {
    const pack = result.pack!;
    const counts = domainCounts(pack.manifest.domains, pack.manifest.exam.questions);
    const seen = new Map<string, number>();
    const candidates = pack.questions.map((q) => ({ id: q.id, domain: q.domain, task: q.task, caseId: q.caseId }));
    for (let i = 0; i < 7; i++) {
      const exam = assembleExam({ candidates, counts, seen, rng: seededRng(100 + i) });
      expect(exam).toHaveLength(65);
      for (const q of exam) {
        expect(seen.has(q.id), `${q.id} repeated in exam ${i + 1}`).toBe(false);
        seen.set(q.id, 1);
      }
    }
  });
});
