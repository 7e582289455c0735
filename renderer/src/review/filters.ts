// The review's filters, as data: a status (wrong, unanswered, flagged) and facets (domain, task statement, …).
// Each facet lists its values from the items and keeps the items with the chosen one, so a new facet (confidence,
// when the study loop records it) is one more entry in REVIEW_FACETS, with no change to the filter bar.
import type { ReviewItem } from '../../../electron/api/types';

export type ReviewStatus = 'all' | 'wrong' | 'unanswered' | 'flagged';

export const REVIEW_STATUSES: { id: ReviewStatus; label: string; key: string; keep: (i: ReviewItem) => boolean }[] = [
  { id: 'all', label: 'All', key: 'a', keep: () => true },
  // Unanswered questions are scored wrong, so they are "wrong" too.
  { id: 'wrong', label: 'Wrong', key: 'w', keep: (i) => !i.correct },
  { id: 'unanswered', label: 'Unanswered', key: 'u', keep: (i) => !i.answered },
  { id: 'flagged', label: 'Flagged', key: 'f', keep: (i) => i.flagged },
];

export interface FacetValue {
  value: string;
  label: string;
}

export interface ReviewFacet {
  id: string;
  /** The select's label: "Domain". */
  label: string;
  /** The values present in these items, in a sensible order; a facet with none is not shown. */
  values(items: ReviewItem[], names: FacetNames): FacetValue[];
  valueOf(item: ReviewItem): string | null;
}

/** Titles the facets show beside ids: "1 Fundamentals of AI and ML". */
export interface FacetNames {
  domains: Map<string, string>;
  tasks: Map<string, string>;
}

const distinct = (items: ReviewItem[], pick: (i: ReviewItem) => string | null) =>
  [...new Set(items.map(pick).filter((v): v is string => v !== null))].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));

export const REVIEW_FACETS: ReviewFacet[] = [
  {
    id: 'domain',
    label: 'Domain',
    valueOf: (i) => i.question.domain,
    values: (items, names) => distinct(items, (i) => i.question.domain).map((d) => ({ value: d, label: `Domain ${d}${names.domains.has(d) ? `: ${names.domains.get(d)}` : ''}` })),
  },
  {
    id: 'task',
    label: 'Task statement',
    valueOf: (i) => i.question.task,
    values: (items, names) => distinct(items, (i) => i.question.task).map((t) => ({ value: t, label: `${t}${names.tasks.has(t) ? ` ${names.tasks.get(t)}` : ''}` })),
  },
  {
    // Shown only when the learner gave a confidence on some answer (mock exams ask only when it is turned on).
    id: 'confidence',
    label: 'Confidence',
    valueOf: (i) => i.confidence ?? 'none',
    values: (items) => {
      const given = new Set<string>(items.map((i) => i.confidence ?? 'none'));
      if (given.size === 1 && given.has('none')) return [];
      return CONFIDENCE_VALUES.filter((v) => given.has(v.value));
    },
  },
];

const CONFIDENCE_VALUES: FacetValue[] = [
  { value: 'sure', label: 'Sure' },
  { value: 'unsure', label: 'Unsure' },
  { value: 'guess', label: 'Guessed' },
  { value: 'none', label: 'Not given' },
];

export interface ReviewFilter {
  status: ReviewStatus;
  /** Chosen value per facet id; absent means any. */
  facets: Record<string, string>;
}

export const NO_FILTER: ReviewFilter = { status: 'all', facets: {} };

export function applyFilter(items: ReviewItem[], filter: ReviewFilter, facets: ReviewFacet[] = REVIEW_FACETS): ReviewItem[] {
  const status = REVIEW_STATUSES.find((s) => s.id === filter.status) ?? REVIEW_STATUSES[0]!;
  return items.filter(
    (i) => status.keep(i) && facets.every((f) => filter.facets[f.id] === undefined || f.valueOf(i) === filter.facets[f.id]),
  );
}

/** The position to show after a filter change or a step: stay if still shown, else the nearest shown one. */
export function stepWithin(shown: ReviewItem[], current: number | null, delta: -1 | 0 | 1): number | null {
  if (shown.length === 0) return null;
  const at = current === null ? -1 : shown.findIndex((i) => i.position === current);
  if (at === -1) {
    const next = current === null ? undefined : shown.find((i) => i.position > current);
    return (next ?? shown[0]!).position;
  }
  const target = Math.min(shown.length - 1, Math.max(0, at + delta));
  return shown[target]!.position;
}
