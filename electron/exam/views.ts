// Pure builders: from stored rows to what the API returns. Keys and explanations never reach an open exam's view.
// Rows are read through exam/stored.ts: a damaged one becomes a damaged item, never an exception.
import type { DomainResult, ExamItem, ExamResult, NoteLink, ReviewItem, TaskResult } from '../api/types';
import type { PackManifest } from '../packs/schema';
import type { Question } from '../packs/question';
import { questionView, reviewView, type LearnerMatch } from '../questions/views';
import { domainLabel } from './scoring';
import { blueprintSchema, decodeStruck, readItem, type ReadItem } from './stored';
import { decodeStored } from '../db/stored-json';
import type { AttemptRow, Blueprint, ItemRow } from './repo';
import { pacingOf } from '../study/pacing';
import type { Confidence } from '../api/types';

/** A stored confidence, or null for none (or a value this version does not know). */
export const confidenceOf = (v: string | null): Confidence | null => (v === 'sure' || v === 'unsure' || v === 'guess' ? v : null);

/** Where a damaged item sends the learner: the backups (named by the handler, which knows the data folder). */
export type DamageNote = (problem: string) => string;
export const defaultDamageNote: DamageNote = (problem) =>
  `${problem}. Proctor keeps a backup of your database from before each upgrade in its data folder.`;

/** Names a question's notes links, most relevant first (see notes/study.ts). */
export type NoteLinks = (q: Question) => NoteLink[];

export function examItem(
  row: ItemRow,
  note: DamageNote = defaultDamageNote,
  read: ReadItem = readItem(row),
  noteLinks?: NoteLinks,
): ExamItem {
  if (!read.ok) {
    return {
      position: row.position,
      type: 'single',
      stem: 'This question could not be read from your database, so it cannot be answered. It counts as unanswered.',
      scenario: null,
      caseId: null,
      options: [],
      response: null,
      answered: false,
      flagged: row.flagged === 1,
      struck: [],
      damaged: note(read.damage),
    };
  }
  const item: ExamItem = {
    ...questionView(read.question, read.scenario, read.displayOrder, read.response, row.flagged === 1, row.position),
    struck: decodeStruck(row.struck),
    confidence: confidenceOf(row.confidence),
  };
  // A checked practice answer comes with its review; the keys of every other question stay in the backend.
  if (row.checked_at !== null) item.checked = reviewItem(row, null, note, noteLinks);
  return read.damage ? { ...item, damaged: note(read.damage) } : item;
}

/** A stand-in for a question whose stored copy is unreadable, so the review can still list it in its place. */
function damagedQuestion(row: ItemRow, message: string): Question {
  return {
    id: row.question_id,
    domain: row.domain,
    task: row.task,
    difficulty: 2,
    caseId: null,
    type: 'single',
    stem: 'This question could not be read from your database.',
    explanation: message,
    notes: [],
    options: [],
  };
}

export function reviewItem(row: ItemRow, matchLearner?: LearnerMatch | null, note: DamageNote = defaultDamageNote, noteLinks?: NoteLinks): ReviewItem {
  const read = readItem(row);
  const extras = { timeSpentMs: row.time_spent_ms, struck: decodeStruck(row.struck) };
  if (!read.ok) {
    const message = note(read.damage);
    return {
      position: row.position,
      question: damagedQuestion(row, message),
      scenario: null,
      displayOrder: [],
      response: null,
      answered: false,
      correct: false,
      flagged: row.flagged === 1,
      confidence: confidenceOf(row.confidence),
      learnerNote: null,
      noteLinks: [],
      ...extras,
      damaged: message,
    };
  }
  const review = reviewView(read.question, read.scenario, read.displayOrder, read.response, row.position, matchLearner);
  const correct = read.damage ? false : row.correct === null ? review.correct : row.correct === 1;
  return {
    ...review,
    flagged: row.flagged === 1,
    correct,
    ...extras,
    confidence: confidenceOf(row.confidence),
    ...(noteLinks ? { noteLinks: noteLinks(read.question) } : {}),
    ...(read.damage ? { damaged: note(read.damage) } : {}),
  };
}

/** An attempt's blueprint, or the pack's own exam settings when the stored copy is damaged. */
export function blueprintOf(attempt: AttemptRow, manifest: PackManifest): Blueprint {
  const d = decodeStored(blueprintSchema, attempt.blueprint, `The settings of exam ${attempt.id}`);
  if (d.ok) return d.value;
  const minutes = Math.round(attempt.time_limit_ms / 60_000);
  return { counts: {}, minutes, extraTime: minutes > manifest.exam.minutes, scale: manifest.exam.scale };
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
  extras: { matchLearner?: LearnerMatch | null; noteTitle?: (link: string) => string | undefined; damageNote?: DamageNote; noteLinks?: NoteLinks } = {},
): ExamResult {
  const { matchLearner, noteTitle = () => undefined, damageNote, noteLinks } = extras;
  const blueprint = blueprintOf(attempt, manifest);
  const reviews = items.map((row) => reviewItem(row, matchLearner, damageNote, noteLinks));
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
    kind: attempt.kind,
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
    pacing: pacingOf(
      reviews.map((r) => ({ position: r.position, domain: r.question.domain, task: r.question.task, timeMs: r.timeSpentMs, correct: r.correct })),
      attempt.time_limit_ms,
      manifest.domains,
    ),
  };
}

