// A notes file rendered one section at a time. Markdown rendering costs about a second per megabyte, so a long or
// hostile file rendered whole would freeze the page: every heading is on the page at once (links and the
// "section not found" check need them), but a section's text is rendered only when it comes near the screen, and
// text no Markdown renderer can take quickly (one enormous line, a huge section) is shown as plain text.
import { createElement, useEffect, useRef, useState } from 'react';
import type { NoteSectionView } from '../../../electron/api/types';
import { NotesMarkdown } from './Markdown';

/** Past these, a section is shown as plain text: the Markdown parser slows to seconds on such input. */
const PLAIN_TEXT_SECTION_CHARS = 100_000;
const PLAIN_TEXT_LINE_CHARS = 5_000;

function needsPlainText(markdown: string): boolean {
  if (markdown.length > PLAIN_TEXT_SECTION_CHARS) return true;
  let lineStart = 0;
  for (let i = markdown.indexOf('\n'); ; i = markdown.indexOf('\n', lineStart)) {
    const end = i < 0 ? markdown.length : i;
    if (end - lineStart > PLAIN_TEXT_LINE_CHARS) return true;
    if (i < 0) return false;
    lineStart = i + 1;
  }
}

const headingTag = (level: number) => `h${Math.min(Math.max(level, 1), 6)}`;

interface Props {
  sections: NoteSectionView[];
  /** The section linked to: rendered at once, so the page can scroll to it. */
  anchor: string | null;
  onNoteLink: (link: string) => void;
}

export function NoteSections({ sections, anchor, onNoteLink }: Props) {
  return (
    <>
      {sections.map((s, i) => (
        <Section key={`${i}-${s.slug}`} section={s} eager={i < 3 || s.slug === anchor} onNoteLink={onNoteLink} />
      ))}
    </>
  );
}

function Section({ section, eager, onNoteLink }: { section: NoteSectionView; eager: boolean; onNoteLink: (link: string) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(eager || typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (near || !ref.current) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setNear(true);
    }, { rootMargin: '1500px 0px' });
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, [near]);

  const headingId = section.slug || undefined;
  if (near && !needsPlainText(section.markdown)) {
    return (
      <div ref={ref} className="note-section">
        <NotesMarkdown markdown={section.markdown} onNoteLink={onNoteLink} headingId={headingId} />
      </div>
    );
  }
  // The heading is always there, so links land; the text follows when it comes near (or as plain text).
  const body = section.level > 0 ? section.markdown.slice(section.markdown.indexOf('\n') + 1 || section.markdown.length) : section.markdown;
  return (
    <div ref={ref} className="note-section">
      {section.level > 0 && createElement(headingTag(section.level), { id: headingId }, section.title)}
      {near ? <pre className="plain-notes">{body}</pre> : <p className="muted section-pending">{body.length > 0 ? '…' : ''}</p>}
    </div>
  );
}
