import type { ExamResult } from '../../../electron/api/types';
import { useEffect } from 'react';
import { ForecastView } from '../components/ForecastView';
import { DrillButton } from '../components/DrillButton';
import { Review } from '../components/Review';
import { formatDate, percent } from '../format';
import { useActions, useApp } from '../stores/context';
import { ColumnHeads } from '../components/ColumnHeads';
import { TaskError } from '../components/TaskError';

export function Results() {
  const result = useApp((s) => s.result);
  const goHome = useApp((s) => s.goHome);
  if (!result) return null;
  return (
    <main className="page results">
      <button type="button" className="link back" onClick={() => void goHome()}>
        ← Home
      </button>
      <h1>Results{result.kind === 'practice' && <span className="badge practice">Practice exam</span>}</h1>
      <p className="muted">
        {result.code} {result.kind === 'practice' ? 'practice exam (clock could pause)' : 'mock exam under exam conditions'} · {formatDate(result.startedAt)}
        {result.timedOut ? ' · submitted automatically when time ran out' : ''}
      </p>
      <Summary result={result} />
      <ResultsForecast />
      <Practise attemptId={result.attemptId} />
      <DomainTable result={result} />
      <TaskTable result={result} />
      <Pacing result={result} />
      <Review result={result} />
    </main>
  );
}

function Summary({ result }: { result: ExamResult }) {
  return (
    <section className="card summary" aria-label="Score">
      <div className={`verdict ${result.passed ? 'pass' : 'fail'}`}>{result.passed ? 'PASS' : 'FAIL'}</div>
      <div className="score">
        <div className="score-number" aria-label={`Estimated scaled score ${result.scaledScore}`}>
          {result.scaledScore}
          <span className="score-max"> / {result.scale.max}</span>
        </div>
        <div>
          Estimated scaled score · passing score {result.scale.pass}
          <br />
          <strong>
            {result.rawCorrect} of {result.rawTotal}
          </strong>{' '}
          correct ({percent(result.rawCorrect, result.rawTotal)}) · {result.answeredCount} answered
        </div>
      </div>
      <p className="fine-print">
        The scaled score is an estimate. AWS does not publish how it converts raw scores to its 100–1,000 scale. Proctor maps 0 correct to{' '}
        {result.scale.min}, {Math.round(result.scale.rawPass * 100)}% correct to {result.scale.pass}, and 100% to {result.scale.max}, in a straight
        line between those points. The real exam scores 50 of its 65 questions and does not say which 15 are unscored; Proctor scores all of them.
      </p>
    </section>
  );
}

function DomainTable({ result }: { result: ExamResult }) {
  return (
    <section className="card" aria-label="Domain breakdown">
      <h2>Domain breakdown</h2>
      <table className="domains">
        <ColumnHeads labels={['Domain', 'Weight', 'Correct', 'Classification']} />
        <tbody>
          {result.domains.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                Domain {d.id}: {d.title}
              </th>
              <td>{d.weight}%</td>
              <td>
                {d.correct} / {d.total} ({percent(d.correct, d.total)})
              </td>
              <td>
                <span className={d.label === 'Meets competencies' ? 'badge pass' : 'badge fail'}>{d.label}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="fine-print">
        Like the real score report, the exam is compensatory: you pass on the overall score, not per domain. Proctor labels a domain “Meets
        competencies” when at least {Math.round(result.scale.rawPass * 100)}% of its questions are correct.
      </p>
    </section>
  );
}

/** Beyond the real score report: each task statement, so a learner knows which notes to study next. */
function TaskTable({ result }: { result: ExamResult }) {
  const { openNote, dismissDrillError } = useActions();
  // A drill started from a row below that failed to start.
  const drillError = useApp((s) => s.drillStatus.error);
  return (
    <section className="card" aria-label="Task statement breakdown">
      <h2>Task statements</h2>
      <p className="muted">The real score report stops at domains. With a handful of questions per task statement, read this as where to study next, not as a verdict.</p>
      <table className="domains tasks">
        <ColumnHeads labels={['Task statement', 'Correct', 'Study']} actions="Practise" />
        <tbody>
          {result.tasks.map((t) => (
            <tr key={t.id}>
              <th scope="row">
                {t.id} {t.title}
              </th>
              <td>
                {t.correct} / {t.total}
                {t.label === 'Needs improvement' && <span className="badge fail">Study</span>}
              </td>
              <td>
                {t.study ? (
                  <button type="button" className="link" aria-label={`${t.study.title} (notes for task ${t.id})`} onClick={() => void openNote(t.study!.link)}>
                    {t.study.title}
                  </button>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td>
                <DrillButton scope={{ task: t.id }} label={`Task ${t.id} ${t.title}`} name={`Drill task ${t.id}`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <TaskError error={drillError} onDismiss={dismissDrillError} />
    </section>
  );
}

/** The forecast as it stands now that this exam is counted. */
function ResultsForecast() {
  const forecast = useApp((s) => s.resultsForecast);
  const { loadResultsForecast } = useActions();
  useEffect(() => {
    void loadResultsForecast();
  }, [loadResultsForecast]);
  if (!forecast) return null;
  return (
    <section className="card" aria-label="Forecast">
      <ForecastView forecast={forecast} heading="Readiness forecast after this exam" level={2} />
    </section>
  );
}

function Practise({ attemptId }: { attemptId: number }) {
  const { practiseMistakes, dismissLoopError } = useActions();
  const busy = useApp((s) => s.loopStatus.busy || s.drillStatus.busy);
  const error = useApp((s) => s.loopStatus.error);
  return (
    <section className="card practise" aria-label="Your mistakes">
      <h2>Practise your mistakes</h2>
      <p className="muted">A drill with exactly those questions from this exam, checked and explained one by one.</p>
      <div className="practise">
        <button type="button" className="secondary" onClick={() => void practiseMistakes('wrong', attemptId)} disabled={busy}>
          Practise wrong
        </button>
        <button type="button" className="secondary" onClick={() => void practiseMistakes('flagged', attemptId)} disabled={busy}>
          Practise flagged
        </button>
        <button type="button" className="secondary" onClick={() => void practiseMistakes('guessed', attemptId)} disabled={busy}>
          Practise guessed
        </button>
      </div>
      <TaskError error={error} onDismiss={dismissLoopError} />
    </section>
  );
}

const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;

/** Time per question against the budget (time limit over question count), per domain, and the slowest questions. */
function Pacing({ result }: { result: ExamResult }) {
  const p = result.pacing;
  return (
    <section className="card" aria-label="Pacing">
      <h2>Pacing</h2>
      <p>
        {seconds(p.averageMs)} per question on average against a budget of {seconds(p.budgetMs)} · {p.overBudget} of {result.rawTotal} questions over
        budget
      </p>
      <table className="domains">
        <ColumnHeads labels={['Domain', 'Questions', 'Time', 'Per question']} />
        <tbody>
          {p.domains.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                Domain {d.id}: {d.title}
              </th>
              <td>{d.questions}</td>
              <td>{seconds(d.totalMs)}</td>
              <td>{seconds(d.averageMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {p.slowest.length > 0 && (
        <p>
          Slowest:{' '}
          {p.slowest.map((q) => `question ${q.position + 1} (task ${q.task}, ${seconds(q.timeMs)}${q.correct ? '' : ', wrong'})`).join(' · ')}
        </p>
      )}
    </section>
  );
}

