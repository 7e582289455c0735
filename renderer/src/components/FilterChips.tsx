import { useState } from 'react';

/** A row of toggle chips that filter a list, each with its count; returns the chosen filter's items. */
export function useFilterChips<T, K extends string>(items: T[], filters: Record<K, { label: string; keep: (item: T) => boolean }>, initial: K) {
  const [active, setActive] = useState<K>(initial);
  const keys = Object.keys(filters) as K[];
  const chips = (
    <div className="navigator-filters" role="group" aria-label="Show">
      {keys.map((k) => (
        <button key={k} type="button" className={active === k ? 'chip active' : 'chip'} aria-pressed={active === k} onClick={() => setActive(k)}>
          {filters[k].label} ({items.filter(filters[k].keep).length})
        </button>
      ))}
    </div>
  );
  return { chips, shown: items.filter(filters[active].keep) };
}
