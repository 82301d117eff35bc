/** Lays the linked index out as content-hashed shards (docs/index-format.md). */
import { createHash } from 'node:crypto';
import {
  CARD_CHUNK_SIZE, HEAD_SIZE, listKey, RANKS_PAGE_SIZE, SCHEMA_VERSION, SMALL_LIST_MAX,
} from '../../shared/constants';
import { parseArticleSlug } from '../../shared/article-slug';
import { bucketOf } from '../../shared/hash';
import { shardName } from '../../shared/shard-paths';
import type {
  Bucketed, Card, Headline, ListActivity, ListRef, Manifest, Sort, TopicSummary,
} from '../../shared/index-schema';
import type { SearchRef } from '../../shared/search';
import { comparators } from '../../shared/sort-order';
import { collapseStories } from '../../shared/story-lists';
import { TIME_WINDOWS, type TimeWindow, WINDOWS_WIDEST_FIRST, windowStartMs } from '../../shared/time-windows';
import type { LinkedIndex } from '../link/link';
import { activityOf } from './activity';
import { categoryCounter } from './generic-categories';
import { ShardSet, type ShardSink } from './shard-set';

/** Articles per detail bucket: small enough for a fast article page. */
const ARTICLES_PER_BUCKET = 16;
/** Stories per story bucket: a story page is up to 50 cards. */
const STORIES_PER_BUCKET = 8;
const BUCKETS_PER_INDEX = 256;
const LISTS_PER_DIRECTORY = 64;
/** Topics per page of latest headlines: about a screen and a half of the topics page. */
const HEADLINES_PER_PAGE = 40;

/** Shards laid out and written: their names and the manifest, all but its build id (finishManifest). */
export type LaidOut = { names: string[]; manifest: Omit<Manifest, 'buildId'> };
/** The index as committed: every file it is made of, and the manifest text naming the build. */
export type Shards = { names: string[]; manifest: string; buildId: string };

function nextPowerOfTwo(n: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(1, n)));
}

/**
 * Each card's place in each sort's order over the whole index: a list sorts
 * its members by these numbers instead of comparing their cards, which at
 * thousands of lists, each cut to every time window, is most of the sorting.
 * The comparators are total orders (ties go to the id), so the places are too.
 */
type SortPlaces = Map<Sort, Int32Array>;

function sortPlaces(cards: Card[], sorts: Sort[]): SortPlaces {
  return new Map(sorts.map((sort) => {
    const order = cards.map((_, rank) => rank).sort((a, b) => comparators[sort](cards[a]!, cards[b]!));
    const places = new Int32Array(cards.length);
    order.forEach((rank, place) => (places[rank] = place));
    return [sort, places];
  }));
}

/**
 * Member ranks (ascending = heat order) of one list, laid out as a ListRef.
 * Large lists are written with one entry per story (story-lists.ts); a
 * small list ships every card and the reader folds it with the same rule.
 */
function listRef(
  set: ShardSet, key: string, title: string, ranks: number[], cards: Card[], places: SortPlaces, logo?: string,
): ListRef {
  const sorts = [...places.keys()];
  const storyOf = (rank: number) => cards[rank]!.story;
  const byHeat = collapseStories(ranks, storyOf);
  const ref: ListRef = { key, title, count: ranks.length, entries: byHeat.length, ...(logo ? { logo } : {}) };
  if (ranks.length <= SMALL_LIST_MAX) {
    ref.all = set.add('lists', { cards: ranks.map((r) => cards[r]) });
    return ref;
  }
  const orders = sorts.map((sort) => {
    if (sort === 'heat') return byHeat;
    const place = places.get(sort)!;
    return collapseStories([...ranks].sort((a, b) => place[a]! - place[b]!), storyOf);
  });
  ref.heads = {};
  const pages = Math.ceil(byHeat.length / RANKS_PAGE_SIZE);
  const jsons: string[] = [];
  sorts.forEach((sort, s) => {
    const order = orders[s]!;
    ref.heads![sort] = set.add('lists', { cards: order.slice(0, HEAD_SIZE).map((r) => cards[r]) });
    for (let page = 0; page < pages; page++) {
      jsons.push(JSON.stringify({ ranks: order.slice(page * RANKS_PAGE_SIZE, (page + 1) * RANKS_PAGE_SIZE) }));
    }
  });
  // Pages are in sort order, `pages` per sort: number n of the group is page n % pages of sort n / pages.
  const id = set.addGroup(jsons, (groupId, n) => shardName.ranksPage(groupId, sorts[Math.floor(n / pages)]!, n % pages));
  ref.ranks = { id, pages };
  return ref;
}

/** Where each time window starts, widest first; none in an empty index. */
type WindowStarts = [TimeWindow, number][];

/**
 * A list cut to each time window (src/shared/time-windows.ts), as ordinary
 * lists under `listKey.window(key, w)`: the members published at or after
 * the window's start. Windows nest, so each is cut from the next wider one,
 * and one that keeps every member of the wider one is that list again: its
 * ref is reused under the window's key and nothing is laid out twice. An
 * empty window (and every narrower one) is left out.
 */
function windowRefs(
  set: ShardSet, full: ListRef, ranks: number[], cards: Card[], publishedMs: Float64Array, starts: WindowStarts,
  places: SortPlaces,
): ListRef[] {
  const refs: ListRef[] = [];
  let wider = { ref: full, ranks };
  for (const [window, start] of starts) {
    const kept = wider.ranks.filter((rank) => publishedMs[rank]! >= start);
    if (kept.length === 0) break;
    const key = listKey.window(full.key, window);
    const ref = kept.length === wider.ranks.length
      ? { ...wider.ref, key }
      : listRef(set, key, full.title, kept, cards, places, full.logo);
    refs.push(ref);
    wider = { ref, ranks: kept };
  }
  return refs;
}

/** The newest article's publication time, a date alone only when every article at that time was. */
function newestOf(cards: Card[]): Manifest['newest'] {
  let newest: Card | undefined;
  for (const card of cards) {
    if (!newest || card.published > newest.published || (card.published === newest.published && !card.dateOnly)) newest = card;
  }
  return newest && { published: newest.published, ...(newest.dateOnly ? { dateOnly: true as const } : {}) };
}

/**
 * Records found by key through numbered index pages, each naming
 * `BUCKETS_PER_INDEX` content-hashed buckets; one bucket is built, written
 * and dropped at a time.
 */
function bucketed(
  set: ShardSet, kind: string, keys: string[], perBucket: number, json: (n: number) => string,
  indexName: (id: string, n: number) => string,
): Bucketed {
  const bucketCount = nextPowerOfTwo(Math.ceil(keys.length / perBucket));
  const buckets = Array.from({ length: bucketCount }, () => [] as number[]);
  keys.forEach((key, n) => buckets[bucketOf(key, bucketCount)]!.push(n));
  const files = buckets.map((members) => {
    members.sort((a, b) => (keys[a]! < keys[b]! ? -1 : 1));
    return set.addJson(kind, `{"${kind}":{${members.map((n) => `${JSON.stringify(keys[n])}:${json(n)}`).join(',')}}}`);
  });
  const indexPages: string[] = [];
  for (let start = 0; start < files.length; start += BUCKETS_PER_INDEX) {
    indexPages.push(JSON.stringify({ buckets: files.slice(start, start + BUCKETS_PER_INDEX) }));
  }
  return { id: set.addGroup(indexPages, indexName), buckets: bucketCount, perIndex: BUCKETS_PER_INDEX, pages: indexPages.length };
}

/** Articles are filed by the key in their slug, the one part of an address that never changes. */
function keyOf(card: Card): string {
  const key = parseArticleSlug(card.slug)?.key;
  if (key === undefined) throw new Error(`the slug ${card.slug} has no article key`);
  return key;
}

export function buildShards(index: LinkedIndex, sink: ShardSink): LaidOut {
  const set = new ShardSet(sink);
  const { cards } = index;

  const chunks: string[] = [];
  for (let start = 0; start < cards.length; start += CARD_CHUNK_SIZE) {
    chunks.push(set.add('cards', { cards: cards.slice(start, start + CARD_CHUNK_SIZE) }));
  }
  const cardIndex = set.add('cards', { chunkSize: CARD_CHUNK_SIZE, chunks });

  const topicMembers = new Map<string, number[]>();
  const sourceMembers = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, rank: number) => {
    const members = map.get(key);
    if (members) members.push(rank);
    else map.set(key, [rank]);
  };
  cards.forEach((card, rank) => {
    for (const slug of index.topicSlugs[rank]!) push(topicMembers, slug, rank);
    push(sourceMembers, card.provider.domain, rank);
  });

  const { sorts } = index;
  const places = sortPlaces(cards, sorts);
  const newest = newestOf(cards);
  const publishedMs = Float64Array.from(cards, (card) => Date.parse(card.published));
  const starts: WindowStarts = newest
    ? WINDOWS_WIDEST_FIRST.map((w) => [w, windowStartMs(Date.parse(newest.published), w)])
    : [];
  /** A list and its windows, filed in the directory under the list's own key, so one directory shard serves them all. */
  const withWindows = (full: ListRef, ranks: number[], activity: ListActivity) => ({
    file: full.key,
    // The windows are cut before the profile is added: it describes the whole list, not a window.
    refs: [{ ...full, activity }, ...windowRefs(set, full, ranks, cards, publishedMs, starts, places)],
  });
  const profiles = activityOf(index, newest ? Date.parse(newest.published) : 0, publishedMs);
  const topicSummaries: TopicSummary[] = [];
  const headlines: Record<string, Headline[]>[] = [];
  const lists = [
    ...index.topics.map((t, n) => {
      const ranks = topicMembers.get(t.slug) ?? [];
      const activity = profiles.topic(t.slug, ranks);
      topicSummaries.push(profiles.summary(t, activity));
      (headlines[Math.floor(n / HEADLINES_PER_PAGE)] ??= {})[t.slug] = profiles.headlines(ranks);
      return withWindows(listRef(set, listKey.topic(t.slug), t.name, ranks, cards, places), ranks, activity);
    }),
    ...index.providers.map((p) => {
      const ranks = sourceMembers.get(p.domain) ?? [];
      const activity = profiles.source(ranks);
      return withWindows(listRef(set, listKey.source(p.domain), p.name, ranks, cards, places, p.logo), ranks, activity);
    }),
  ];
  const refCount = lists.reduce((sum, list) => sum + list.refs.length, 0);
  const directorySize = Math.max(1, Math.ceil(refCount / LISTS_PER_DIRECTORY));
  const directories = Array.from({ length: directorySize }, () => [] as ListRef[]);
  for (const { file, refs } of lists) directories[bucketOf(file, directorySize)]!.push(...refs);
  const directoryId = set.addGroup(
    directories.map((refs) =>
      JSON.stringify({ lists: Object.fromEntries([...refs].sort((a, b) => (a.key < b.key ? -1 : 1)).map((r) => [r.key, r])) })),
    shardName.listDirectory,
  );

  const categories = categoryCounter();
  const articleJson = (rank: number) => categories.count(index.articleJson(rank));
  const articles = bucketed(set, 'articles', cards.map(keyOf), ARTICLES_PER_BUCKET, articleJson, shardName.articleIndex);
  const genericCategories = categories.generic();
  const stories = bucketed(
    set, 'stories', index.storyIds, STORIES_PER_BUCKET, (n) => JSON.stringify(index.storyPage(n)), shardName.storyIndex,
  );

  const headlinesId = set.addGroup(headlines.map((page) => JSON.stringify({ headlines: page })), shardName.topicHeadlines);
  const topicsFile = set.add('topics', {
    topics: topicSummaries,
    headlines: { id: headlinesId, perPage: HEADLINES_PER_PAGE, pages: headlines.length },
  });
  const feedRanks = cards.map((_, rank) => rank);
  const feed = listRef(set, listKey.feed(), 'Feed', feedRanks, cards, places);
  const feedWindowRefs = windowRefs(set, feed, feedRanks, cards, publishedMs, starts, places);
  const feedWindows: Manifest['feedWindows'] = {};
  for (const window of TIME_WINDOWS) {
    const ref = feedWindowRefs.find((r) => r.key === listKey.window(feed.key, window));
    if (ref) feedWindows[window] = ref;
  }

  const manifest: LaidOut['manifest'] = {
    schemaVersion: SCHEMA_VERSION,
    counts: {
      articles: cards.length,
      topics: index.topics.length,
      providers: index.providers.length,
      stories: index.stories,
      entries: feed.entries,
      unpublished: cards.filter((c) => c.unpublished).length,
    },
    sorts,
    ...(newest ? { newest } : {}),
    ...(genericCategories.length > 0 ? { genericCategories } : {}),
    feed,
    feedWindows,
    topics: topicsFile,
    lists: { id: directoryId, count: directorySize },
    articles,
    stories,
    cards: cardIndex,
  };
  return { names: [...set.names], manifest };
}

/**
 * Names the build by every file it is made of, and its search folder when it
 * has one (`search/<id>/`, named by a hash of its records), so a reader can
 * tell one build from another.
 */
export function finishManifest({ names, manifest }: LaidOut, search?: SearchRef): Shards {
  const all = [...names, ...(search ? [search.path] : [])].sort();
  const buildId = createHash('sha256').update(all.join('\n')).digest('hex').slice(0, 16);
  const { schemaVersion, ...rest } = manifest;
  const full: Manifest = { schemaVersion, buildId, ...rest, ...(search ? { search } : {}) };
  return { names: all, manifest: `${JSON.stringify(full, null, 2)}\n`, buildId };
}
