import { describe, expect, it } from 'vitest';
import { assembleExam, NotEnoughQuestionsError, type Candidate } from '../../electron/exam/assemble';
import { domainCounts } from '../../electron/exam/blueprint';
import { seededRng } from '../../electron/exam/random';
import { domainLabel, scaledScore } from '../../electron/exam/scoring';
import { isAnswered, isCorrect } from '../../electron/questions/scoring';
import type { ChoiceQuestion, MatchingQuestion, OrderingQuestion } from '../../electron/packs/question';
import { selectCountInStem } from '../../electron/packs/question';
import { studyFor } from '../../electron/exam/views';
import type { ReviewItem } from '../../electron/api/types';

const AIF = [
  { id: '1', weight: 20 },
  { id: '2', weight: 24 },
  { id: '3', weight: 28 },
  { id: '4', weight: 14 },
  { id: '5', weight: 14 },
];

describe('domainCounts', () => {
  it('gives the AIF-C01 blueprint 13/16/18/9/9 for 65 questions', () => {
    expect(Object.fromEntries(domainCounts(AIF, 65))).toEqual({ '1': 13, '2': 16, '3': 18, '4': 9, '5': 9 });
  });
  it('always adds up to the exam length', () => {
    for (const total of [1, 7, 50, 65, 99]) {
      expect([...domainCounts(AIF, total).values()].reduce((a, b) => a + b, 0)).toBe(total);
    }
  });
});

function bank(perTask: number): Candidate[] {
  const out: Candidate[] = [];
  for (const d of AIF) for (let t = 1; t <= 3; t++) for (let i = 0; i < perTask; i++) out.push({ id: `q${d.id}-${t}-${i}`, domain: d.id, task: `${d.id}.${t}`, caseId: null });
  return out;
}

describe('assembleExam', () => {
  const counts = domainCounts(AIF, 65);
  it('draws the blueprint counts per domain, spread across task statements, with no repeats', () => {
    const exam = assembleExam({ candidates: bank(20), counts, rng: seededRng(1) });
    expect(exam).toHaveLength(65);
    expect(new Set(exam.map((c) => c.id)).size).toBe(65);
    for (const [d, n] of counts) expect(exam.filter((c) => c.domain === d)).toHaveLength(n);
    const tasksInDomain3 = new Set(exam.filter((c) => c.domain === '3').map((c) => c.task));
    expect(tasksInDomain3.size).toBe(3);
  });

  it('prefers questions the learner has not seen', () => {
    const candidates = bank(12);
    // Half of every task statement's questions were seen: each domain still has 18 unseen, enough for its count.
    const seen = new Map(candidates.filter((c) => Number(c.id.split('-')[2]) < 6).map((c) => [c.id, 1]));
    const exam = assembleExam({ candidates, counts, seen, rng: seededRng(2) });
    expect(exam.filter((c) => seen.has(c.id))).toEqual([]);
  });

  it('keeps a case study together and in authored order', () => {
    const candidates = bank(6);
    candidates.push(
      { id: 'case-a', domain: '3', task: '3.1', caseId: 'shop' },
      { id: 'case-b', domain: '3', task: '3.2', caseId: 'shop' },
      { id: 'case-c', domain: '3', task: '3.1', caseId: 'shop' },
    );
    let withCase = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const exam = assembleExam({ candidates, counts, rng: seededRng(seed) });
      const at = exam.findIndex((c) => c.id === 'case-a');
      if (at < 0) {
        expect(exam.some((c) => c.caseId === 'shop')).toBe(false);
        continue;
      }
      withCase++;
      expect(exam.slice(at, at + 3).map((c) => c.id)).toEqual(['case-a', 'case-b', 'case-c']);
    }
    expect(withCase).toBeGreaterThan(0);
  });

  it('is repeatable for a seed and differs across seeds', () => {
    const a = assembleExam({ candidates: bank(20), counts, rng: seededRng(7) }).map((c) => c.id);
    const b = assembleExam({ candidates: bank(20), counts, rng: seededRng(7) }).map((c) => c.id);
    const c = assembleExam({ candidates: bank(20), counts, rng: seededRng(8) }).map((c) => c.id);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('says which domain is short when the bank is too small', () => {
    expect(() => assembleExam({ candidates: bank(20).filter((c) => c.domain !== '4'), counts, rng: seededRng(1) })).toThrow(NotEnoughQuestionsError);
    expect(() => assembleExam({ candidates: bank(20).filter((c) => c.domain !== '4'), counts, rng: seededRng(1) })).toThrow(/Domain 4 needs 9/);
  });
});

const base = { domain: '1', task: '1.1', difficulty: 2 as const, caseId: null, stem: 's', explanation: 'e', notes: ['a.md#b'] };
const single: ChoiceQuestion = {
  ...base,
  id: 's',
  type: 'single',
  options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id, why: 'w', correct: id === 'c' })),
};
const multiple: ChoiceQuestion = {
  ...base,
  id: 'm',
  type: 'multiple',
  options: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: id, why: 'w', correct: id === 'a' || id === 'd' })),
};
const ordering: OrderingQuestion = { ...base, id: 'o', type: 'ordering', items: ['a', 'b', 'c'].map((id) => ({ id, text: id, why: 'w' })) };
const matching: MatchingQuestion = {
  ...base,
  id: 'x',
  type: 'matching',
  prompts: [
    { id: 'p1', text: 'one', why: 'w', answerId: 'a' },
    { id: 'p2', text: 'two', why: 'w', answerId: 'b' },
  ],
  answers: [
    { id: 'a', text: 'A' },
    { id: 'b', text: 'B' },
    { id: 'c', text: 'C' },
  ],
};

describe('scoring is all-or-nothing per question', () => {
  it('single choice', () => {
    expect(isCorrect(single, { kind: 'single', choice: 'c' })).toBe(true);
    expect(isCorrect(single, { kind: 'single', choice: 'a' })).toBe(false);
    expect(isCorrect(single, null)).toBe(false);
  });
  it('multiple response needs exactly the keyed set', () => {
    expect(isCorrect(multiple, { kind: 'multiple', choices: ['d', 'a'] })).toBe(true);
    expect(isCorrect(multiple, { kind: 'multiple', choices: ['a'] })).toBe(false);
    expect(isCorrect(multiple, { kind: 'multiple', choices: ['a', 'd', 'e'] })).toBe(false);
  });
  it('ordering needs the full authored order', () => {
    expect(isCorrect(ordering, { kind: 'ordering', order: ['a', 'b', 'c'] })).toBe(true);
    expect(isCorrect(ordering, { kind: 'ordering', order: ['b', 'a', 'c'] })).toBe(false);
  });
  it('matching needs every pair', () => {
    expect(isCorrect(matching, { kind: 'matching', pairs: { p1: 'a', p2: 'b' } })).toBe(true);
    expect(isCorrect(matching, { kind: 'matching', pairs: { p1: 'a', p2: 'c' } })).toBe(false);
    expect(isAnswered(matching, { kind: 'matching', pairs: { p1: 'a' } })).toBe(false);
  });
  it('a response of the wrong kind is wrong, not a crash', () => {
    expect(isCorrect(single, { kind: 'multiple', choices: ['c'] })).toBe(false);
  });
});

describe('scaled score estimate', () => {
  const scale = { min: 100, max: 1000, pass: 700, raw_pass: 0.7 };
  it('maps 0 → 100, the passing fraction → 700, all → 1000', () => {
    expect(scaledScore(0, 65, scale)).toBe(100);
    expect(scaledScore(70, 100, scale)).toBe(700);
    expect(scaledScore(65, 65, scale)).toBe(1000);
  });
  it('is monotonic and passes exactly at the standard', () => {
    let last = 0;
    for (let c = 0; c <= 65; c++) {
      const s = scaledScore(c, 65, scale);
      expect(s).toBeGreaterThanOrEqual(last);
      last = s;
    }
    expect(scaledScore(45, 65, scale)).toBeLessThan(700); // 69%
    expect(scaledScore(46, 65, scale)).toBeGreaterThanOrEqual(700); // 71%
  });
  it('labels domains like the score report', () => {
    expect(domainLabel(7, 10, 0.7)).toBe('Meets competencies');
    expect(domainLabel(6, 10, 0.7)).toBe('Needs improvement');
    expect(domainLabel(0, 0, 0.7)).toBe('Needs improvement');
  });
});

describe('selectCountInStem', () => {
  it('reads the count a stem asks for', () => {
    expect(selectCountInStem('Which two? (Select TWO.)')).toBe(2);
    expect(selectCountInStem('(Select THREE.)')).toBe(3);
    expect(selectCountInStem('Which one is right?')).toBeNull();
  });
});

describe('where to study a task statement next', () => {
  const item = (correct: boolean, notes: string[]) => ({ correct, question: { notes } }) as unknown as ReviewItem;
  const title = (link: string) => ({ 'a.md#x': 'X', 'a.md#y': 'Y', 'b.md#z': 'Z' })[link];

  it('points to the section the missed questions share most', () => {
    const items = [item(true, ['a.md#x']), item(true, ['a.md#x']), item(false, ['a.md#y', 'b.md#z']), item(false, ['b.md#z'])];
    expect(studyFor(items, title)).toEqual({ link: 'b.md#z', title: 'Z' });
  });

  it('uses every question when none was missed, ties going to the first linked, and null with no questions', () => {
    expect(studyFor([item(true, ['a.md#y']), item(true, ['a.md#x'])], title)).toEqual({ link: 'a.md#y', title: 'Y' });
    expect(studyFor([], title)).toBeNull();
    expect(studyFor([item(false, ['c.md#w'])], title)).toEqual({ link: 'c.md#w', title: 'c.md#w' });
  });
});

describe('a case study spanning two domains', () => {
  const single = (id: string, domain: string) => ({ id, domain, task: `${domain}.1`, caseId: null });
  const caseQ = (id: string, domain: string) => ({ id, domain, task: `${domain}.1`, caseId: 'picnic' });
  it.each([
    ['its domain-1 question first', [caseQ('sky', '1'), caseQ('rain', '2')]],
    ['its domain-2 question first', [caseQ('rain', '2'), caseQ('sky', '1')]],
  ])('counts for both domains whatever order the candidates come in (%s)', (_label, caseMembers) => {
    const candidates = [single('a', '1'), single('b', '1'), single('c', '1'), ...caseMembers, single('x', '2'), single('y', '2'), single('z', '2')];
    for (let seed = 0; seed < 50; seed++) {
      const exam = assembleExam({ candidates, counts: new Map([['1', 4], ['2', 4]]), rng: seededRng(seed) });
      expect(exam.map((c) => c.id).sort()).toEqual(['a', 'b', 'c', 'rain', 'sky', 'x', 'y', 'z']);
    }
  });
});
