import { broadcastChannel, indexedDbStorage } from './storage';
import { ReaderStore } from './reader-store';

let instance: ReaderStore | undefined;

/** This page's store, made on first use; without IndexedDB (some private modes) it is a session-only store. */
export function readerStore(): ReaderStore {
  if (!instance) {
    let storage = null;
    try {
      storage = typeof indexedDB === 'undefined' ? null : indexedDbStorage();
    } catch {
      storage = null;
    }
    instance = new ReaderStore(storage, broadcastChannel());
  }
  return instance;
}
