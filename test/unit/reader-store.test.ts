import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/shared/index-schema';
import { ReaderStore } from '../../src/lib/reader-state/reader-store';
import { indexedDbStorage, type Channel, type Storage } from '../../src/lib/reader-state/storage';
import { isRead, mutedBy } from '../../src/lib/reader-state/rules';
import { MAX_MARKS, MARK_MAX_AGE_MS, pruneMarks } from '../../src/lib/reader-state/state';
import type { CollectionName } from '../../src/lib/reader-state/state';

const card = (id: string, published: string, domain = 'a.example', topics: string[] = []): Card => ({
  id, slug: `t-${id}`, title: `Title ${id}`, type: 'article', published, hot: 0,
  provider: { domain, name: domain }, topics: topics.map((slug) => ({ slug, name: slug })),
});

let db = 0;
const freshStorage = () => indexedDbStorage(createStore(`test-${++db}`, 'reader'));

/** Two tabs' channels: what one posts, the other hears. */
function linkedChannels(): [Channel, Channel] {
  const listeners: [Set<(n: CollectionName | 'all') => void>, Set<(n: CollectionName | 'all') => void>] = [new Set(), new Set()];
  const make = (me: 0 | 1): Channel => ({
    post: (name) => queueMicrotask(() => listeners[me === 0 ? 1 : 0].forEach((l) => l(name))),
    listen: (l) => {
      listeners[me].add(l);
      return () => listeners[me].delete(l);
    },
  });
  return [make(0), make(1)];
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('the reader store', () => {
  it('keeps read, saved, follows and mutes across a reload of the page', async () => {
    const storage = freshStorage();
    const first = new ReaderStore(storage, null);
    await first.ready;
    const a = card('a', '2024-01-02T00:00:00.000Z');
    first.setRead('a', true);
    first.setSaved(a, true);
    first.setFollowed('topic:ai', 'AI', true);
    first.setMuted('source:b.example', 'B News', true);
    await settle();

    const second = new ReaderStore(storage, null);
    await second.ready;
    const state = second.getSnapshot();
    expect(state.persistent).toBe(true);
    expect(isRead(state, a)).toBe(true);
    expect(state.saved.a?.card.title).toBe('Title a');
    expect(state.follows['topic:ai']?.name).toBe('AI');
    expect(Object.keys(state.mutes)).toEqual(['source:b.example']);
  });

  it('shares a change with another tab, and neither tab loses the other\'s change to one collection', async () => {
    const storage = freshStorage();
    const [one, two] = linkedChannels();
    const tabA = new ReaderStore(storage, one);
    const tabB = new ReaderStore(storage, two);
    await Promise.all([tabA.ready, tabB.ready]);
    tabA.setSaved(card('a', '2024-01-01T00:00:00.000Z'), true);
    tabB.setSaved(card('b', '2024-01-01T00:00:00.000Z'), true);
    await settle();
    expect(Object.keys(tabA.getSnapshot().saved).sort()).toEqual(['a', 'b']);
    expect(Object.keys(tabB.getSnapshot().saved).sort()).toEqual(['a', 'b']);

    await tabA.clearAll();
    await settle();
    expect(tabB.getSnapshot().saved).toEqual({});
  });

  it('carries on for the session, and says so, when storage throws', async () => {
    const broken: Storage = {
      load: async () => ({}),
      update: async () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      clear: async () => {},
    };
    const store = new ReaderStore(broken, null);
    await store.ready;
    expect(store.getSnapshot().persistent).toBe(true);
    store.setRead('a', true);
    await settle();
    expect(store.getSnapshot().persistent).toBe(false);
    expect(store.getSnapshot().marks.a?.read).toBe(true);
    store.setRead('b', true);
    expect(store.getSnapshot().marks.b?.read).toBe(true);
  });

  it('gives up on storage that cannot even load, and is ready at once without storage', async () => {
    const failing: Storage = {
      load: () => Promise.reject(new Error('blocked')),
      update: () => Promise.reject(new Error('blocked')),
      clear: () => Promise.reject(new Error('blocked')),
    };
    const store = new ReaderStore(failing, null);
    await store.ready;
    expect(store.getSnapshot()).toMatchObject({ ready: true, persistent: false });
    const none = new ReaderStore(null, null);
    await none.ready;
    expect(none.getSnapshot()).toMatchObject({ ready: true, persistent: false });
  });

  it('ignores stored values of the wrong shape', async () => {
    const odd: Storage = {
      load: async () => ({ marks: 'x', readAll: [{ nope: 1 }], saved: [], visit: 3 }) as never,
      update: async () => {},
      clear: async () => {},
    };
    const store = new ReaderStore(odd, null);
    await store.ready;
    expect(store.getSnapshot()).toMatchObject({ marks: {}, readAll: [], saved: {}, visit: null });
  });
});

describe('read rules', () => {
  const now = Date.UTC(2024, 5, 1);
  it('marks every article of a list as read up to a time, and a later mark undoes one of them', () => {
    let clock = now;
    const store = new ReaderStore(null, null, () => clock);
    const old = card('old', '2024-01-01T00:00:00.000Z', 'a.example', ['ai']);
    const newer = card('new', '2024-03-01T00:00:00.000Z', 'a.example', ['ai']);
    const elsewhere = card('other', '2024-01-01T00:00:00.000Z', 'b.example', ['space']);
    store.markAllRead('topic:ai', '2024-02-01T00:00:00.000Z');
    let state = store.getSnapshot();
    expect([isRead(state, old), isRead(state, newer), isRead(state, elsewhere)]).toEqual([true, false, false]);

    clock += 1;
    store.toggleRead(old);
    expect(isRead(store.getSnapshot(), old)).toBe(false);
    // A new "mark all" covers it again.
    clock += 1;
    store.markAllRead('feed', '2024-12-31T00:00:00.000Z', '2023-12-01T00:00:00.000Z');
    state = store.getSnapshot();
    expect([isRead(state, old), isRead(state, newer), isRead(state, elsewhere)]).toEqual([true, true, true]);
  });

  it('hides a card by its muted source or topic', () => {
    const store = new ReaderStore(null, null);
    const a = card('a', '2024-01-01T00:00:00.000Z', 'a.example', ['ai', 'space']);
    expect(mutedBy(store.getSnapshot(), a)).toBeUndefined();
    store.setMuted('topic:space', 'Space', true);
    expect(mutedBy(store.getSnapshot(), a)).toBe('topic:space');
    store.setMuted('source:a.example', 'A', true);
    expect(mutedBy(store.getSnapshot(), a)).toBe('source:a.example');
    store.setMuted('source:a.example', 'A', false);
    store.setMuted('topic:space', 'Space', false);
    expect(mutedBy(store.getSnapshot(), a)).toBeUndefined();
  });

  it('bounds read marks by age and by count, newest kept', () => {
    const marks = Object.fromEntries(
      Array.from({ length: MAX_MARKS + 10 }, (_, i) => [`id${i}`, { read: true, at: now - i * 1000 }]),
    );
    marks.ancient = { read: true, at: now - MARK_MAX_AGE_MS - 1 };
    const kept = pruneMarks(marks, now);
    expect(Object.keys(kept)).toHaveLength(MAX_MARKS);
    expect(kept.id0).toBeDefined();
    expect(kept[`id${MAX_MARKS + 9}`]).toBeUndefined();
    expect(kept.ancient).toBeUndefined();
  });

  it('remembers the newest article seen, never moving it back', () => {
    const store = new ReaderStore(null, null);
    store.recordVisit('2024-02-01T00:00:00.000Z');
    store.recordVisit('2024-01-01T00:00:00.000Z');
    expect(store.getSnapshot().visit?.seenNewest).toBe('2024-02-01T00:00:00.000Z');
  });
});
