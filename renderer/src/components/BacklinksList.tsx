// The questions that point to a notes section, with the learner's record on each, and a drill of exactly those.
import type { Backlinks, QuestionRecord } from '../../../electron/api/types';
import { useActions } from '../stores/context';

const LABEL: Record<QuestionRecord, string> = { right: 'Right', wrong: 'Wrong', unseen: 'Not seen yet' };

export function BacklinksList({ backlinks }: { backlinks: Backlinks }) {
  const { drillBacklinks } = useActions();
  const { questions, counts } = backlinks;
  return (
    <section className="backlinks" aria-label="Questions linked here">
      <h2>
        {questions.length === 0 ? 'No questions link here' : `${questions.length} question${questions.length === 1 ? '' : 's'} link here`}
      </h2>
      {questions.length > 0 && (
        <>
          <p className="muted">
            {counts.wrong} wrong · {counts.right} right · {counts.unseen} not seen yet
          </p>
          <button type="button" className="primary" onClick={() => void drillBacklinks(backlinks)}>
            Drill these {questions.length} question{questions.length === 1 ? '' : 's'}
          </button>
          <ul className="backlink-list">
            {questions.map((q) => (
              <li key={q.questionId}>
                <span className={`badge ${q.record === 'right' ? 'pass' : q.record === 'wrong' ? 'fail' : 'unseen'}`}>{LABEL[q.record]}</span>{' '}
                <span className="muted">Task {q.task}</span> {q.stem}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
