import type { ExamResult, ReviewItem } from '../../../electron/api/types';
import { useFilterChips } from '../components/FilterChips';
import { DrillButton } from '../components/DrillButton';
import { ReviewCard } from '../components/ReviewCard';
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
      <h1>Results</h1>
      <p className="muted">
        {result.code} mock exam · {formatDate(result.startedAt)}
        {result.timedOut ? ' · submitted automatically when time ran out' : ''}
      </p>
      <Summary result={result} />
      <DomainTable result={result} />
      <TaskTable result={result} />
      <Review items={result.items} />
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

const REVIEW_FILTERS = {
  incorrect: { label: 'Incorrect', keep: (i: ReviewItem) => !i.correct },
  flagged: { label: 'Flagged', keep: (i: ReviewItem) => i.flagged },
  all: { label: 'All', keep: () => true },
};

function Review({ items }: { items: ReviewItem[] }) {
  const { chips, shown } = useFilterChips(items, REVIEW_FILTERS, 'incorrect');
  return (
    <section className="card" aria-label="Answer review">
      <h2>Review your answers</h2>
      {chips}
      {shown.length === 0 && <p className="muted">Nothing to show here.</p>}
      {shown.map((item) => (
        <ReviewCard key={item.position} item={item} />
      ))}
    </section>
  );
}
