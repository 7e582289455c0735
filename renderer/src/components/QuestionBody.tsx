// One exam question and its answer controls, for all four question types.
import { createElement, useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { ExamItem, Response } from '../../../electron/api/types';
import { Damaged } from './Damaged';
import { OrderRow } from './OrderRow';
import { Paragraphs } from './Paragraphs';
import { useSortableOrder } from './sortable-order-loader';

const NUMBER_WORDS = ['', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX'];

interface Props {
  item: ExamItem;
  onAnswer: (response: Response | null) => void;
  /** Strikes an option out, or back in (exams only). */
  onStrike?: (optionId: string) => void;
  /** The answer is final (checked in a practice exam): controls are shown but cannot change it. */
  locked?: boolean;
}

export function QuestionBody({ item, onAnswer, onStrike, locked = false }: Props) {
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
      {item.type === 'single' && <SingleChoice item={item} onAnswer={onAnswer} onStrike={onStrike} locked={locked} />}
      {item.type === 'multiple' && <MultipleChoice item={item} onAnswer={onAnswer} onStrike={onStrike} locked={locked} />}
      {item.type === 'ordering' && <Ordering item={item} onAnswer={onAnswer} locked={locked} />}
      {item.type === 'matching' && <Matching item={item} onAnswer={onAnswer} locked={locked} />}
    </div>
  );
}

/** One option row: the answer control, its letter and text, and (in exams) a button to strike it out. */
function OptionRow({
  item,
  index,
  chosen,
  control,
  onStrike,
}: {
  item: ExamItem;
  index: number;
  chosen: boolean;
  control: ReactNode;
  onStrike?: (optionId: string) => void;
}) {
  const o = item.options![index]!;
  const letter = String.fromCharCode(65 + index);
  const struck = item.struck?.includes(o.id) ?? false;
  // Right-click strikes out, as a pencil line on paper would.
  const onContextMenu = onStrike
    ? (e: MouseEvent) => {
        e.preventDefault();
        onStrike(o.id);
      }
    : undefined;
  return (
    <div className={`option-row${struck ? ' struck' : ''}`} onContextMenu={onContextMenu}>
      <label className={`option${chosen ? ' selected' : ''}`}>
        {control}
        <span className="option-key" aria-hidden="true">{letter}</span>
        <span className="option-text">
          {o.text}
          {struck && <span className="visually-hidden"> (struck out)</span>}
        </span>
      </label>
      {onStrike && (
        <button
          type="button"
          className="strike"
          aria-pressed={struck}
          aria-label={`Strike out option ${letter}`}
          title={struck ? `Bring option ${letter} back (Shift+${index + 1})` : `Strike out option ${letter} (Shift+${index + 1} or right-click)`}
          onClick={() => onStrike(o.id)}
        >
          Strike
        </button>
      )}
    </div>
  );
}

function SingleChoice({ item, onAnswer, onStrike, locked }: Props) {
  const chosen = item.response?.kind === 'single' ? item.response.choice : null;
  return (
    <fieldset className="options" aria-labelledby={`stem-${item.position}`}>
      <legend className="visually-hidden">Choose one answer</legend>
      {item.options!.map((o, i) => (
        <OptionRow
          key={o.id}
          item={item}
          index={i}
          chosen={chosen === o.id}
          onStrike={onStrike}
          control={
            <input
              type="radio"
              name={`q${item.position}`}
              checked={chosen === o.id}
              disabled={locked}
              onChange={() => onAnswer({ kind: 'single', choice: o.id })}
            />
          }
        />
      ))}
    </fieldset>
  );
}

function MultipleChoice({ item, onAnswer, onStrike, locked }: Props) {
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
        <OptionRow
          key={o.id}
          item={item}
          index={i}
          chosen={chosen.includes(o.id)}
          onStrike={onStrike}
          control={
            <input
              type="checkbox"
              checked={chosen.includes(o.id)}
              disabled={locked || (!chosen.includes(o.id) && chosen.length >= need)}
              onChange={() => toggle(o.id)}
            />
          }
        />
      ))}
    </fieldset>
  );
}

function Ordering({ item, onAnswer, locked }: Props) {
  // The same module-level component every render once loaded (so never remounted): hence createElement, which the
  // static-components lint rule does not mistake for a component made during render.
  const sortableOrder = useSortableOrder();
  const { reached, reach, container } = useReach();
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
    <div className="ordering" ref={container} onPointerOver={reach} onPointerMove={reach} onPointerDown={reach} onFocus={reach}>
      <p className="select-hint">
        Put the items in order, first at the top. {item.response ? '' : <span className="muted">(Not answered yet: move an item, or confirm the order shown.)</span>}
      </p>
      {sortableOrder && reached ? (
        createElement(sortableOrder, { order, byId, move, locked, onReorder: (next) => onAnswer({ kind: 'ordering', order: next }) })
      ) : (
        <OrderList order={order} byId={byId} move={move} locked={locked} />
      )}
      {!item.response && !locked && (
        <button type="button" className="secondary" onClick={() => onAnswer({ kind: 'ordering', order })}>
          Confirm this order
        </button>
      )}
    </div>
  );
}

/**
 * Drag and drop mounts when the learner reaches for the list (the pointer moves over it, Tab is pressed, or focus
 * lands in it), not with the move to the question: its mount (dnd-kit's context, sensors, live region and a
 * sortable hook per item) doubled the script time of a move. The plain list looks the same and its ↑/↓ buttons
 * work. A pointer must cross the list's edge before it can press a handle, and Tab runs before focus moves, so drag
 * and drop is live before either reaches a handle; focus that lands in the list some other way (a screen reader's
 * cursor) is moved to the same control in the new list. A touch that lands with no hover first wakes it, and the
 * next touch drags.
 */
function useReach() {
  const [yes, setYes] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const reach = (e?: { target: EventTarget; type?: string; movementX?: number; movementY?: number }) => {
    if (yes) return;
    // Chrome sends pointerover when a new question's list lands under a pointer that did not move: that is not a
    // reach, and mounting then would add drag and drop's cost to the move itself.
    if ((e?.type === 'pointerover' || e?.type === 'pointermove') && !e.movementX && !e.movementY) return;
    const key = e?.target instanceof Element ? e.target.getAttribute('data-focus-key') : null;
    const hadFocus = key !== null && document.activeElement === e?.target;
    flushSync(() => setYes(true));
    if (hadFocus) container.current?.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`)?.focus();
  };
  useEffect(() => {
    if (yes) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Tab') flushSync(() => setYes(true));
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [yes]);
  return { reached: yes, reach, container };
}

/** The ordered list with ↑/↓ buttons: what the learner sees until drag and drop takes over. */
export function OrderList({
  order,
  byId,
  move,
  locked,
}: {
  order: string[];
  byId: Map<string, string>;
  move: (index: number, delta: number) => void;
  locked?: boolean;
}) {
  return (
    <ol aria-label="Order" className="order-list">
      {order.map((id, i) => (
        <OrderRow key={id} id={id} text={byId.get(id) ?? id} index={i} count={order.length} move={move} locked={locked} />
      ))}
    </ol>
  );
}

function Matching({ item, onAnswer, locked }: Props) {
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
                <select id={`m-${item.position}-${p.id}`} value={pairs[p.id] ?? ''} disabled={locked} onChange={(e) => set(p.id, e.target.value)}>
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
  // A drag handle owns the arrow keys while an item is carried.
  if (el.classList?.contains('drag-handle')) return true;
  return el.tagName === 'SELECT' || el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'text');
}
