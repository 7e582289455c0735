// The ↑/↓ buttons of an ordering item: the way to reorder without dragging.
export function MoveButtons({
  text,
  index,
  count,
  move,
  locked,
}: {
  text: string;
  index: number;
  count: number;
  move: (index: number, delta: number) => void;
  locked?: boolean;
}) {
  return (
    <span className="order-buttons">
      <button type="button" onClick={() => move(index, -1)} disabled={locked || index === 0} aria-label={`Move "${text}" up`}>
        ↑
      </button>
      <button type="button" onClick={() => move(index, 1)} disabled={locked || index === count - 1} aria-label={`Move "${text}" down`}>
        ↓
      </button>
    </span>
  );
}
