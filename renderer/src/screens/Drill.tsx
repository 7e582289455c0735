// A drill: one question at a time, untimed, explained as soon as it is checked. Weak spots come first (the
// backend picks missed questions before new ones), and the session tally shows how it is going.
import { useLayoutEffect, useRef } from 'react';
import { isFieldKey, pickByNumber, QuestionBody } from '../components/QuestionBody';
import { ConfidencePicker } from '../components/ConfidencePicker';
import { ReviewCard } from '../components/ReviewCard';
import { TaskError } from '../components/TaskError';
import { useActions, useApp } from '../stores/context';

export function Drill() {
  const drill = useApp((s) => s.drill);
  const busy = useApp((s) => s.drillStatus.busy);
  const error = useApp((s) => s.drillStatus.error);
  const { drillRespond, drillConfidence, checkDrill, nextDrill, endDrill, dismissDrillError } = useActions();
  const next = useRef<HTMLButtonElement>(null);
  const checked = !!drill?.review;
  // After checking, focus moves to "Next question", so Enter goes on and a screen reader lands by the verdict.
  useLayoutEffect(() => {
    if (checked) next.current?.focus();
  }, [checked]);
  // Number keys pick options, as in the exam.
  const open = drill && !drill.review ? drill : null;
  useLayoutEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || !/^[1-9]$/.test(e.key)) return;
      if (isFieldKey(e)) return;
      e.preventDefault();
      pickByNumber({ ...open.question.item, response: open.response }, Number(e.key) - 1, drillRespond);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, drillRespond]);
  if (!drill) return null;
  if (drill.done) return <SessionDone />;
  const { question, response, review } = drill;
  const title = drill.mode.kind === 'review' ? 'Review' : drill.mode.kind === 'mistakes' ? 'Practise your mistakes' : 'Drill';
  const item = { ...question.item, position: drill.answered, response, answered: response !== null };

  return (
    <div className="exam drill">
      <header className="exam-bar">
        <div className="exam-title">
          <strong>{title}</strong> {drill.mode.kind !== 'review' && <span className="muted">{drill.label}</span>}
        </div>
        <div className="exam-progress" aria-live="polite">
          {drill.mode.kind === 'review'
            ? `${drill.dueLeft} due today${drill.answered ? ` · ${drill.correct} of ${drill.answered} correct` : ''}`
            : drill.answered === 0
              ? `${question.scopeTotal} questions in scope`
              : `${drill.correct} of ${drill.answered} correct this session`}
        </div>
      </header>

      <main className="exam-main">
        <h1 className="visually-hidden">
          {title}: {drill.label}
        </h1>
        {review ? (
          <ReviewCard item={review} level={2} />
        ) : (
          <>
            <div className="question-head">
              <h2 className="question-title">Question {drill.answered + 1}</h2>
            </div>
            <QuestionBody key={question.questionId} item={item} onAnswer={drillRespond} />
            <ConfidencePicker value={drill.confidence} onChange={drillConfidence} disabled={busy} />
          </>
        )}
        <TaskError error={error} onDismiss={dismissDrillError} />
      </main>

      <footer className="exam-footer">
        {review ? (
          <button ref={next} type="button" className="primary" onClick={() => void nextDrill()} disabled={busy}>
            Next question
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => void checkDrill()} disabled={busy || response === null}>
            Check answer
          </button>
        )}
        <span className="spacer" />
        <button type="button" className="secondary" onClick={() => void endDrill()}>
          {drill.mode.kind === 'review' ? 'End review' : drill.mode.kind === 'mistakes' ? 'End practice' : 'End drill'}
        </button>
      </footer>
    </div>
  );
}

/** The end of a review session (nothing due) or of a practice of mistakes (all asked). */
function SessionDone() {
  const drill = useApp((s) => s.drill)!;
  const { endDrill } = useActions();
  const review = drill.mode.kind === 'review';
  return (
    <main className="page">
      <h1>{review ? 'Nothing due' : 'Practice done'}</h1>
      <p>
        {review ? 'Nothing is due for review today.' : `You practised all ${drill.asked.length} questions.`}{' '}
        {drill.answered > 0 && `${drill.correct} of ${drill.answered} correct this session.`}
      </p>
      <button type="button" className="primary" onClick={() => void endDrill()}>
        Back to Home
      </button>
    </main>
  );
}
