// One exam question and its answer controls, for all four question types.
import type { ExamItem, Response } from '../../../electron/api/types';
import { Damaged } from './Damaged';
import { Paragraphs } from './Paragraphs';

const NUMBER_WORDS = ['', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX'];

interface Props {
  item: ExamItem;
  onAnswer: (response: Response | null) => void;
}

export function QuestionBody({ item, onAnswer }: Props) {
  return (
    <div className="question">
      {item.scenario && (
        <section className="scenario" aria-label="Case study">
          <h2>Case study</h2>
          <Paragraphs text={item.scenario} />
        </section>
      )}
      <Paragraphs className="stem" id={`stem-${item.position}`} text={item.stem} />
      {item.damaged && <Damaged message={item.damaged} />}
      {item.type === 'single' && <SingleChoice item={item} onAnswer={onAnswer} />}
      {item.type === 'multiple' && <MultipleChoice item={item} onAnswer={onAnswer} />}
      {item.type === 'ordering' && <Ordering item={item} onAnswer={onAnswer} />}
      {item.type === 'matching' && <Matching item={item} onAnswer={onAnswer} />}
    </div>
  );
}

function SingleChoice({ item, onAnswer }: Props) {
  const chosen = item.response?.kind === 'single' ? item.response.choice : null;
  return (
    <fieldset className="options" aria-labelledby={`stem-${item.position}`}>
      <legend className="visually-hidden">Choose one answer</legend>
      {item.options!.map((o, i) => (
        <label key={o.id} className={`option${chosen === o.id ? ' selected' : ''}`}>
          <input type="radio" name={`q${item.position}`} checked={chosen === o.id} onChange={() => onAnswer({ kind: 'single', choice: o.id })} />
          <span className="option-key" aria-hidden="true">{String.fromCharCode(65 + i)}</span>
          <span className="option-text">{o.text}</span>
        </label>
      ))}
    </fieldset>
  );
}

function MultipleChoice({ item, onAnswer }: Props) {
  const chosen = item.response?.kind === 'multiple' ? item.response.choices : [];
  const need = item.selectCount ?? 2;
  const toggle = (id: string) => {
    const next = toggledChoices(chosen, id, need);
    if (next) onAnswer(next.length ? { kind: 'multiple', choices: next } : null);
  };
  return (
    <fieldset className="options" aria-labelledby={`stem-${item.position}`}>
      <legend className="select-hint">
        Select {NUMBER_WORDS[need] ?? need}. <span className="muted">({chosen.length} of {need} selected)</span>
      </legend>
      {item.options!.map((o, i) => (
        <label key={o.id} className={`option${chosen.includes(o.id) ? ' selected' : ''}`}>
          <input
            type="checkbox"
            checked={chosen.includes(o.id)}
            disabled={!chosen.includes(o.id) && chosen.length >= need}
            onChange={() => toggle(o.id)}
          />
          <span className="option-key" aria-hidden="true">{String.fromCharCode(65 + i)}</span>
          <span className="option-text">{o.text}</span>
        </label>
      ))}
    </fieldset>
  );
}

function Ordering({ item, onAnswer }: Props) {
  const shown = item.items!;
  const order = item.response?.kind === 'ordering' ? item.response.order : shown.map((i) => i.id);
  const byId = new Map(shown.map((i) => [i.id, i.text]));
  const move = (index: number, delta: number) => {
    const next = [...order];
    const target = index + delta;
    if (target < 0 || target >= next.length) return;
    [next[index], next[target]] = [next[target]!, next[index]!];
    onAnswer({ kind: 'ordering', order: next });
  };
  return (
    <div className="ordering">
      <p className="select-hint">
        Put the items in order, first at the top. {item.response ? '' : <span className="muted">(Not answered yet: move an item, or confirm the order shown.)</span>}
      </p>
      <ol aria-label="Order">
        {order.map((id, i) => (
          <li key={id} className="order-item">
            <span className="order-pos" aria-hidden="true">{i + 1}</span>
            <span className="option-text">{byId.get(id)}</span>
            <span className="order-buttons">
              <button type="button" onClick={() => move(i, -1)} disabled={i === 0} aria-label={`Move "${byId.get(id)}" up`}>
                ↑
              </button>
              <button type="button" onClick={() => move(i, 1)} disabled={i === order.length - 1} aria-label={`Move "${byId.get(id)}" down`}>
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
      {!item.response && (
        <button type="button" className="secondary" onClick={() => onAnswer({ kind: 'ordering', order })}>
          Confirm this order
        </button>
      )}
    </div>
  );
}

function Matching({ item, onAnswer }: Props) {
  const pairs = item.response?.kind === 'matching' ? item.response.pairs : {};
  const set = (promptId: string, answerId: string) => {
    const next = { ...pairs };
    if (answerId) next[promptId] = answerId;
    else delete next[promptId];
    onAnswer(Object.keys(next).length ? { kind: 'matching', pairs: next } : null);
  };
  return (
    <div className="matching">
      <p className="select-hint">Choose the matching answer for every prompt.</p>
      <table>
        <tbody>
          {item.prompts!.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <label htmlFor={`m-${item.position}-${p.id}`}>{p.text}</label>
              </th>
              <td>
                <select id={`m-${item.position}-${p.id}`} value={pairs[p.id] ?? ''} onChange={(e) => set(p.id, e.target.value)}>
                  <option value="">Choose…</option>
                  {item.answers!.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.text}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Number keys: pick option N of a choice question (toggle it, for a multiple-response one). */
export function pickByNumber(item: ExamItem, index: number, answer: (r: NonNullable<ExamItem['response']> | null) => void) {
  const option = item.options?.[index];
  if (!option) return;
  if (item.type === 'single') answer({ kind: 'single', choice: option.id });
  else if (item.type === 'multiple') {
    const chosen = item.response?.kind === 'multiple' ? item.response.choices : [];
    const next = toggledChoices(chosen, option.id, item.selectCount ?? 2);
    if (next) answer(next.length ? { kind: 'multiple', choices: next } : null);
  }
}

/** The choices after toggling one; null when the question already has as many as it asks for ("Select TWO"). */
function toggledChoices(chosen: string[], id: string, need: number): string[] | null {
  if (chosen.includes(id)) return chosen.filter((c) => c !== id);
  return chosen.length >= need ? null : [...chosen, id];
}

/** Whether a key press belongs to a form field being typed in or chosen from, rather than to the page. */
export function isFieldKey(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement;
  return el.tagName === 'SELECT' || el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'text');
}
