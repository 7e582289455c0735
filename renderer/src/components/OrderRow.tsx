// One item of an ordering question: its drag handle, place, text and ↑/↓ buttons. The plain list and the drag-and-
// drop list draw the same row, so swapping one for the other changes nothing the learner sees.
import type { CSSProperties, HTMLAttributes, Ref } from 'react';

export interface OrderRowProps {
  id: string;
  text: string;
  index: number;
  count: number;
  move: (index: number, delta: number) => void;
  locked?: boolean;
  /** From dnd-kit once drag and drop is live: the row's node, its moving style, the handle's node and listeners. */
  drag?: {
    rowRef: Ref<HTMLLIElement>;
    style: CSSProperties;
    dragging: boolean;
    handleRef: Ref<HTMLButtonElement>;
    handleProps: HTMLAttributes<HTMLButtonElement>;
  };
}

/**
 * Every control carries a `data-focus-key`, so that when drag and drop takes over a list that has focus, focus can
 * move to the same control in the new list.
 */
export function OrderRow({ id, text, index, count, move, locked, drag }: OrderRowProps) {
  return (
    <li ref={drag?.rowRef} style={drag?.style} className={`order-item${drag?.dragging ? ' dragging' : ''}`}>
      <button
        type="button"
        ref={drag?.handleRef}
        className="drag-handle"
        aria-roledescription="sortable"
        {...drag?.handleProps}
        aria-label={`Drag "${text}", position ${index + 1} of ${count}`}
        disabled={locked}
        data-focus-key={`drag:${id}`}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <span className="order-pos" aria-hidden="true">{index + 1}</span>
      <span className="option-text">{text}</span>
      <span className="order-buttons">
        <button type="button" onClick={() => move(index, -1)} disabled={locked || index === 0} aria-label={`Move "${text}" up`} data-focus-key={`up:${id}`}>
          ↑
        </button>
        <button type="button" onClick={() => move(index, 1)} disabled={locked || index === count - 1} aria-label={`Move "${text}" down`} data-focus-key={`down:${id}`}>
          ↓
        </button>
      </span>
    </li>
  );
}
