import { useCallback, useLayoutEffect, useState } from 'react';
import type { ExamItem, ExamView } from '../../../electron/api/types';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useFilterChips } from '../components/FilterChips';
import { isFieldKey, pickByNumber, QuestionBody } from '../components/QuestionBody';
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
  const { goto, answer, toggleFlag, setExamConfidence, endExam, timeUp, dismissExamError } = useActions();
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

  // A layout effect: the keys work from the first paint, and after each move the listener already knows the new
  // position before the next key press can arrive.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (confirming || e.altKey || e.ctrlKey || e.metaKey) return;
      if (isFieldKey(e)) return;
      const key = e.key.toLowerCase();
      if (key === 'arrowright' || key === 'n') goto(position + 1);
      else if (key === 'arrowleft' || key === 'p') goto(position - 1);
      else if (key === 'f') void toggleFlag(position);
      else if (/^[1-9]$/.test(key)) pickByNumber(item, Number(key) - 1, (r) => void answer(position, r));
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [confirming, goto, toggleFlag, answer, position, item]);

  return (
    <div className="exam">
      <header className="exam-bar">
        <div className="exam-title">
          <strong>{exam.code}</strong> <span className="muted">{exam.packTitle}</span>
        </div>
        <div className="exam-progress" aria-live="polite">
          Question {position + 1} of {total} · {answered} answered{flagged ? ` · ${flagged} flagged` : ''}
        </div>
        <div className={`save-state save-${saveState}`} role="status">
          {saveState === 'saving' ? 'Saving…' : saveState === 'error' ? 'Not saved' : 'All answers saved'}
          {saveState === 'error' && saveError && <span className="save-detail">{saveError}</span>}
        </div>
        <Timer endsAt={exam.endsAt} clockOffset={clockOffset} onExpire={onExpire} />
      </header>

      <main className="exam-main">
        <div className="question-head">
          <h1 className="question-title">Question {position + 1}</h1>
          <label className="flag">
            <input type="checkbox" checked={item.flagged} onChange={() => void toggleFlag(position)} /> Flag for review
          </label>
        </div>
        <QuestionBody key={position} item={item} onAnswer={(r) => void answer(position, r)} />
        {confidenceOn && (
          <ConfidencePicker value={item.confidence ?? null} onChange={(c) => void setExamConfidence(position, c)} disabled={!item.answered || confirming} />
        )}
        <TaskError error={examError} onDismiss={dismissExamError} />
        {showNavigator && <Navigator items={exam.items} current={position} onPick={(p) => { goto(p); setShowNavigator(false); }} />}
      </main>

      <footer className="exam-footer">
        <button type="button" onClick={() => goto(position - 1)} disabled={position === 0}>
          Previous
        </button>
        <button type="button" className="secondary" aria-expanded={showNavigator} onClick={() => setShowNavigator((v) => !v)}>
          Review all
        </button>
        <button type="button" onClick={() => goto(position + 1)} disabled={position === total - 1}>
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
