// A notes section beside the question it explains: the review or drill underneath keeps its place. Esc or Close
// puts the panel away and focus back on the link that opened it.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useActions, useApp } from '../stores/context';
import { BacklinksList } from './BacklinksList';
import { NotesMarkdown } from './Markdown';

export default function NotePanel() {
  const panel = useApp((s) => s.panel);
  const { closePanel, openPanel } = useActions();
  const heading = useRef<HTMLHeadingElement>(null);
  const body = useRef<HTMLDivElement>(null);
  // The element that opened the panel, to give focus back when it closes.
  const opener = useRef<Element | null>(document.activeElement);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        closePanel();
      }
    };
    window.addEventListener('keydown', onKey);
    const back = opener.current;
    return () => {
      window.removeEventListener('keydown', onKey);
      if (back instanceof HTMLElement) back.focus({ preventScroll: true });
    };
  }, [closePanel]);

  useLayoutEffect(() => {
    heading.current?.focus({ preventScroll: true });
    const found = panel?.anchor ? document.getElementById(panel.anchor) : null;
    const target = found && body.current?.contains(found) ? found : null;
    if (target) {
      target.scrollIntoView?.({ block: 'start' });
      target.classList.add('target');
    } else body.current?.scrollTo?.(0, 0);
  }, [panel]);

  if (!panel) return null;
  return (
    <aside className="note-panel" aria-labelledby="note-panel-title">
      <header>
        <h2 id="note-panel-title" ref={heading} tabIndex={-1}>
          {panel.source === 'user' ? 'Your notes' : 'Course notes'}: {panel.backlinks?.title ?? panel.note.title}
        </h2>
        <button type="button" className="secondary" onClick={closePanel} aria-keyshortcuts="Escape">
          Close <span className="muted">(Esc)</span>
        </button>
      </header>
      <div className="note-panel-body" ref={body}>
        {panel.backlinks && <BacklinksList backlinks={panel.backlinks} />}
        <article className="markdown">
          <NotesMarkdown markdown={panel.note.markdown} onNoteLink={(link) => void openPanel(link, panel.source)} />
        </article>
      </div>
    </aside>
  );
}
