import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import type { ExamItem, ExamView } from '../../../electron/api/types';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useFilterChips } from '../components/FilterChips';
import { isFieldKey, pickByNumber, QuestionBody } from '../components/QuestionBody';
import { ReviewCard } from '../components/ReviewCard';
import { loadSortableOrder, warmUpOffPage } from '../components/sortable-order-loader';
import { ConfidencePicker } from '../components/ConfidencePicker';
import { TaskError } from '../components/TaskError';
import { Timer } from '../components/Timer';
import { useActions, useApp } from '../stores/context';

export function Exam() {
  const exam = useApp((s) => s.exam);
  if (!exam) return null;
  return <ExamScreen exam={exam} />;
}

function ExamScreen({ exam }: { exam: ExamView }) {
  const clockOffset = useApp((s) => s.clockOffset);
  const saveState = useApp((s) => s.saveState);
  const saveError = useApp((s) => s.saveError);
  // Ending the exam, or checking with the backend at time-out, failed.
  const examError = useApp((s) => s.examStatus.error);
  const { goto, answer, toggleFlag, setExamConfidence, endExam, timeUp, dismissExamError, strike, pauseExam, resumeClock, checkAnswer } = useActions();
  // Loaded with Home; off by default, since the real exam asks no such thing.
  const confidenceOn = useApp((s) => s.study?.settings.confidenceInExams ?? false);
  const [confirming, setConfirming] = useState(false);
  const [showNavigator, setShowNavigator] = useState(false);
  const position = exam.currentPosition;
  const item = exam.items[position]!;
  const total = exam.items.length;
  const answered = exam.items.filter((i) => i.answered).length;
  const flagged = exam.items.filter((i) => i.flagged).length;
  const onExpire = useCallback(() => void timeUp(), [timeUp]);
  const paused = exam.pausedAt !== null;
  const practice = exam.kind === 'practice';
  const strikable = (item.type === 'single' || item.type === 'multiple') && !item.checked;

  // Drag and drop loads while the learner reads the first question, not during the move to an ordering one. The
  // exam's first ordering question is also drawn once off-page while idle: the first run of its code cost the move
  // to it 12-22 ms of script, against about 5 for every later one (bench, move by move).
  useEffect(() => {
    void loadSortableOrder();
    const ordering = exam.items.find((i) => i.type === 'ordering');
    if (ordering) warmUpOffPage(<QuestionBody item={ordering} onAnswer={() => {}} />);
    // Once per attempt: the items' answers change, not which question is an ordering one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [exam.attemptId]);

  // Each question starts at its top, as a new page would.
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
  }, [position]);

  // A layout effect: the keys work from the first paint, and after each move the listener already knows the new
  // position before the next key press can arrive.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (confirming || paused || e.altKey || e.ctrlKey || e.metaKey) return;
      if (isFieldKey(e)) return;
      const key = e.key.toLowerCase();
      // Shift and a number strikes that option out (by the key's place, whatever the keyboard layout prints).
      const digit = /^Digit([1-9])$/.exec(e.code);
      if (e.shiftKey && digit) {
        const option = item.options?.[Number(digit[1]) - 1];
        if (option && strikable) void strike(position, option.id);
        e.preventDefault();
        return;
      }
      if (key === 'arrowright' || key === 'n') goto(position + 1);
      else if (key === 'arrowleft' || key === 'p') goto(position - 1);
      else if (key === 'f') void toggleFlag(position);
      else if (/^[1-9]$/.test(key) && !item.checked) pickByNumber(item, Number(key) - 1, (r) => void answer(position, r));
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [confirming, paused, goto, toggleFlag, answer, strike, strikable, position, item]);

  return (
    <div className="exam">
      <header className="exam-bar">
        <div className="exam-title">
          <strong>{exam.code}</strong> <span className="muted">{exam.packTitle}</span>
          {practice && <span className="badge practice">Practice</span>}
        </div>
        <div className="exam-progress" aria-live="polite">
          Question {position + 1} of {total} · {answered} answered{flagged ? ` · ${flagged} flagged` : ''}
        </div>
        <div className={`save-state save-${saveState}`} role="status">
          {saveState === 'saving' ? 'Saving…' : saveState === 'error' ? 'Not saved' : 'All answers saved'}
          {saveState === 'error' && saveError && <span className="save-detail">{saveError}</span>}
        </div>
        <Timer endsAt={exam.endsAt} pausedAt={exam.pausedAt} clockOffset={clockOffset} onExpire={onExpire} />
        {practice && !paused && (
          <button type="button" className="secondary" onClick={() => void pauseExam()}>
            Pause
          </button>
        )}
      </header>

      {paused ? (
        <main className="exam-main paused">
          <h1 className="question-title">Paused</h1>
          <p>The clock is stopped. The questions are hidden until you resume, so the pause does not add thinking time.</p>
          <button type="button" className="primary" onClick={() => void resumeClock()}>
            Resume
          </button>
        </main>
      ) : (
        <main className="exam-main">
          <div className="question-head">
            <h1 className="question-title">Question {position + 1}</h1>
            <label className="flag">
              <input type="checkbox" checked={item.flagged} onChange={() => void toggleFlag(position)} /> Flag for review
            </label>
          </div>
          <QuestionBody
            key={position}
            item={item}
            onAnswer={(r) => void answer(position, r)}
            onStrike={strikable ? (id) => void strike(position, id) : undefined}
            locked={!!item.checked}
          />
          {confidenceOn && (
            <ConfidencePicker value={item.confidence ?? null} onChange={(c) => void setExamConfidence(position, c)} disabled={!item.answered || confirming} />
          )}
          {exam.checkAnswers && !item.checked && (
            <button type="button" className="secondary check-answer" disabled={!item.answered} onClick={() => void checkAnswer(position)}>
              Check answer
            </button>
          )}
          {item.checked && (
            <section className="checked" aria-label="Answer check">
              <ReviewCard item={item.checked} level={2} />
            </section>
          )}
          <TaskError error={examError} onDismiss={dismissExamError} />
          {showNavigator && <Navigator items={exam.items} current={position} onPick={(p) => { goto(p); setShowNavigator(false); }} />}
        </main>
      )}

      <footer className="exam-footer">
        <button type="button" onClick={() => goto(position - 1)} disabled={paused || position === 0}>
          Previous
        </button>
        <button type="button" className="secondary" aria-expanded={showNavigator} disabled={paused} onClick={() => setShowNavigator((v) => !v)}>
          Review all
        </button>
        <button type="button" onClick={() => goto(position + 1)} disabled={paused || position === total - 1}>
          Next
        </button>
        <span className="spacer" />
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          End exam
        </button>
      </footer>

      {confirming && (
        <ConfirmDialog
          title="End the exam?"
          confirmLabel="End exam now"
          cancelLabel="Return to exam"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void endExam();
          }}
        >
          {answered < total ? (
            <p>
              <strong>{total - answered} of {total} questions are unanswered.</strong> Unanswered questions are scored as incorrect.
            </p>
          ) : (
            <p>You have answered all {total} questions.</p>
          )}
          {flagged > 0 && <p>{flagged} question{flagged > 1 ? 's are' : ' is'} flagged for review.</p>}
          <p>Once you end the exam you cannot change your answers.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

const NAVIGATOR_FILTERS = {
  all: { label: 'All', keep: () => true },
  unanswered: { label: 'Unanswered', keep: (i: ExamItem) => !i.answered },
  flagged: { label: 'Flagged', keep: (i: ExamItem) => i.flagged },
};

function Navigator({ items, current, onPick }: { items: ExamItem[]; current: number; onPick: (p: number) => void }) {
  const { chips, shown } = useFilterChips(items, NAVIGATOR_FILTERS, 'all');
  return (
    <section className="navigator" aria-label="All questions">
      {chips}
      <div className="navigator-grid">
        {shown.map((i) => (
          <button
            key={i.position}
            type="button"
            className={`cell${i.answered ? ' answered' : ''}${i.flagged ? ' flagged' : ''}${i.position === current ? ' current' : ''}`}
            aria-label={`Question ${i.position + 1}${i.answered ? ', answered' : ', unanswered'}${i.flagged ? ', flagged' : ''}`}
            onClick={() => onPick(i.position)}
          >
            {i.position + 1}
          </button>
        ))}
        {shown.length === 0 && <p className="muted">No questions here.</p>}
      </div>
    </section>
  );
}
