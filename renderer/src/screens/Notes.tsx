import { useEffect, useMemo } from 'react';
import { splitSections } from '../../../electron/notes/sections';
import { NotesMarkdown } from '../components/Markdown';
import { useActions, useApp } from '../stores/context';

export default function Notes() {
  const note = useApp((s) => s.note);
  const screen = useApp((s) => s.screen);
  const { back, openNote } = useActions();
  const anchor = screen.name === 'notes' ? screen.anchor : null;
  const source = screen.name === 'notes' ? screen.source : 'pack';
  // The same anchors the validator checks, so a link it accepted is never reported missing here.
  const missing = useMemo(
    () => !!note && !!anchor && !splitSections(note.markdown).some((s) => s.slug === anchor),
    [note, anchor],
  );

  useEffect(() => {
    const target = anchor ? document.getElementById(anchor) : null;
    if (!target) {
      window.scrollTo?.(0, 0);
      return;
    }
    {
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
      {source === 'user' && <p className="eyebrow">Your notes</p>}
      {missing && (
        <p className="card warning" role="alert">
          The section “#{anchor}” was not found in {note.file}; showing the whole file.
        </p>
      )}
      <article className="markdown">
        <NotesMarkdown markdown={note.markdown} onNoteLink={(link) => void openNote(link, source)} />
      </article>
    </main>
  );
}
