import { useState } from 'react';
import type { PackSummary } from '../../../electron/api/types';
import { DrillButton } from '../components/DrillButton';
import { formatClock, formatDate, percent } from '../format';
import { useActions, useApp } from '../stores/context';

export function Home() {
  const packs = useApp((s) => s.packs);
  const packId = useApp((s) => s.packId);
  const attempts = useApp((s) => s.attempts);
  const active = useApp((s) => s.active);
  const busy = useApp((s) => s.busy);
  const packProblems = useApp((s) => s.packProblems);
  const { load, startExam, resumeExam, openResults } = useActions();
  const [extraTime, setExtraTime] = useState(false);
  const loadError = useApp((s) => s.loadError);
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
        <p className="eyebrow">{pack.code}</p>
        <h1>{pack.title}</h1>
        <p className="muted">
          {pack.questionCount} questions in the bank · {pack.domains.length} domains
        </p>
      </header>

      {packProblems.length > 0 && <PackProblems problems={packProblems} />}

      {active ? (
        <section className="card resume" aria-label="Exam in progress">
          <h2>Exam in progress</h2>
          <p>
            Started {formatDate(active.startedAt)} · {active.answered} of {active.total} answered ·{' '}
            {formatClock(active.endsAt - active.serverNow)} left. The clock keeps running while Proctor is closed, as in the real exam.
          </p>
          <button type="button" className="primary" onClick={() => void resumeExam()} disabled={busy}>
            Resume exam
          </button>
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
          <button type="button" className="primary" onClick={() => void startExam(extraTime)} disabled={busy}>
            Start mock exam
          </button>
        </section>
      )}

      <DrillCard pack={pack} />

      <LearnerNotesCard />

      <section className="card" aria-label="Past attempts">
        <h2>Past attempts</h2>
        {finished.length === 0 ? (
          <p className="muted">No finished exams yet. Your results will be listed here.</p>
        ) : (
          <table className="attempts">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Score</th>
                <th scope="col">Correct</th>
                <th scope="col">Result</th>
                <th scope="col">
                  <span className="visually-hidden">Open</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {finished.map((a) => (
                <tr key={a.attemptId}>
                  <td>{formatDate(a.startedAt)}</td>
                  <td>{a.scaledScore}</td>
                  <td>
                    {a.rawCorrect} / {a.rawTotal}
                  </td>
                  <td>
                    <span className={a.passed ? 'badge pass' : 'badge fail'}>{a.passed ? 'Pass' : 'Fail'}</span>
                    {a.timedOut && <span className="muted"> · time ran out</span>}
                  </td>
                  <td>
                    <button type="button" className="link" onClick={() => void openResults(a.attemptId)}>
                      View results<span className="visually-hidden"> of {formatDate(a.startedAt)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </main>
  );
}

/** Untimed practice on the whole course, a domain or a task statement; missed questions come back first. */
function DrillCard({ pack }: { pack: PackSummary }) {
  const busy = useApp((s) => s.busy);
  const progress = useApp((s) => s.progress);
  const { startDrill } = useActions();
  const [scope, setScope] = useState('all');
  const labels = new Map<string, string>([['all', 'Whole course']]);
  for (const d of pack.domains) {
    labels.set(`domain:${d.id}`, `Domain ${d.id}: ${d.title}`);
    for (const t of d.tasks) labels.set(`task:${t.id}`, `Task ${t.id} ${t.title}`);
  }
  const start = () => {
    const [kind, id] = scope.split(':');
    void startDrill(kind === 'domain' ? { domain: id } : kind === 'task' ? { task: id } : {}, labels.get(scope)!);
  };
  return (
    <section className="card" aria-label="Drill">
      <h2>Drill</h2>
      <p className="muted">
        Untimed practice, one question at a time, with the answer explained as soon as you check it. Questions you missed,
        in exams or drills, come back first.
      </p>
      {progress.some((d) => d.seen > 0) && (
        <table className="domains progress">
          <caption className="visually-hidden">Your progress by domain</caption>
          <thead>
            <tr>
              <th scope="col">Domain</th>
              <th scope="col">Questions met</th>
              <th scope="col">Right on the last try</th>
              <th scope="col">
                <span className="visually-hidden">Practise</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {progress.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  Domain {d.id}: {d.title}
                </th>
                <td>
                  {d.seen} / {d.total}
                </td>
                <td>{d.seen ? `${d.right} (${percent(d.right, d.seen)})` : '—'}</td>
                <td>
                  <DrillButton scope={{ domain: d.id }} label={`Domain ${d.id}: ${d.title}`} name={`Drill domain ${d.id}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="actions">
        <label className="field">
          <span>Practise</span>
          <select value={scope} onChange={(e) => setScope(e.target.value)}>
            <option value="all">Whole course</option>
            {pack.domains.map((d) => (
              <optgroup key={d.id} label={`Domain ${d.id}: ${d.title}`}>
                <option value={`domain:${d.id}`}>All of domain {d.id}</option>
                {d.tasks.map((t) => (
                  <option key={t.id} value={`task:${t.id}`}>
                    {t.id} {t.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <button type="button" onClick={start} disabled={busy}>
          Start drill
        </button>
      </div>
    </section>
  );
}

/** The learner's own notes file: import it once, and every review also points to its closest section. */
function LearnerNotesCard() {
  const notes = useApp((s) => s.learnerNotes);
  const busy = useApp((s) => s.busy);
  const { importLearnerNotes, removeLearnerNotes, openNote } = useActions();
  const pick = (
    <label className="file-pick">
      <span className="button">{notes ? 'Replace with another file…' : 'Choose your notes file…'}</span>
      <input
        type="file"
        accept=".md,.markdown,.txt,text/markdown,text/plain"
        className="visually-hidden"
        disabled={busy}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importLearnerNotes(file);
        }}
      />
    </label>
  );
  return (
    <section className="card" aria-label="Your study notes">
      <h2>Your study notes</h2>
      {notes ? (
        <>
          <p>
            <strong>{notes.fileName}</strong> · {notes.sections} sections · imported {formatDate(notes.importedAt)}
            {notes.repairedCharacters > 0 && <> · {notes.repairedCharacters} garbled characters repaired</>}
          </p>
          <p className="muted">After each exam, every question links to the closest section of your notes, next to the course notes.</p>
          <div className="actions">
            <button type="button" onClick={() => void openNote(notes.file, 'user')}>
              Open your notes
            </button>
            {pick}
            <button type="button" className="link" onClick={() => void removeLearnerNotes()} disabled={busy}>
              Remove
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="muted">
            Add your own Markdown notes and the review after each exam will also point to the section of your notes that
            covers each question. Proctor reads them as they are: text in the wrong encoding is repaired, and images are
            not loaded.
          </p>
          <div className="actions">{pick}</div>
        </>
      )}
    </section>
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
