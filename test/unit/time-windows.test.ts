/**
 * The time filter's windows: the rule (src/shared/time-windows.ts) and the
 * windowed lists the indexer writes for the feed, every topic and every
 * source. The corpus is an archive whose newest article is years old, with
 * one very busy day, date-only values, articles on a window's edge, a story
 * that straddles the edge of Today, and lists with no recent article at all.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { link, type LinkedIndex } from '../../src/cli/link/link';
import { HEAD_SIZE, listKey, SMALL_LIST_MAX } from '../../src/shared/constants';
import {
  manifestSchema, type Card, type CardIndexShard, type CardsShard, type ListRef, type ListsShard, type Manifest,
  type RanksShard, type Sort,
} from '../../src/shared/index-schema';
import { listDirectoryPath, ranksPagePath } from '../../src/shared/shard-paths';
import { sortItems } from '../../src/shared/sort-order';
import { collapseStories } from '../../src/shared/story-lists';
import {
  inTimeWindow, TIME_WINDOW_MS, TIME_WINDOWS, windowLength, windowStartMs, WINDOWS_WIDEST_FIRST, type TimeWindow,
} from '../../src/shared/time-windows';
import { accept, articleText, reachableShards, shardsInMemory, type ShardFiles } from './helpers';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The newest article: years before any run of this test, so nothing may count from the clock. */
const NEWEST = Date.UTC(2019, 5, 30, 12, 0);
const iso = (ms: number) => new Date(ms).toISOString();

const syllables = ['ka', 'lo', 'mi', 'nu', 'pe', 'ra', 'si', 'to', 'vu', 'ze', 'bo', 'da', 'fe', 'gi', 'ho', 'ju', 'ly', 'mo', 'ne', 'po'];
/** A made-up word per number, so no two articles share words and only the story below is a story. */
const word = (n: number) => [Math.floor(n / 400) % 20, Math.floor(n / 20) % 20, n % 20].map((i) => syllables[i]).join('');
const titleOf = (n: number) => `${word(3 * n)} ${word(3 * n + 1)} ${word(3 * n + 2)}`;

/** Titles with no word in common, so each is a story of its own. */
const edges = {
  start: 'Ferry timetable revised',
  before: 'Glacier survey funded',
  newestDay: 'Museum roof repaired',
  dayBefore: 'Orchard harvest early',
};

type Spec = { title?: string; published: string; topic: string; domain?: string; heat?: number };

function specs(): Spec[] {
  const out: Spec[] = [];
  // One busy day: 230 articles in the twelve hours before the newest, more than a small list holds.
  for (let i = 0; i < 230; i++) out.push({ published: iso(NEWEST - i * 3 * 60_000), topic: 'Busy day', heat: (i * 37) % 101 });
  // June, one or two a day, every third given as a date with no time.
  for (let i = 0; i < 40; i++) {
    const day = Date.UTC(2019, 5, 1 + (i % 29), 6 + (i % 12));
    out.push({ published: i % 3 === 0 ? iso(day).slice(0, 10) : iso(day), topic: 'June', heat: i });
  }
  // On the edges of Today: its first instant is in, the millisecond before is not;
  // a date-only value is that day's midnight UTC.
  out.push({ title: edges.start, published: iso(NEWEST - DAY), topic: 'Edges' });
  out.push({ title: edges.before, published: iso(NEWEST - DAY - 1), topic: 'Edges' });
  out.push({ title: edges.newestDay, published: '2019-06-30', topic: 'Edges' });
  out.push({ title: edges.dayBefore, published: '2019-06-29', topic: 'Edges' });
  // A year older still, from an outlet that published nothing since.
  for (let i = 0; i < 30; i++) {
    out.push({ published: iso(Date.UTC(2018, i % 12, 1 + i)), topic: 'Old news', domain: 'archive.example', heat: 50 + i });
  }
  // One story across the start of Today: its lead (hottest) falls outside.
  out.push({ title: 'Orbital lab launches solar probe', published: iso(NEWEST - 30 * HOUR), topic: 'Space', domain: 'orbit.example', heat: 90 });
  out.push({ title: 'Solar probe lifts off from orbital lab', published: iso(NEWEST - 5 * HOUR), topic: 'Space', domain: 'desk.example', heat: 30 });
  out.push({ title: "Orbital lab's solar probe launch: what we know", published: iso(NEWEST - 2 * HOUR), topic: 'Space', domain: 'launch.example', heat: 20 });
  return out;
}

function corpus(list: Spec[]): LinkedIndex {
  return link(list.map((spec, n) => {
    const domain = spec.domain ?? `outlet${n % 40}.example`;
    return accept(articleText({
      title: spec.title ?? titleOf(n),
      webUrl: `https://${domain}/news/${n}`,
      publishedDateTime: spec.published,
      ...(spec.heat === undefined ? {} : { heat: spec.heat }),
      topics: [spec.topic],
      provider: { name: domain, domain },
    }), {}, `f${n}.md`).record;
  }));
}

let index: LinkedIndex;
let shards: ShardFiles;
let manifest: Manifest;
const json = <T>(name: string): T => {
  const text = shards.files.get(name);
  if (text === undefined) throw new Error(`missing shard ${name}`);
  return JSON.parse(text) as T;
};
const allCards = () => json<CardIndexShard>(manifest.cards).chunks.flatMap((chunk) => json<CardsShard>(chunk).cards);

beforeAll(() => {
  index = corpus(specs());
  shards = shardsInMemory(index);
  manifest = manifestSchema.parse(JSON.parse(shards.manifest));
});

/** A list's ref as the reader finds it: the feed's in the manifest, the others in their list's directory shard. */
function refOf(key: string, window?: TimeWindow): ListRef | undefined {
  if (key === listKey.feed()) return window ? manifest.feedWindows?.[window] : manifest.feed;
  const { lists } = json<ListsShard>(listDirectoryPath(manifest, key));
  return lists[window ? listKey.window(key, window) : key];
}

/** The entries of a list in one sort, resolved as the reader resolves them. */
function entries(ref: ListRef, sort: Sort): Card[] {
  if (ref.all) return collapseStories(sortItems(json<CardsShard>(ref.all).cards, sort), (c) => c.story);
  const cards = allCards();
  return Array.from({ length: ref.ranks!.pages }, (_, page) => json<RanksShard>(ranksPagePath(ref, sort, page)!).ranks)
    .flat()
    .map((rank) => cards[rank]!);
}

/** Every list of the index: its key and which cards (by rank) it holds. */
function lists(): { key: string; member: (rank: number) => boolean }[] {
  return [
    { key: listKey.feed(), member: () => true },
    ...index.topics.map((t) => ({ key: listKey.topic(t.slug), member: (rank: number) => index.topicSlugs[rank]!.includes(t.slug) })),
    ...index.providers.map((p) => ({ key: listKey.source(p.domain), member: (rank: number) => index.cards[rank]!.provider.domain === p.domain })),
  ];
}

const inWindow = (card: Card, window: TimeWindow) => inTimeWindow(Date.parse(card.published), NEWEST, window);

describe('the time windows', () => {
  it('are 24 hours, 7 days and 30 days back from the newest article, its start included', () => {
    expect(TIME_WINDOWS).toEqual(['today', 'week', 'month']);
    expect(TIME_WINDOW_MS).toEqual({ today: DAY, week: 7 * DAY, month: 30 * DAY });
    expect(windowStartMs(NEWEST, 'today')).toBe(NEWEST - DAY);
    expect(inTimeWindow(NEWEST - DAY, NEWEST, 'today')).toBe(true);
    expect(inTimeWindow(NEWEST - DAY - 1, NEWEST, 'today')).toBe(false);
    expect(inTimeWindow(NEWEST, NEWEST, 'today')).toBe(true);
    expect(inTimeWindow(NEWEST - 7 * DAY, NEWEST, 'week')).toBe(true);
    expect(inTimeWindow(NEWEST - 30 * DAY - 1, NEWEST, 'month')).toBe(false);
    expect(WINDOWS_WIDEST_FIRST).toEqual(['month', 'week', 'today']);
    expect(TIME_WINDOWS.map(windowLength)).toEqual(['24 hours', '7 days', '30 days']);
  });

  it('name a windowed list by one rule, which reads back, and never mistake a plain key for one', () => {
    expect(listKey.window('feed', 'week')).toBe('feed/week');
    expect(listKey.window('topic:ai', 'today')).toBe('topic:ai/today');
    expect(listKey.split('topic:ai/today')).toEqual({ base: 'topic:ai', window: 'today' });
    expect(listKey.split('source:a.example/month')).toEqual({ base: 'source:a.example', window: 'month' });
    for (const plain of ['feed', 'topic:week', 'source:week.example', 'topic:ai/yesterday', '/week']) {
      expect(listKey.split(plain)).toEqual({ base: plain });
    }
  });
});

describe('windowed lists', () => {
  it('put the newest article\'s time and the feed\'s windows in a manifest that validates', () => {
    expect(manifest.newest).toEqual({ published: iso(NEWEST) });
    expect(Object.keys(manifest.feedWindows ?? {})).toEqual(['today', 'week', 'month']);
    expect(manifest.feedWindows?.week?.key).toBe('feed/week');
  });

  it('hold exactly the articles of each window, in every sort, one entry per story, for every list', () => {
    const cards = allCards();
    let checked = 0;
    for (const { key, member } of lists()) {
      for (const window of TIME_WINDOWS) {
        const kept = cards.filter((card, rank) => member(rank) && inWindow(card, window));
        const ref = refOf(key, window);
        if (kept.length === 0) {
          expect(ref, `${key} ${window}`).toBeUndefined();
          continue;
        }
        expect(ref, `${key} ${window}`).toBeDefined();
        expect(ref!.key).toBe(listKey.window(key, window));
        expect(ref!.count).toBe(kept.length);
        for (const sort of manifest.sorts) {
          const expected = collapseStories(sortItems(kept, sort), (c) => c.story);
          expect(entries(ref!, sort).map((c) => c.id), `${key} ${window} ${sort}`).toEqual(expected.map((c) => c.id));
          expect(ref!.entries).toBe(expected.length);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('count a window from the newest article, date-only values as their midnight UTC', () => {
    const today = entries(refOf('topic:edges', 'today')!, 'newest').map((c) => c.title);
    expect(today).toEqual([edges.newestDay, edges.start]);
    const week = entries(refOf('topic:edges', 'week')!, 'newest').map((c) => c.title);
    expect(week).toEqual([edges.newestDay, edges.start, edges.before, edges.dayBefore]);
  });

  it('show a story whose lead is outside the window once, by its first member inside it', () => {
    const all = entries(refOf('topic:space')!, 'hot');
    expect(all.map((c) => c.title)).toEqual(['Orbital lab launches solar probe']);
    const today = entries(refOf('topic:space', 'today')!, 'hot');
    // Its members share the story's score, so the newer one comes first.
    expect(today.map((c) => c.title)).toEqual(["Orbital lab's solar probe launch: what we know"]);
    expect(today[0]!.story).toMatchObject({ size: 3, id: all[0]!.story!.id });
    expect(refOf('topic:space', 'today')!.count).toBe(2);
  });

  it('lay a large window out as a large list: heads and rank pages', () => {
    const today = manifest.feedWindows!.today!;
    expect(today.count).toBeGreaterThan(SMALL_LIST_MAX);
    expect(today.count).toBeLessThan(manifest.feed.count);
    expect(today.all).toBeUndefined();
    expect(Object.keys(today.heads!)).toEqual(manifest.sorts);
    for (const sort of manifest.sorts) {
      const head = json<CardsShard>(today.heads![sort]!).cards;
      expect(head).toHaveLength(HEAD_SIZE);
      expect(head.map((c) => c.id)).toEqual(entries(today, sort).slice(0, HEAD_SIZE).map((c) => c.id));
      expect(head.every((c) => inWindow(c, 'today'))).toBe(true);
    }
    const week = manifest.feedWindows!.week!;
    expect(week.count).toBeGreaterThan(today.count);
    expect(manifest.feedWindows!.month!.count).toBeGreaterThan(week.count);
  });

  it('reuse the wider list when a window holds every article of it, writing nothing twice', () => {
    const busy = refOf('topic:busy-day')!;
    expect(busy.count).toBeGreaterThan(SMALL_LIST_MAX);
    // The profile describes the whole list: a window does not repeat it.
    const { key: _key, activity, ...busyShards } = busy;
    expect(activity?.days.reduce((a, b) => a + b, 0)).toBe(230);
    for (const window of TIME_WINDOWS) {
      const { key, ...shape } = refOf('topic:busy-day', window)!;
      expect(key).toBe(`topic:busy-day/${window}`);
      expect(shape).toEqual(busyShards);
    }
    // A small list too: June's month is all of June, its week a part of it.
    const june = refOf('topic:june')!;
    expect(refOf('topic:june', 'month')!.all).toBe(june.all);
    expect(refOf('topic:june', 'week')!.all).not.toBe(june.all);
    expect(refOf('topic:june', 'today')).toBeUndefined();
  });

  it('leave out a window with no article, and every window of a list that is all old news', () => {
    for (const key of ['topic:old-news', 'source:archive.example']) {
      expect(refOf(key)?.count).toBe(30);
      for (const window of TIME_WINDOWS) expect(refOf(key, window), `${key} ${window}`).toBeUndefined();
    }
  });

  it('file a list\'s windows in its own directory shard, and reach every shard written from the manifest', () => {
    let windowed = 0;
    for (let n = 0; n < manifest.lists.count; n++) {
      const name = `lists/dir-${manifest.lists.id}-${n}.json`;
      for (const key of Object.keys(json<ListsShard>(name).lists)) {
        const { base, window } = listKey.split(key);
        // The reader reads one shard for a list in any window: the one its own key names.
        expect(listDirectoryPath(manifest, base), key).toBe(name);
        if (window) windowed++;
      }
    }
    expect(windowed).toBeGreaterThan(10);
    expect(manifest.lists.count).toBeGreaterThan(1);
    const reached = reachableShards(manifest, (name) => JSON.parse(shards.files.get(name) ?? 'null'));
    expect(reached.size).toBe(shards.files.size);
  });

  it('give an empty index no newest time and no windows', () => {
    const empty = manifestSchema.parse(JSON.parse(shardsInMemory(link([])).manifest));
    expect(empty.newest).toBeUndefined();
    expect(empty.feedWindows).toEqual({});
  });

  it('still read a manifest written before there were windows', () => {
    const { newest: _newest, feedWindows: _windows, ...older } = JSON.parse(shards.manifest) as Manifest;
    expect(manifestSchema.safeParse(older).success).toBe(true);
  });
});
