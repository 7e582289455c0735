import { useState } from 'react';
import type { AttemptSummary } from '../../../electron/api/types';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ThemeToggle } from '../components/ThemeToggle';
import { StudyCard } from '../components/StudyCard';
import { DrillCard } from '../components/DrillCard';
import { LearnerNotesCard } from '../components/LearnerNotesCard';
import { NotesSearch } from '../components/NotesSearch';
import { formatClock, formatDate } from '../format';
import { useActions, useApp } from '../stores/context';
import { ColumnHeads } from '../components/ColumnHeads';
import { TaskError } from '../components/TaskError';

export function Home() {
  const packs = useApp((s) => s.packs);
  const packId = useApp((s) => s.packId);
  const attempts = useApp((s) => s.attempts);
  const attemptCount = useApp((s) => s.attemptCount);
  const study = useApp((s) => s.study);
  const active = useApp((s) => s.active);
  const busy = useApp((s) => s.examStatus.busy);
  const examError = useApp((s) => s.examStatus.error);
  const resultsError = useApp((s) => s.resultsStatus.error);
  const packProblems = useApp((s) => s.packProblems);
  const { load, startExam, resumeExam, openResults, dismissExamError, dismissResultsError, deleteAttempt, dismissDeleteError } = useActions();
  const [extraTime, setExtraTime] = useState(false);
  const [checkAnswers, setCheckAnswers] = useState(false);
  const [deleting, setDeleting] = useState<AttemptSummary | null>(null);
  const deleteError = useApp((s) => s.deleteStatus.error);
  const loadError = useApp((s) => s.homeStatus.error);
  const pack = packs.find((p) => p.id === packId);

  if (loadError) {
    return (
      <main className="page">
        <h1>Proctor</h1>
        <section className="card warning" role="alert" aria-label="Proctor could not load">
          <h2>Your course could not be loaded</h2>
          <p>{loadError}</p>
          <button type="button" className="primary" onClick={() => void load()}>
            Try again
          </button>
        </section>
      </main>
    );
  }

  if (!pack) {
    return (
      <main className="page">
        <h1>Proctor</h1>
        <p>No course pack is installed. Put one under <code>questions/</code> and restart Proctor.</p>
        {packProblems.length > 0 && <PackProblems problems={packProblems} />}
      </main>
    );
  }
  const finished = attempts.filter((a) => a.status === 'submitted');
  const minutes = pack.exam.minutes + (extraTime ? pack.exam.extraMinutes : 0);

  return (
    <main className="page home">
      <header className="home-head">
        <ThemeToggle />
        <p className="eyebrow">{pack.code}</p>
        <h1>{pack.title}</h1>
        <p className="muted">
          {pack.questionCount} questions in the bank · {pack.domains.length} domains
        </p>
      </header>

      {packProblems.length > 0 && <PackProblems problems={packProblems} />}

      {active ? (
        <section className="card resume" aria-label="Exam in progress">
          <h2>{active.kind === 'practice' ? 'Practice exam in progress' : 'Exam in progress'}</h2>
          <p>
            Started {formatDate(active.startedAt)} · {active.answered} of {active.total} answered ·{' '}
            {formatClock(active.endsAt - (active.pausedAt ?? active.serverNow))} left.{' '}
            {active.kind === 'practice'
              ? 'Its clock is paused while Proctor is closed.'
              : 'The clock keeps running while Proctor is closed, as in the real exam.'}
          </p>
          <button type="button" className="primary" onClick={() => void resumeExam()} disabled={busy}>
            Resume exam
          </button>
          <TaskError error={examError} onDismiss={dismissExamError} />
        </section>
      ) : (
        <section className="card start" aria-label="Mock exam">
          <h2>Mock exam</h2>
          <ul className="facts">
            <li>
              <strong>{pack.exam.questions}</strong> questions drawn by the exam guide's domain weights
            </li>
            <li>
              <strong>{minutes}</strong> minutes, timed
            </li>
            <li>
              Scaled score {pack.exam.scale.min}–{pack.exam.scale.max}, passing <strong>{pack.exam.scale.pass}</strong> (an estimate)
            </li>
          </ul>
          {pack.exam.extraMinutes > 0 && (
            <label className="check">
              <input type="checkbox" checked={extraTime} onChange={(e) => setExtraTime(e.target.checked)} /> Add {pack.exam.extraMinutes} minutes
              (the ESL +30 accommodation for non-native English speakers)
            </label>
          )}
          <button type="button" className="primary" onClick={() => void startExam({ extraTime })} disabled={busy}>
            Start mock exam
          </button>
          <TaskError error={examError} onDismiss={dismissExamError} />
          <div className="practice-start">
            <h3>Practice exam</h3>
            <p className="muted">
              The same blueprint, but you can pause the clock, and it stops while Proctor is closed. Results mark it as practice.
            </p>
            <label className="check">
              <input type="checkbox" checked={checkAnswers} onChange={(e) => setCheckAnswers(e.target.checked)} /> Let me check each answer as I go,
              with its explanation
            </label>
            <button type="button" onClick={() => void startExam({ extraTime, practice: true, checkAnswers })} disabled={busy}>
              Start practice exam
            </button>
          </div>
        </section>
      )}

      {study && <StudyCard key={`${study.settings.examDate}-${study.settings.dailyLimit}`} study={study} />}

      <DrillCard pack={pack} />

      <LearnerNotesCard />
      <NotesSearch />

      <section className="card" aria-label="Past attempts">
        <h2>Past attempts</h2>
        {attemptCount > attempts.length && (
          <p className="muted">
            The latest {attempts.length} of {attemptCount}; History shows them all.
          </p>
        )}
        {finished.length === 0 ? (
          <p className="muted">No finished exams yet. Your results will be listed here.</p>
        ) : (
          <table className="attempts">
            <ColumnHeads labels={['Date', 'Score', 'Correct', 'Result']} actions="Review or delete" />
            <tbody>
              {finished.map((a) => (
                <tr key={a.attemptId}>
                  <td>
                    {formatDate(a.startedAt)}
                    {a.kind === 'practice' && <span className="badge practice">Practice</span>}
                  </td>
                  <td>{a.scaledScore}</td>
                  <td>
                    {a.rawCorrect} / {a.rawTotal}
                  </td>
                  <td>
                    <span className={a.passed ? 'badge pass' : 'badge fail'}>{a.passed ? 'Pass' : 'Fail'}</span>
                    {a.timedOut && <span className="muted"> · time ran out</span>}
                  </td>
                  <td className="row-actions">
                    <button type="button" className="link" onClick={() => void openResults(a.attemptId)}>
                      Review<span className="visually-hidden"> the exam of {formatDate(a.startedAt)}</span>
                    </button>
                    <button type="button" className="link danger-link" onClick={() => setDeleting(a)}>
                      Delete<span className="visually-hidden"> the exam of {formatDate(a.startedAt)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <TaskError error={resultsError} onDismiss={dismissResultsError} />
        <TaskError error={deleteError} onDismiss={dismissDeleteError} />
      </section>
      {deleting && (
        <ConfirmDialog
          title="Delete this exam?"
          confirmLabel="Delete exam"
          cancelLabel="Keep it"
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const id = deleting.attemptId;
            setDeleting(null);
            void deleteAttempt(id);
          }}
        >
          <p>
            The {deleting.kind === 'practice' ? 'practice exam' : 'exam'} of {formatDate(deleting.startedAt)} (score {deleting.scaledScore}) and
            all its answers will be removed. This cannot be undone.
          </p>
        </ConfirmDialog>
      )}
    </main>
  );
}

function PackProblems({ problems }: { problems: string[] }) {
  return (
    <section className="card warning" role="alert">
      <h2>Some course content could not be loaded</h2>
      <p>The previous version stays in use. Problems found:</p>
      <ul className="problems">
        {problems.slice(0, 20).map((p) => (
          <li key={p}>
            <code>{p}</code>
          </li>
        ))}
      </ul>
      {problems.length > 20 && <p>…and {problems.length - 20} more.</p>}
    </section>
  );
}
