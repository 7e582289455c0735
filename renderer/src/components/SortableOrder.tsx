// Ordering by drag and drop, with the mouse, touch or the keyboard (focus a handle, Space to pick up, arrows to
// move, Space to drop, Escape to cancel), announced to screen readers in the items' own words. The ↑/↓ buttons stay.
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { OrderRow } from './OrderRow';

interface Props {
  order: string[];
  byId: Map<string, string>;
  move: (index: number, delta: number) => void;
  onReorder: (order: string[]) => void;
  locked?: boolean;
}

const INSTRUCTIONS =
  'To move an item, press Space on its handle. Use the up and down arrow keys to move it, Space again to drop it in its new place, or Escape to cancel.';

function announcements(order: string[], byId: Map<string, string>): Announcements {
  const name = (id: UniqueIdentifier) => `"${byId.get(String(id)) ?? id}"`;
  const place = (id: UniqueIdentifier | undefined) => (id === undefined ? order.length : order.indexOf(String(id)) + 1);
  return {
    onDragStart: ({ active }) => `Picked up ${name(active.id)}, position ${place(active.id)} of ${order.length}.`,
    // Over itself (as at the pick-up) says nothing new, and would drown the "Picked up" announcement.
    onDragOver: ({ active, over }) =>
      !over ? `${name(active.id)} is no longer over the list.` : over.id === active.id ? undefined : `${name(active.id)} moved to position ${place(over.id)} of ${order.length}.`,
    onDragEnd: ({ active, over }) => (over ? `${name(active.id)} dropped at position ${place(over.id)} of ${order.length}.` : `${name(active.id)} dropped.`),
    onDragCancel: ({ active }) => `Moving cancelled. ${name(active.id)} is back at position ${place(active.id)}.`,
  };
}

export default function SortableOrder({ order, byId, move, onReorder, locked }: Props) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onReorder(arrayMove(order, order.indexOf(String(active.id)), order.indexOf(String(over.id))));
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements: announcements(order, byId), screenReaderInstructions: { draggable: INSTRUCTIONS } }}
    >
      <SortableContext items={order} strategy={verticalListSortingStrategy} disabled={locked}>
        <ol aria-label="Order" className="order-list">
          {order.map((id, i) => (
            <SortableItem key={id} id={id} text={byId.get(id) ?? id} index={i} count={order.length} move={move} locked={locked} />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

function SortableItem(props: { id: string; text: string; index: number; count: number; move: (index: number, delta: number) => void; locked?: boolean }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: props.id });
  const style = {
    transform: transform ? `translate3d(${Math.round(transform.x)}px, ${Math.round(transform.y)}px, 0)` : undefined,
    transition,
  };
  return (
    <OrderRow
      {...props}
      drag={{ rowRef: setNodeRef, style, dragging: isDragging, handleRef: setActivatorNodeRef, handleProps: { ...attributes, ...listeners } }}
    />
  );
}
