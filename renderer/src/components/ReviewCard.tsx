// One answered question after the exam: what was asked, what you chose, the key, why each option is right or
// wrong, and links to the notes sections that teach it.
import type { ReviewItem } from '../../../electron/api/types';
import { useApp } from '../stores/context';
import { Damaged } from './Damaged';
import { Paragraphs } from './Paragraphs';

const words = (slug: string) => {
  const s = slug.replace(/-/g, ' ').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
};

export function noteLinkLabel(link: string): string {
  const [file = '', anchor = ''] = link.split('#');
  return `${words(file.replace(/\.md$/, ''))} › ${words(anchor)}`;
}

/** `level` is the card's heading level; its inner headings sit one below, so the page outline stays in order. */
export function ReviewCard({ item, level = 3 }: { item: ReviewItem; level?: 2 | 3 }) {
  const Title = `h${level}` as 'h2' | 'h3';
  const Sub = `h${level + 1}` as 'h3' | 'h4';
  const openNote = useApp((s) => s.openNote);
  const q = item.question;
  const r = item.response;
  return (
    <article className={`review ${item.correct ? 'right' : 'wrong'}`} aria-label={`Question ${item.position + 1}`}>
      <header>
        <Title>
          Question {item.position + 1}{' '}
          <span className={item.correct ? 'badge pass' : 'badge fail'}>{item.correct ? 'Correct' : item.answered ? 'Incorrect' : 'Unanswered'}</span>
          {item.flagged && <span className="badge flag">Flagged</span>}
        </Title>
        <span className="muted">
          Domain {q.domain} · Task {q.task}
        </span>
      </header>
      {item.scenario && <Paragraphs className="scenario" text={item.scenario} />}
      <Paragraphs className="stem" text={q.stem} />
      {item.damaged && <Damaged message={item.damaged} />}

      {(q.type === 'single' || q.type === 'multiple') && (
        <ul className="review-options">
          {item.displayOrder.map((id) => {
            const o = q.options.find((x) => x.id === id)!;
            const chosen = r?.kind === 'single' ? r.choice === id : r?.kind === 'multiple' ? r.choices.includes(id) : false;
            return (
              <li key={id} className={`${o.correct ? 'key' : ''}${chosen ? ' chosen' : ''}`}>
                <div>
                  <span className="mark" aria-hidden="true">{o.correct ? '✓' : chosen ? '✗' : '•'}</span>
                  <span>{o.text}</span>
                  {o.correct && <span className="tag">Correct answer</span>}
                  {chosen && <span className="tag">Your answer</span>}
                </div>
                <p className="why">{o.why}</p>
              </li>
            );
          })}
        </ul>
      )}

      {q.type === 'ordering' && (
        <div className="review-columns">
          <div>
            <Sub>Your order</Sub>
            <ol>{(r?.kind === 'ordering' ? r.order : []).map((id) => <li key={id}>{q.items.find((i) => i.id === id)?.text}</li>)}</ol>
            {r?.kind !== 'ordering' && <p className="muted">Not answered.</p>}
          </div>
          <div>
            <Sub>Correct order</Sub>
            <ol>
              {q.items.map((i) => (
                <li key={i.id}>
                  {i.text}
                  <p className="why">{i.why}</p>
                </li>
              ))}
            </ol>
          </div>
        </div>
      )}

      {q.type === 'matching' && (
        <table className="review-matching">
          <thead>
            <tr>
              <th scope="col">Prompt</th>
              <th scope="col">Your answer</th>
              <th scope="col">Correct answer</th>
            </tr>
          </thead>
          <tbody>
            {q.prompts.map((p) => {
              const given = r?.kind === 'matching' ? r.pairs[p.id] : undefined;
              const text = (id?: string) => q.answers.find((a) => a.id === id)?.text ?? '—';
              return (
                <tr key={p.id} className={given === p.answerId ? 'key' : 'miss'}>
                  <th scope="row">{p.text}</th>
                  <td>{text(given)}</td>
                  <td>
                    {text(p.answerId)}
                    <p className="why">{p.why}</p>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      <div className="explanation">
        <Sub>Explanation</Sub>
        <Paragraphs text={q.explanation} />
      </div>
      {/* A plain group, not a landmark: sixty-five "Study notes" landmarks would swamp a screen reader's list. */}
      <div className="note-links" role="group" aria-label="Study notes">
        {q.notes.map((link) => (
          <button key={link} type="button" className="link" onClick={() => void openNote(link)}>
            Study notes: {noteLinkLabel(link)}
          </button>
        ))}
        {item.learnerNote && (
          <button type="button" className="link" onClick={() => void openNote(`${item.learnerNote!.file}#${item.learnerNote!.slug}`, 'user')}>
            Your notes: {item.learnerNote.title}
          </button>
        )}
      </div>
    </article>
  );
}
