// All-or-nothing scoring of one question, as on the real exam: the same rule for mock exams, drills and reviews.
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
