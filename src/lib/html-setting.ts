import { useSyncExternalStore } from 'react';

/**
 * A display choice (theme, density) kept in localStorage and mirrored as a
 * data attribute on <html>, which the CSS keys on. Synchronous on purpose:
 * main.tsx applies it before React renders, so the first paint already has
 * it. Every tab follows a change made in another (the `storage` event), and
 * every part of a page that shows the choice follows one made here.
 */
export type HtmlSetting<T extends string> = {
  /** The stored choice, or null (none made, or storage unreadable). */
  readStored(): T | null;
  /** The choice this page shows now: the attribute, which is the source of truth once applied. */
  chosen(): T | null;
  /** Shows `value` here and remembers it for the next visit and the other tabs; null forgets the choice. */
  choose(value: T | null): void;
  /** Shows the stored choice: called once before the first render. */
  applyStored(): void;
  subscribe(listener: () => void): () => void;
};

export function htmlSetting<T extends string>(key: string, attribute: string, values: readonly T[]): HtmlSetting<T> {
  const listeners = new Set<() => void>();
  const valid = (value: string | null | undefined): T | null =>
    value != null && (values as readonly string[]).includes(value) ? (value as T) : null;

  // Storage can throw (privacy modes, storage disabled): the choice still applies for this visit.
  const readStored = (): T | null => {
    try {
      return valid(localStorage.getItem(key));
    } catch {
      return null;
    }
  };
  const store = (value: T | null) => {
    try {
      if (value) localStorage.setItem(key, value);
      else localStorage.removeItem(key);
    } catch {
      // Not remembered, but shown.
    }
  };
  const apply = (value: T | null) => {
    const root = document.documentElement;
    if (valid(root.dataset[attribute]) === value) return;
    if (value) root.dataset[attribute] = value;
    else delete root.dataset[attribute];
    for (const listener of listeners) listener();
  };
  // `key` is null when another tab cleared the whole storage.
  const onStorage = (event: StorageEvent) => {
    if (event.key === key || event.key === null) apply(readStored());
  };

  return {
    readStored,
    chosen: () => valid(document.documentElement.dataset[attribute]),
    choose(value) {
      apply(value);
      store(value);
    },
    applyStored: () => apply(readStored()),
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) window.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) window.removeEventListener('storage', onStorage);
      };
    },
  };
}

/** The choice as this page shows it; re-renders when it changes here or in another tab. */
export function useHtmlSetting<T extends string>(setting: HtmlSetting<T>): T | null {
  return useSyncExternalStore(setting.subscribe, setting.chosen, () => null);
}
