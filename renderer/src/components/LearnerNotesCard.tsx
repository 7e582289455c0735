// Home's card for the learner's own notes file: import, open, replace or remove it.
import { formatDate } from '../format';
import { useActions, useApp } from '../stores/context';
import { TaskError } from './TaskError';

export /** The learner's own notes file: import it once, and every review also points to its closest section. */
function LearnerNotesCard() {
  const notes = useApp((s) => s.learnerNotes);
  const busy = useApp((s) => s.notesStatus.busy);
  const error = useApp((s) => s.notesStatus.error);
  const { importLearnerNotes, removeLearnerNotes, openNote, dismissNotesError } = useActions();
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
      <TaskError error={error} onDismiss={dismissNotesError} />
    </section>
  );
}
