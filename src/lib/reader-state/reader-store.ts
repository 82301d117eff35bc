import type { Card } from '../../shared/index-schema';
import type { Channel, Storage } from './storage';
import { isRead } from './rules';
import {
  COLLECTIONS, emptyCollections, MAX_READ_ALL, pruneMarks,
  type CollectionName, type Collections, type ListChoice, type ReadAll, type ReaderSnapshot,
} from './state';

/** Storage that has not answered by then (some private modes never do) is given up for the session. */
const LOAD_TIMEOUT_MS = 1500;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Stored values come from an older version or another tab's bug as easily as from us: keep what has the right shape. */
function sanitize(loaded: Partial<Record<CollectionName, unknown>>): Partial<Collections> {
  const out: Partial<Collections> = {};
  for (const name of ['marks', 'saved', 'follows', 'mutes'] as const) {
    if (isObject(loaded[name])) (out as Record<string, unknown>)[name] = loaded[name];
  }
  if (Array.isArray(loaded.readAll)) out.readAll = loaded.readAll.filter((r) => isObject(r) && typeof r.to === 'string');
  if (isObject(loaded.visit) && typeof loaded.visit.seenNewest === 'string') out.visit = loaded.visit as Collections['visit'];
  return out;
}

/**
 * The reader's memory: a snapshot for React (useSyncExternalStore), changed
 * in memory first and written behind. When storage fails, the snapshot
 * carries on alone and says so (`persistent: false`): nothing the reader
 * does in this session is lost, it is only not kept for the next.
 */
export class ReaderStore {
  private snapshot: ReaderSnapshot = { ...emptyCollections(), ready: false, persistent: true };
  private readonly listeners = new Set<() => void>();
  private stopListening: (() => void) | undefined;
  readonly ready: Promise<void>;

  constructor(
    private storage: Storage | null,
    private readonly channel: Channel | null,
    private readonly now: () => number = Date.now,
  ) {
    if (!storage) this.snapshot = { ...this.snapshot, persistent: false };
    this.ready = this.load();
    this.stopListening = channel?.listen((name) => void this.reload(name === 'all' ? COLLECTIONS : [name]));
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  dispose() {
    this.stopListening?.();
  }

  private publish(next: Partial<ReaderSnapshot>) {
    this.snapshot = { ...this.snapshot, ...next };
    for (const listener of this.listeners) listener();
  }

  private giveUp() {
    this.storage = null;
    if (this.snapshot.persistent || !this.snapshot.ready) this.publish({ persistent: false, ready: true });
  }

  private async load() {
    if (!this.storage) return this.publish({ ready: true });
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), LOAD_TIMEOUT_MS));
    try {
      const loaded = await Promise.race([this.storage.load(COLLECTIONS), timeout]);
      if (loaded === 'timeout') return this.giveUp();
      const values = sanitize(loaded);
      if (values.marks) values.marks = pruneMarks(values.marks, this.now());
      this.publish({ ...values, ready: true });
    } catch {
      this.giveUp();
    }
  }

  /** Another tab changed these collections: take its version. */
  private async reload(names: CollectionName[]) {
    if (!this.storage) return;
    try {
      const values = sanitize(await this.storage.load(names));
      const cleared = Object.fromEntries(names.map((name) => [name, emptyCollections()[name]]));
      this.publish({ ...cleared, ...values });
    } catch {
      this.giveUp();
    }
  }

  /** The change applies to this tab's copy now and to the stored one (which another tab may have changed) behind. */
  private change<K extends CollectionName>(name: K, apply: (value: Collections[K]) => Collections[K]) {
    this.publish({ [name]: apply(this.snapshot[name]) } as Partial<ReaderSnapshot>);
    const storage = this.storage;
    if (!storage) return;
    storage
      .update(name, (stored) => apply(stored ?? emptyCollections()[name]))
      .then(() => this.channel?.post(name))
      .catch(() => this.giveUp());
  }

  setRead(id: string, read: boolean) {
    const at = this.now();
    this.change('marks', (marks) => pruneMarks({ ...marks, [id]: { read, at } }, at));
  }

  toggleRead(card: Card) {
    this.setRead(card.id, !isRead(this.snapshot, card));
  }

  /** Every article of `list` up to `to` (from `from`, when the list is time-filtered) is read, earlier "unread" marks included. */
  markAllRead(list: string, to: string, from?: string): ReadAll {
    const rule: ReadAll = { list, to, ...(from ? { from } : {}), at: this.now() };
    this.change('readAll', (rules) => [rule, ...rules].slice(0, MAX_READ_ALL));
    return rule;
  }

  /** Undo of one "mark all as read". */
  dropReadAll(rule: ReadAll) {
    this.change('readAll', (rules) => rules.filter((r) => !(r.at === rule.at && r.list === rule.list && r.to === rule.to)));
  }

  setSaved(card: Card, saved: boolean, url?: string) {
    const savedAt = this.now();
    this.change('saved', (items) => {
      const { [card.id]: _dropped, ...rest } = items;
      return saved ? { ...rest, [card.id]: { card, savedAt, ...(url ? { url } : {}) } } : rest;
    });
  }

  toggleSaved(card: Card, url?: string) {
    this.setSaved(card, !this.snapshot.saved[card.id], url);
  }

  /** The outlet's address, learnt after the card was saved (a card itself does not carry it). */
  setSavedUrl(id: string, url: string) {
    if (!this.snapshot.saved[id] || this.snapshot.saved[id].url === url) return;
    this.change('saved', (items) => (items[id] ? { ...items, [id]: { ...items[id], url } } : items));
  }

  private choose(name: 'follows' | 'mutes', key: string, label: string, on: boolean) {
    this.change(name, (choices) => {
      const { [key]: _dropped, ...rest } = choices;
      return on ? { ...rest, [key]: { name: label, at: this.now() } satisfies ListChoice } : rest;
    });
  }

  setFollowed(key: string, label: string, on: boolean) {
    this.choose('follows', key, label, on);
  }

  setMuted(key: string, label: string, on: boolean) {
    this.choose('mutes', key, label, on);
    if (on) this.publish({ lastMuted: { key, name: label } });
    else if (this.snapshot.lastMuted?.key === key) this.publish({ lastMuted: undefined });
  }

  /** The newest article this reader has been shown; the next visit counts what is newer. */
  recordVisit(seenNewest: string) {
    const previous = this.snapshot.visit?.seenNewest;
    if (previous && previous >= seenNewest) return;
    this.change('visit', () => ({ seenNewest, at: this.now() }));
  }

  /** "Clear my data": every collection, here and in every other tab. */
  async clearAll() {
    this.publish({ ...emptyCollections() });
    if (!this.storage) return;
    try {
      await this.storage.clear();
      this.channel?.post('all');
    } catch {
      this.giveUp();
    }
  }
}
