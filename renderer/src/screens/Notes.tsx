import { useEffect, useState } from 'react';
import { NotesMarkdown } from '../components/Markdown';
import { useApp } from '../stores/context';

export default function Notes() {
  const note = useApp((s) => s.note);
  const screen = useApp((s) => s.screen);
  const { back, openNote } = useApp((s) => s);
  const anchor = screen.name === 'notes' ? screen.anchor : null;
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    if (!anchor) {
      setMissing(false);
      window.scrollTo?.(0, 0);
      return;
    }
    const target = document.getElementById(anchor);
    setMissing(!target);
    if (target) {
      target.scrollIntoView?.({ block: 'start' });
      target.classList.add('target');
      target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    }
  }, [anchor, note]);

  if (!note) return null;
  return (
    <main className="page notes">
      <button type="button" className="link back" onClick={back}>
        ← Back
      </button>
      {missing && (
        <p className="card warning" role="alert">
          The section “#{anchor}” was not found in {note.file}; showing the whole file.
        </p>
      )}
      <article className="markdown">
        <NotesMarkdown markdown={note.markdown} onNoteLink={(link) => void openNote(link)} />
      </article>
    </main>
  );
}
