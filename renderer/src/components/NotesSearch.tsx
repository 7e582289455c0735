// One search box over the course notes and the learner's own notes; results follow each keystroke.
import { useActions, useApp } from '../stores/context';
import { TextRuns } from './TextRuns';

export function NotesSearch() {
  const query = useApp((s) => s.searchQuery);
  const hits = useApp((s) => s.searchHits);
  const { searchNotes, openNote } = useActions();
  return (
    <section className="card notes-search" aria-label="Search the notes">
      <h2>
        <label htmlFor="notes-search-input">Search the notes</label>
      </h2>
      <input
        id="notes-search-input"
        type="search"
        value={query}
        placeholder="e.g. guardrails, BLEU, few-shot"
        autoComplete="off"
        onChange={(e) => void searchNotes(e.target.value)}
      />
      {query.trim() && (
        <p className="muted" aria-live="polite">
          {hits.length === 0 ? 'Nothing found.' : `${hits.length} section${hits.length === 1 ? '' : 's'}`}
        </p>
      )}
      {hits.length > 0 && (
        <ol className="search-hits">
          {hits.map((h) => (
            <li key={`${h.source}:${h.file}#${h.slug}`}>
              <button type="button" className="hit" onClick={() => void openNote(`${h.file}#${h.slug}`, h.source)}>
                <span className="hit-title">
                  <TextRuns runs={h.titleRuns} />
                </span>
                <span className={`tag ${h.source}`}>{h.source === 'user' ? 'Your notes' : 'Course notes'}</span>
                <span className="hit-snippet">
                  <TextRuns runs={h.snippet} />
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
