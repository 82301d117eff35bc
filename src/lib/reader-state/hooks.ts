import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Card } from '../../shared/index-schema';
import { readerStore } from './instance';
import type { ReaderStore } from './reader-store';
import { isRead, mutedBy } from './rules';
import type { ReaderSnapshot } from './state';

/** The page's store; tests hand in their own. */
export const ReaderStoreContext = createContext<ReaderStore | null>(null);

export function useReaderStore(): ReaderStore {
  return useContext(ReaderStoreContext) ?? readerStore();
}

/** A value derived from the reader's state; re-renders only when it changes (so select primitives or stored objects). */
export function useReaderState<T>(select: (state: ReaderSnapshot) => T): T {
  const store = useReaderStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getSnapshot()));
}

export const useIsRead = (card: Card) => useReaderState((state) => isRead(state, card));
export const useIsSaved = (id: string) => useReaderState((state) => Boolean(state.saved[id]));
export const useIsFollowed = (key: string) => useReaderState((state) => Boolean(state.follows[key]));
export const useIsMuted = (key: string) => useReaderState((state) => Boolean(state.mutes[key]));
export const useMutedBy = (card: Card) => useReaderState((state) => mutedBy(state, card));
