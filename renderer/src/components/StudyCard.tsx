// Home's study loop: reviews due, today's plan, the exam date and daily limit, the forecast, practising mistakes.
import { useState } from 'react';
import type { StudyToday } from '../../../electron/api/types';
import { useActions, useApp } from '../stores/context';
import { ForecastView } from './ForecastView';
import { TaskError } from './TaskError';

export function StudyCard({ study }: { study: StudyToday }) {
  const { startReview, saveStudySettings, practiseMistakes, openHistory, dismissLoopError, dismissDrillError } = useActions();
  const busy = useApp((s) => s.loopStatus.busy || s.drillStatus.busy);
  const error = useApp((s) => s.loopStatus.error);
  const drillError = useApp((s) => s.drillStatus.error);
  const notice = useApp((s) => s.studyNotice);
  const [examDate, setExamDate] = useState(study.settings.examDate ?? '');
  const [limit, setLimit] = useState(String(study.settings.dailyLimit));
  const { plan, forecast } = study;
  return (
    <section className="card study" aria-label="Study plan">
      <h2>Today</h2>
      <div className="review-due">
        <p>
          <strong>Review: {study.dueToday} due today</strong>
        </p>
        <button type="button" className="primary" onClick={() => void startReview()} disabled={busy || study.dueToday === 0}>
          Start review
        </button>
      </div>
      <ul className="plan" aria-label="Today's plan">
        {plan.lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <p>
        Next step: <strong>{plan.suggestion}</strong>
      </p>

      <ForecastView forecast={forecast} />

      <div className="practise" role="group" aria-label="Your mistakes">
        <span>Practise your mistakes:</span>
        <button type="button" className="secondary" onClick={() => void practiseMistakes('wrong')} disabled={busy}>
          Wrong
        </button>
        <button type="button" className="secondary" onClick={() => void practiseMistakes('flagged')} disabled={busy}>
          Flagged
        </button>
        <button type="button" className="secondary" onClick={() => void practiseMistakes('guessed')} disabled={busy}>
          Guessed
        </button>
        <span className="spacer" />
        <button type="button" className="secondary" onClick={() => void openHistory()} disabled={busy}>
          History
        </button>
      </div>

      <form
        className="study-settings"
        aria-label="Study settings"
        onSubmit={(e) => {
          e.preventDefault();
          void saveStudySettings({ examDate: examDate || null, dailyLimit: Number(limit) || 0 });
        }}
      >
        <label>
          Exam date <input type="date" value={examDate} onChange={(e) => setExamDate(e.target.value)} />
        </label>
        <label>
          Daily review limit <input type="number" inputMode="numeric" value={limit} onChange={(e) => setLimit(e.target.value)} />
        </label>
        <button type="submit" className="secondary" disabled={busy}>
          Save
        </button>
        <label className="check">
          <input
            type="checkbox"
            checked={study.settings.confidenceInExams}
            onChange={(e) => void saveStudySettings({ confidenceInExams: e.target.checked })}
          />{' '}
          Confidence in mock exams (off by default: the real exam has none)
        </label>
      </form>
      {notice && <p role="status">{notice}</p>}
      <TaskError error={error} onDismiss={dismissLoopError} />
      <TaskError error={drillError} onDismiss={dismissDrillError} />
    </section>
  );
}
