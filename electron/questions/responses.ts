// Whether a response is one the exam accepts for this question, checked in the backend whatever the page sends.
import type { Response } from '../api/types';
import { correctCount, type Question } from '../packs/question';

/** Checks a response names only choices the question has; returns the problem, or null when it is well-formed. */
export function responseProblem(q: Question, r: Response): string | null {
  const expected = q.type === 'single' ? 'single' : q.type === 'multiple' ? 'multiple' : q.type;
  if (r.kind !== expected) return `this is a ${q.type} question; the response kind must be "${expected}"`;
  const has = (ids: string[], id: string) => ids.includes(id);
  switch (r.kind) {
    case 'single':
      return has(q.type === 'single' ? q.options.map((o) => o.id) : [], r.choice) ? null : `no option "${r.choice}"`;
    case 'multiple': {
      if (q.type !== 'multiple') return 'not a multiple-response question';
      const ids = q.options.map((o) => o.id);
      const bad = r.choices.find((c) => !has(ids, c));
      if (bad) return `no option "${bad}"`;
      if (new Set(r.choices).size !== r.choices.length) return 'an option is selected twice';
      if (r.choices.length === 0) return 'no option is selected; send no response (null) to clear the answer';
      // As on the real exam: "Select TWO" takes at most two.
      const limit = correctCount(q);
      return r.choices.length > limit ? `select at most ${limit} options; ${r.choices.length} were sent` : null;
    }
    case 'ordering': {
      const ids = q.type === 'ordering' ? q.items.map((i) => i.id) : [];
      const sorted = [...r.order].sort();
      return sorted.length === ids.length && [...ids].sort().every((id, i) => id === sorted[i])
        ? null
        : 'the order must list every item exactly once';
    }
    case 'matching': {
      if (q.type !== 'matching') return 'not a matching question';
      const prompts = q.prompts.map((p) => p.id);
      const answers = q.answers.map((a) => a.id);
      const entries = Object.entries(r.pairs);
      if (entries.length === 0) return 'no prompt is matched; send no response (null) to clear the answer';
      for (const [p, a] of entries) {
        if (!has(prompts, p)) return `no prompt "${p}"`;
        if (!has(answers, a)) return `no answer "${a}"`;
      }
      return null;
    }
  }
}
