// Drag and drop (dnd-kit) stays out of the start-up bundle. The exam screen loads it while the learner reads the
// first question, so it is here, with no Suspense round, when the learner first reaches for an ordering list.
import { createElement, useEffect, useState, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

type SortableOrderComponent = typeof import('./SortableOrder').default;

let loaded: SortableOrderComponent | null = null;
let loading: Promise<SortableOrderComponent> | null = null;

export function loadSortableOrder(): Promise<SortableOrderComponent> {
  loading ??= import('./SortableOrder').then((m) => {
    loaded = m.default;
    warmUp(m.default);
    return m.default;
  });
  return loading;
}

/** The drag-and-drop list once its code is here; null (show the plain list) until then. */
export function useSortableOrder(): SortableOrderComponent | null {
  const [component, setComponent] = useState<SortableOrderComponent | null>(() => loaded);
  useEffect(() => {
    if (component) return;
    let live = true;
    void loadSortableOrder().then((c) => {
      if (live) setComponent(() => c);
    });
    return () => {
      live = false;
    };
  }, [component]);
  return component;
}

/**
 * Mounts and unmounts a three-item list once, off-page, when the browser is idle. The first run of code is the
 * slow one (V8 sets up each function and React each component type), and it would otherwise fall on the learner's
 * first reach for an ordering list (measured in Chromium when that mount was part of the move: about 30 ms of script
 * without this, 20 with it). Skipped where there is no idle callback (jsdom).
 */
function warmUp(SortableOrder: SortableOrderComponent) {
  const byId = new Map([
    ['a', 'A'],
    ['b', 'B'],
    ['c', 'C'],
  ]);
  warmUpOffPage(createElement(SortableOrder, { order: ['a', 'b', 'c'], byId, move: () => {}, onReorder: () => {} }));
}

/** Renders `element` once into a detached root when the browser is idle, and unmounts it: nothing reaches the page. */
export function warmUpOffPage(element: ReactElement) {
  if (typeof window.requestIdleCallback !== 'function') return;
  window.requestIdleCallback(
    () => {
      const root = createRoot(document.createElement('div'));
      flushSync(() => root.render(element));
      root.unmount();
    },
    { timeout: 2000 },
  );
}
