// "Your notes" beside a reviewed question, and the learner's say over it: not this section (pick another from
// their headings, or say their notes don't cover it), and undo.
import { useEffect, useMemo, useState } from 'react';
import type { ReviewItem } from '../../../electron/api/types';
import { useActions, useApp } from '../stores/context';

export function LinkCorrection({ item }: { item: ReviewItem }) {
  const notes = useApp((s) => s.learnerNotes);
  const sections = useApp((s) => s.learnerSectionList);
  const busy = useApp((s) => s.studyStatus.busy);
  const { openPanel, correctLink, undoCorrection, loadLearnerSections } = useActions();
  const [picking, setPicking] = useState(false);
  const [filter, setFilter] = useState('');
  useEffect(() => {
    if (picking && !sections) void loadLearnerSections();
  }, [picking, sections, loadLearnerSections]);
  const shown = useMemo(() => {
    const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
    return (sections ?? []).filter((s) => words.every((w) => s.path.toLowerCase().includes(w))).slice(0, 40);
  }, [sections, filter]);
  if (!notes) return null;
  const qid = item.question.id;
  const link = item.learnerNote;
  const choose = async (slug: string | null) => {
    await correctLink(qid, slug);
    setPicking(false);
    setFilter('');
  };

  return (
    <div className="learner-link">
      {link && (
        <button type="button" className="link" onClick={() => void openPanel(`${link.file}#${link.slug}`, 'user')}>
          Your notes: {link.title}
        </button>
      )}
      {item.learnerNoteCorrection === 'section' && <span className="tag">your choice</span>}
      {item.learnerNoteCorrection === 'none' && <span className="muted">You said your notes don’t cover this.</span>}
      {item.learnerNoteCorrection ? (
        <button type="button" className="link" disabled={busy} onClick={() => void undoCorrection(qid)}>
          Undo
        </button>
      ) : (
        !picking && (
          <button type="button" className="link" onClick={() => setPicking(true)}>
            {link ? 'Not this section' : 'Link a section of your notes'}
          </button>
        )
      )}
      {picking && (
        <div className="section-picker" role="group" aria-label="Choose the section of your notes that teaches this">
          <label>
            Find a heading in your notes{' '}
            <input type="search" value={filter} autoFocus onChange={(e) => setFilter(e.target.value)} placeholder="type to filter" />
          </label>
          <ul>
            {shown.map((s) => (
              <li key={s.slug}>
                <button type="button" className="link" disabled={busy} onClick={() => void choose(s.slug)}>
                  {s.path}
                </button>
              </li>
            ))}
            {sections && shown.length === 0 && <li className="muted">No heading matches.</li>}
          </ul>
          <div className="actions">
            <button type="button" className="secondary" disabled={busy} onClick={() => void choose(null)}>
              My notes don’t cover this
            </button>
            <button type="button" className="link" onClick={() => setPicking(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
