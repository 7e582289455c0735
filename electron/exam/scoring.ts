// All-or-nothing scoring per question, as on the real exam, and the scaled-score estimate.
import type { Question } from '../packs/question';
import type { Response } from '../api/types';

export function isCorrect(q: Question, r: Response | null): boolean {
  if (!r) return false;
  switch (q.type) {
    case 'single':
      return r.kind === 'single' && q.options.some((o) => o.correct && o.id === r.choice);
    case 'multiple': {
      if (r.kind !== 'multiple') return false;
      const key = q.options.filter((o) => o.correct).map((o) => o.id).sort();
      const given = [...new Set(r.choices)].sort();
      return key.length === given.length && key.every((id, i) => id === given[i]);
    }
    case 'ordering':
      return r.kind === 'ordering' && r.order.length === q.items.length && q.items.every((it, i) => it.id === r.order[i]);
    case 'matching':
      return r.kind === 'matching' && q.prompts.every((p) => r.pairs[p.id] === p.answerId);
  }
}

/** A response counts as answered only when it is complete enough to be scored. */
export function isAnswered(q: Question, r: Response | null): boolean {
  if (!r) return false;
  switch (r.kind) {
    case 'single':
      return true;
    case 'multiple':
      return r.choices.length > 0;
    case 'ordering':
      return r.order.length > 0;
    case 'matching':
      return q.type === 'matching' && q.prompts.every((p) => typeof r.pairs[p.id] === 'string');
  }
}

export interface Scale {
  min: number;
  max: number;
  pass: number;
  /** The fraction of questions correct that we take as the passing standard. */
  raw_pass: number;
}

/**
 * Estimated scaled score. AWS does not publish its raw-to-scaled conversion (forms are equated, the standard set by
 * a modified Angoff panel), so this is a two-piece linear map: 0 correct → min, `raw_pass` of the questions →
 * the passing score, all correct → max.
 */
export function scaledScore(correct: number, total: number, s: Scale): number {
  if (total <= 0) return s.min;
  const p = correct / total;
  const value =
    p <= s.raw_pass
      ? s.min + (p / s.raw_pass) * (s.pass - s.min)
      : s.pass + ((p - s.raw_pass) / (1 - s.raw_pass)) * (s.max - s.pass);
  return Math.round(value);
}

export type Competency = 'Meets competencies' | 'Needs improvement';

export function domainLabel(correct: number, total: number, rawPass: number): Competency {
  return total > 0 && correct / total >= rawPass ? 'Meets competencies' : 'Needs improvement';
}
