/** The store handed to components through React context, so tests can give each render its own store. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppStore } from './store';
import type { AppState } from './types';

/** Context carrying the app's store; App provides it. */
export const StoreContext = createContext<AppStore | null>(null);

/** The store from context; throws when a component is rendered outside App's provider. */
export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a StoreContext provider');
  return store;
}

/** Selects from the store in context; re-renders when the selected value changes (Object.is). */
export function useAppState<T>(selector: (s: AppState) => T): T {
  return useStore(useAppStore(), selector);
}
