// What the learner's notes cover, per task statement: the sections that teach it, the questions linked, the
// learner's accuracy there; each gap links to the course notes.
import { useActions, useApp } from '../stores/context';

export default function Coverage() {
  const coverage = useApp((s) => s.coverage);
  const { goHome, openNote } = useActions();
  return (
    <main className="page coverage">
      <button type="button" className="link back" onClick={() => void goHome()}>
        ← Home
      </button>
      <h1>What your notes cover</h1>
      {!coverage ? (
        <p>Import your notes on Home to see which task statements they cover.</p>
      ) : (
        <>
          <p className="muted">
            {coverage.fileName}, against the exam’s {coverage.tasks.length} task statements. A task is covered when your notes teach at least a fifth of
            its questions.
          </p>
          <table className="coverage-table">
            <thead>
              <tr>
                <th scope="col">Task statement</th>
                <th scope="col">Your sections that teach it</th>
                <th scope="col">Questions linked</th>
                <th scope="col">Your accuracy</th>
              </tr>
            </thead>
            <tbody>
              {coverage.tasks.map((t) => (
                <tr key={t.id} className={t.covered ? 'covered' : t.linked ? 'partial' : 'gap'}>
                  <th scope="row">
                    <span className={`badge ${t.covered ? 'pass' : t.linked ? 'partial' : 'fail'}`}>{t.covered ? 'Covered' : t.linked ? 'A little' : 'Gap'}</span>{' '}
                    {t.id} {t.title}
                  </th>
                  <td>
                    {t.sections.length > 0 ? (
                      <ul>
                        {t.sections.slice(0, 4).map((s) => (
                          <li key={s.slug}>
                            <button type="button" className="link" onClick={() => void openNote(`${coverage.file}#${s.slug}`, 'user')}>
                              {s.title}
                            </button>{' '}
                            <span className="muted">({s.questions})</span>
                          </li>
                        ))}
                        {t.sections.length > 4 && <li className="muted">and {t.sections.length - 4} more</li>}
                      </ul>
                    ) : (
                      <span className="muted">None</span>
                    )}
                    {!t.covered && t.courseNotes && (
                      <p>
                        <button type="button" className="link" onClick={() => void openNote(t.courseNotes!.link)}>
                          Read the course notes: {t.courseNotes.title}
                        </button>
                      </p>
                    )}
                  </td>
                  <td>
                    {t.linked} of {t.total}
                  </td>
                  <td>{t.seen === 0 ? <span className="muted">not practised yet</span> : `${Math.round((100 * t.right) / t.seen)}% of ${t.seen} answered`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </main>
  );
}
