// The answer review a learner works through: a filter bar (status chips and facet selects), the list of the
// filtered questions, and one question at a time with Previous / Next and keys (arrows or P/N step; A, W, U, F
// choose a status).
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ExamResult } from '../../../electron/api/types';
import { applyFilter, NO_FILTER, REVIEW_FACETS, REVIEW_STATUSES, stepWithin, type FacetNames, type ReviewFilter } from '../review/filters';
import { isFieldKey } from './QuestionBody';
import { ReviewCard } from './ReviewCard';

export function Review({ result }: { result: ExamResult }) {
  const items = result.items;
  // Starts on the wrong answers when there are any: that is where a review pays off.
  const [filter, setFilter] = useState<ReviewFilter>(() => (items.some((i) => !i.correct) ? { ...NO_FILTER, status: 'wrong' } : NO_FILTER));
  const shown = useMemo(() => applyFilter(items, filter), [items, filter]);
  // The question the learner picked; when a filter hides it, the nearest shown one stands in.
  const [picked, setCurrent] = useState<number | null>(null);
  const current = stepWithin(shown, picked, 0);
  const names: FacetNames = useMemo(
    () => ({ domains: new Map(result.domains.map((d) => [d.id, d.title])), tasks: new Map(result.tasks.map((t) => [t.id, t.title])) }),
    [result],
  );
  const cardRef = useRef<HTMLDivElement>(null);
  const stepped = useRef(false);

  const at = shown.findIndex((i) => i.position === current);
  const item = at >= 0 ? shown[at]! : null;
  const step = (delta: -1 | 1) => {
    stepped.current = true;
    setCurrent(stepWithin(shown, current, delta));
  };
  const setStatus = (status: ReviewFilter['status']) => setFilter((f) => ({ ...f, status }));

  // After a step, the question's heading takes focus, so a screen reader reads the new question from its start.
  useLayoutEffect(() => {
    if (!stepped.current) return;
    stepped.current = false;
    cardRef.current?.querySelector<HTMLElement>('h2, h3')?.focus();
  }, [current]);

  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isFieldKey(e)) return;
      if (document.querySelector('[role="dialog"]')) return;
      const key = e.key.toLowerCase();
      const status = REVIEW_STATUSES.find((s) => s.key === key);
      if (key === 'arrowright' || key === 'n') step(1);
      else if (key === 'arrowleft' || key === 'p') step(-1);
      else if (status) setStatus(status.id);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <section className="card review-pane" aria-label="Answer review">
      <h2>Review your answers</h2>
      <div className="review-filters" role="group" aria-label="Filter the review">
        <div className="navigator-filters" role="group" aria-label="Show">
          {REVIEW_STATUSES.map((s) => (
            <button
              key={s.id}
              type="button"
              className={filter.status === s.id ? 'chip active' : 'chip'}
              aria-pressed={filter.status === s.id}
              aria-keyshortcuts={s.key.toUpperCase()}
              onClick={() => setStatus(s.id)}
            >
              {s.label} ({applyFilter(items, { ...filter, status: s.id }).length})
            </button>
          ))}
        </div>
        {REVIEW_FACETS.map((f) => {
          const values = f.values(items, names);
          if (values.length === 0) return null;
          return (
            <label key={f.id} className="facet">
              {f.label}
              <select
                value={filter.facets[f.id] ?? ''}
                onChange={(e) =>
                  setFilter((old) => {
                    const facets = { ...old.facets };
                    if (e.target.value) facets[f.id] = e.target.value;
                    else delete facets[f.id];
                    return { ...old, facets };
                  })
                }
              >
                <option value="">Any</option>
                {values.map((v) => (
                  <option key={v.value} value={v.value}>
                    {v.label}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
      </div>
      <p className="muted key-hint">Keys: ← → (or P, N) previous and next · A all · W wrong · U unanswered · F flagged</p>

      {shown.length === 0 ? (
        <p className="muted">No questions match these filters.</p>
      ) : (
        <>
          <nav className="review-list" aria-label="Questions in this filter">
            {shown.map((i) => (
              <button
                key={i.position}
                type="button"
                className={`cell ${i.correct ? 'right' : i.answered ? 'wrong' : 'unanswered'}${i.flagged ? ' flagged' : ''}${i.position === current ? ' current' : ''}`}
                aria-current={i.position === current ? 'true' : undefined}
                aria-label={`Question ${i.position + 1}, ${i.correct ? 'correct' : i.answered ? 'incorrect' : 'unanswered'}${i.flagged ? ', flagged' : ''}`}
                onClick={() => setCurrent(i.position)}
              >
                {i.position + 1}
              </button>
            ))}
          </nav>
          <div className="review-stepper">
            <button type="button" onClick={() => step(-1)} disabled={at <= 0}>
              Previous
            </button>
            <span className="review-count" aria-live="polite">
              {at + 1} of {shown.length} in this filter
            </span>
            <button type="button" onClick={() => step(1)} disabled={at >= shown.length - 1}>
              Next
            </button>
          </div>
          {item && (
            <div ref={cardRef} className="review-current">
              <ReviewCard key={item.position} item={item} level={3} focusable />
            </div>
          )}
        </>
      )}
    </section>
  );
}
