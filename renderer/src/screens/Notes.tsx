import { useLayoutEffect, useState } from 'react';
import { NoteSections } from '../components/NoteSections';
import { useActions, useApp } from '../stores/context';

export default function Notes() {
  const note = useApp((s) => s.note);
  const screen = useApp((s) => s.screen);
  const { back, openNote } = useActions();
  const anchor = screen.name === 'notes' ? screen.anchor : null;
  const source = screen.name === 'notes' ? screen.source : 'pack';
  // Whether the linked section is on the page, read from the rendered headings (GitHub-style ids, the same anchors
  // the validator checks), so the warning and the scroll can never disagree.
  const [missing, setMissing] = useState(false);

  useLayoutEffect(() => {
    const target = anchor ? document.getElementById(anchor) : null;
    // The DOM is the only place the rendered anchors exist, so this state is read from it after the commit.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setMissing(!!anchor && !target);
    if (!target) {
      window.scrollTo?.(0, 0);
      return;
    }
    target.scrollIntoView?.({ block: 'start' });
    target.classList.add('target');
    target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
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
        <NoteSections sections={note.sections} anchor={anchor} onNoteLink={(link) => void openNote(link, source)} />
      </article>
    </main>
  );
}
