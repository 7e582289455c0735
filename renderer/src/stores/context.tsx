import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from './app';

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useApp needs a StoreProvider');
  return store;
}

export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(useAppStore(), selector);
}

type ActionKey = { [K in keyof AppState]: AppState[K] extends (...args: never[]) => unknown ? K : never }[keyof AppState];
export type AppActions = Pick<AppState, ActionKey>;

/** The store's actions. They are created once and never change, so reading them subscribes to nothing. */
export function useActions(): AppActions {
  return useAppStore().getState();
}
