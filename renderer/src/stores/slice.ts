// What every slice creator receives: the store's set/get (zustand's slices pattern) plus the API client and a clock.
import type { StateCreator } from 'zustand/vanilla';
import type { Api } from '../api/client';
import type { AppState } from './app';

export interface StoreDeps {
  api: Api;
  /** The page's clock; tests pass one they move. */
  now: () => number;
}

/** A slice creator: builds its part of AppState, and may read or call the other slices through `get`. */
export type SliceCreator<Slice> = (deps: StoreDeps) => StateCreator<AppState, [], [], Slice>;
