import { clear, createStore, getMany, update, type UseStore } from 'idb-keyval';
import type { CollectionName, Collections } from './state';

/**
 * Where the collections live: IndexedDB through idb-keyval (a few hundred
 * bytes of well-kept code over the raw API). `update` reads and writes a key
 * in one transaction, so two tabs changing one collection at once both keep
 * their change.
 */
export type Storage = {
  load(names: CollectionName[]): Promise<Partial<Collections>>;
  update<K extends CollectionName>(name: K, change: (value: Collections[K] | undefined) => Collections[K]): Promise<void>;
  clear(): Promise<void>;
};

export function indexedDbStorage(store: UseStore = createStore('heatline', 'reader')): Storage {
  return {
    async load(names) {
      const values = await getMany(names, store);
      return Object.fromEntries(names.flatMap((name, i) => (values[i] === undefined ? [] : [[name, values[i]]])));
    },
    update: (name, change) => update(name, change, store),
    clear: () => clear(store),
  };
}

/** Tells the other tabs of this site which collection changed; they read it again. */
export type Channel = {
  post(name: CollectionName | 'all'): void;
  listen(onChange: (name: CollectionName | 'all') => void): () => void;
};

export function broadcastChannel(name = 'heatline-reader'): Channel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  return {
    post: (collection) => channel.postMessage(collection),
    listen(onChange) {
      const handler = (event: MessageEvent) => {
        if (typeof event.data === 'string') onChange(event.data as CollectionName | 'all');
      };
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
  };
}
