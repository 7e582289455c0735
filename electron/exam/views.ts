// Pure builders: from stored rows to what the API returns. Keys and explanations never reach an open exam's view.
import type { DomainResult, ExamItem, ExamResult, LearnerNoteLink, ReviewItem, Response, TaskResult } from '../api/types';
import type { PackManifest } from '../packs/schema';
import { correctCount, type Question } from '../packs/question';
import { shuffle, type Rng } from './random';
import { domainLabel, isAnswered, isCorrect } from './scoring';
import type { AttemptRow, Blueprint, ItemRow, Snapshot } from './repo';

export function displayOrderFor(q: Question, rng: Rng): string[] {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return shuffle(q.options.map((o) => o.id), rng);
    case 'ordering': {
      const ids = q.items.map((i) => i.id);
      // Never show an ordering question already solved.
      let order = shuffle(ids, rng);
      for (let tries = 0; tries < 10 && order.every((id, i) => id === ids[i]); tries++) order = shuffle(ids, rng);
      if (order.every((id, i) => id === ids[i])) order = [...ids.slice(1), ids[0]!];
      return order;
    }
    case 'matching':
      return shuffle(q.answers.map((a) => a.id), rng);
  }
}

const parse = <T>(json: string | null): T | null => (json === null ? null : (JSON.parse(json) as T));

function pick<T extends { id: string }>(list: T[], order: string[]): { id: string; text: string }[] {
  const byId = new Map(list.map((x) => [x.id, x]));
  return order.map((id) => byId.get(id)).filter((x): x is T => !!x).map((x) => ({ id: x.id, text: (x as unknown as { text: string }).text }));
}

export function examItem(row: ItemRow): ExamItem {
  const { question, scenario } = parse<Snapshot>(row.snapshot)!;
  return questionView(question, scenario, parse<string[]>(row.display_order)!, parse<Response>(row.response), row.flagged === 1, row.position);
}

/** A question as shown while it is being answered: options in the shown order, no keys, no explanations. */
export function questionView(q: Question, scenario: string | null, order: string[], response: Response | null, flagged: boolean, position: number): ExamItem {
  const base = {
    position,
    type: q.type,
    stem: q.stem,
    scenario,
    caseId: q.caseId,
    response,
    answered: isAnswered(q, response),
    flagged,
  };
  switch (q.type) {
    case 'single':
      return { ...base, options: pick(q.options, order) };
    case 'multiple':
      return { ...base, options: pick(q.options, order), selectCount: correctCount(q) };
    case 'ordering':
      return { ...base, items: pick(q.items, order) };
    case 'matching':
      return { ...base, prompts: q.prompts.map((p) => ({ id: p.id, text: p.text })), answers: pick(q.answers, order) };
  }
}

/** Finds where the learner's own notes cover a question; absent when the learner has not imported notes. */
export type LearnerMatch = (q: Question) => LearnerNoteLink | null;

export function reviewItem(row: ItemRow, matchLearner?: LearnerMatch | null): ReviewItem {
  const { question, scenario } = parse<Snapshot>(row.snapshot)!;
  const review = reviewView(question, scenario, parse<string[]>(row.display_order)!, parse<Response>(row.response), row.position, matchLearner);
  return { ...review, flagged: row.flagged === 1, correct: row.correct === null ? review.correct : row.correct === 1 };
}

/** A question after it was answered: the key, every option's why, and where to read more. */
export function reviewView(
  question: Question,
  scenario: string | null,
  displayOrder: string[],
  response: Response | null,
  position: number,
  matchLearner?: LearnerMatch | null,
): ReviewItem {
  return {
    position,
    question,
    scenario,
    displayOrder,
    response,
    answered: isAnswered(question, response),
    correct: isCorrect(question, response),
    flagged: false,
    learnerNote: matchLearner ? matchLearner(question) : null,
  };
}

/**
 * Where to study a task statement next: the course-notes section most linked by this exam's questions on it that
 * were missed (or, with none missed, by all of them), ties going to the first linked.
 */
export function studyFor(questions: ReviewItem[], noteTitle: (link: string) => string | undefined): { link: string; title: string } | null {
  const missed = questions.filter((r) => !r.correct);
  const counts = new Map<string, number>();
  for (const r of missed.length ? missed : questions) for (const link of r.question.notes) counts.set(link, (counts.get(link) ?? 0) + 1);
  let best: string | null = null;
  for (const [link, n] of counts) if (best === null || n > counts.get(best)!) best = link;
  return best ? { link: best, title: noteTitle(best) ?? best } : null;
}

export function examResult(
  attempt: AttemptRow,
  items: ItemRow[],
  manifest: PackManifest,
  extras: { matchLearner?: LearnerMatch | null; noteTitle?: (link: string) => string | undefined } = {},
): ExamResult {
  const { matchLearner, noteTitle = () => undefined } = extras;
  const blueprint = JSON.parse(attempt.blueprint) as Blueprint;
  const reviews = items.map((row) => reviewItem(row, matchLearner));
  const domains: DomainResult[] = manifest.domains
    .map((d) => {
      const mine = reviews.filter((r) => r.question.domain === d.id);
      const correct = mine.filter((r) => r.correct).length;
      return { id: d.id, title: d.title, weight: d.weight, correct, total: mine.length, label: domainLabel(correct, mine.length, blueprint.scale.raw_pass) };
    })
    .filter((d) => d.total > 0);
  const tasks: TaskResult[] = manifest.domains
    .flatMap((d) => d.tasks.map((t) => ({ domainId: d.id, ...t })))
    .map((t) => {
      const mine = reviews.filter((r) => r.question.task === t.id);
      const correct = mine.filter((r) => r.correct).length;
      return {
        id: t.id,
        title: t.title,
        domainId: t.domainId,
        correct,
        total: mine.length,
        label: domainLabel(correct, mine.length, blueprint.scale.raw_pass),
        study: studyFor(mine, noteTitle),
      };
    })
    .filter((t) => t.total > 0);
  return {
    attemptId: attempt.id,
    packId: attempt.pack_id,
    packTitle: manifest.title,
    code: manifest.code,
    startedAt: attempt.started_at,
    submittedAt: attempt.submitted_at ?? attempt.ends_at,
    timedOut: attempt.timed_out === 1,
    rawCorrect: attempt.raw_correct ?? 0,
    rawTotal: attempt.raw_total,
    answeredCount: reviews.filter((r) => r.answered).length,
    scaledScore: attempt.scaled_score ?? blueprint.scale.min,
    passed: attempt.passed === 1,
    scale: { min: blueprint.scale.min, max: blueprint.scale.max, pass: blueprint.scale.pass, rawPass: blueprint.scale.raw_pass },
    domains,
    tasks,
    items: reviews,
  };
}

/** Checks a response names only choices the question has; returns the problem, or null when it is well-formed. */
export function responseProblem(q: Question, r: Response): string | null {
  const expected = q.type === 'single' ? 'single' : q.type === 'multiple' ? 'multiple' : q.type;
  if (r.kind !== expected) return `this is a ${q.type} question; the response kind must be "${expected}"`;
  const has = (ids: string[], id: string) => ids.includes(id);
  switch (r.kind) {
    case 'single':
      return has(q.type === 'single' ? q.options.map((o) => o.id) : [], r.choice) ? null : `no option "${r.choice}"`;
    case 'multiple': {
      const ids = q.type === 'multiple' ? q.options.map((o) => o.id) : [];
      const bad = r.choices.find((c) => !has(ids, c));
      if (bad) return `no option "${bad}"`;
      return new Set(r.choices).size === r.choices.length ? null : 'an option is selected twice';
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
      for (const [p, a] of Object.entries(r.pairs)) {
        if (!has(prompts, p)) return `no prompt "${p}"`;
        if (!has(answers, a)) return `no answer "${a}"`;
      }
      return null;
    }
  }
}
