/** Lays the linked index out as content-hashed shards (docs/index-format.md). */
import { createHash } from 'node:crypto';
import {
  CARD_CHUNK_SIZE, HEAD_SIZE, listKey, RANKS_PAGE_SIZE, SCHEMA_VERSION, SMALL_LIST_MAX, SORTS,
} from '../shared/constants';
import { bucketOf } from '../shared/hash';
import { shardName } from '../shared/shard-paths';
import type { Card, ListRef, Manifest, Sort } from '../shared/index-schema';
import { byNewest, byQuality, type LinkedIndex } from './link';

/** Articles per detail bucket: small enough for a fast article page. */
const ARTICLES_PER_BUCKET = 16;
const BUCKETS_PER_INDEX = 256;
const LISTS_PER_DIRECTORY = 64;

/** Where shards go as they are made; the disk sink writes them at once, so they are not all held in memory. */
export interface ShardSink {
  put(name: string, json: string): void;
}

export class MemorySink implements ShardSink {
  readonly files = new Map<string, string>();
  put(name: string, json: string): void {
    this.files.set(name, json);
  }
}

/** `files` holds the shards' text only with a MemorySink (the default). */
export type Shards = { files: Map<string, string>; names: string[]; manifest: string; buildId: string };

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

class ShardSet {
  readonly names = new Set<string>();
  constructor(private readonly sink: ShardSink) {}

  add(kind: string, body: unknown): string {
    return this.addJson(kind, JSON.stringify(body));
  }

  addJson(kind: string, json: string): string {
    return this.addNamed(`${kind}/${hashOf(json)}.json`, json);
  }

  /**
   * A group of shards found by number: named by one hash of the whole group
   * (see src/shared/shard-paths.ts) and written with those names.
   */
  addGroup(jsons: string[], nameOf: (id: string, n: number) => string): string {
    const id = hashOf(jsons.join('\n'));
    jsons.forEach((json, n) => this.addNamed(nameOf(id, n), json));
    return id;
  }

  private addNamed(name: string, json: string): string {
    if (!this.names.has(name)) {
      this.names.add(name);
      this.sink.put(name, json);
    }
    return name;
  }
}

function nextPowerOfTwo(n: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(1, n)));
}

/** Member ranks (ascending = heat order) of one list, laid out as a ListRef. */
function listRef(set: ShardSet, key: string, title: string, ranks: number[], cards: Card[], logo?: string): ListRef {
  const ref: ListRef = { key, title, count: ranks.length, ...(logo ? { logo } : {}) };
  if (ranks.length <= SMALL_LIST_MAX) {
    ref.all = set.add('lists', { cards: ranks.map((r) => cards[r]) });
    return ref;
  }
  const orders: Record<Sort, number[]> = {
    heat: ranks,
    quality: [...ranks].sort((a, b) => byQuality(cards[a]!, cards[b]!)),
    newest: [...ranks].sort((a, b) => byNewest(cards[a]!, cards[b]!)),
  };
  ref.heads = {} as Record<Sort, string>;
  const pages = Math.ceil(ranks.length / RANKS_PAGE_SIZE);
  const jsons: string[] = [];
  for (const sort of SORTS) {
    const order = orders[sort];
    ref.heads[sort] = set.add('lists', { cards: order.slice(0, HEAD_SIZE).map((r) => cards[r]) });
    for (let page = 0; page < pages; page++) {
      jsons.push(JSON.stringify({ ranks: order.slice(page * RANKS_PAGE_SIZE, (page + 1) * RANKS_PAGE_SIZE) }));
    }
  }
  // Pages are in sort order, `pages` per sort: number n of the group is page n % pages of sort n / pages.
  const id = set.addGroup(jsons, (groupId, n) => shardName.ranksPage(groupId, SORTS[Math.floor(n / pages)]!, n % pages));
  ref.ranks = { id, pages };
  return ref;
}

export function buildShards(index: LinkedIndex, sink: ShardSink = new MemorySink()): Shards {
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
    for (const t of card.topics) push(topicMembers, t.slug, rank);
    push(sourceMembers, card.provider.domain, rank);
  });

  const lists: ListRef[] = [
    ...index.topics.map((t) => listRef(set, listKey.topic(t.slug), t.name, topicMembers.get(t.slug) ?? [], cards)),
    ...index.providers.map((p) =>
      listRef(set, listKey.source(p.domain), p.name, sourceMembers.get(p.domain) ?? [], cards, p.logo)),
  ];
  const directorySize = Math.max(1, Math.ceil(lists.length / LISTS_PER_DIRECTORY));
  const directories = Array.from({ length: directorySize }, () => [] as ListRef[]);
  for (const ref of lists) directories[bucketOf(ref.key, directorySize)]!.push(ref);
  const directoryId = set.addGroup(
    directories.map((refs) =>
      JSON.stringify({ lists: Object.fromEntries([...refs].sort((a, b) => (a.key < b.key ? -1 : 1)).map((r) => [r.key, r])) })),
    shardName.listDirectory,
  );

  const bucketCount = nextPowerOfTwo(Math.ceil(cards.length / ARTICLES_PER_BUCKET));
  const buckets = Array.from({ length: bucketCount }, () => [] as number[]);
  cards.forEach((card, rank) => buckets[bucketOf(card.slug, bucketCount)]!.push(rank));
  // One bucket's articles exist at a time: built, written, dropped.
  const bucketFiles = buckets.map((ranks) => {
    ranks.sort((a, b) => (cards[a]!.slug < cards[b]!.slug ? -1 : 1));
    return set.addJson('articles', `{"articles":{${ranks.map((r) => `${JSON.stringify(cards[r]!.slug)}:${index.articleJson(r)}`).join(',')}}}`);
  });
  const indexPages: string[] = [];
  for (let start = 0; start < bucketFiles.length; start += BUCKETS_PER_INDEX) {
    indexPages.push(JSON.stringify({ buckets: bucketFiles.slice(start, start + BUCKETS_PER_INDEX) }));
  }
  const articleIndexId = set.addGroup(indexPages, shardName.articleIndex);

  const topicsFile = set.add('topics', { topics: index.topics });
  const feed = listRef(set, listKey.feed(), 'Feed', cards.map((_, rank) => rank), cards);

  const names = [...set.names].sort();
  const buildId = createHash('sha256').update(names.join('\n')).digest('hex').slice(0, 16);
  const manifest: Manifest = {
    schemaVersion: SCHEMA_VERSION,
    buildId,
    counts: {
      articles: cards.length,
      topics: index.topics.length,
      providers: index.providers.length,
      stories: index.stories,
      unpublished: cards.filter((c) => c.unpublished).length,
    },
    feed,
    topics: topicsFile,
    lists: { id: directoryId, count: directorySize },
    articles: { id: articleIndexId, buckets: bucketCount, perIndex: BUCKETS_PER_INDEX, pages: indexPages.length },
    cards: cardIndex,
  };
  const files = sink instanceof MemorySink ? sink.files : new Map<string, string>();
  return { files, names, manifest: `${JSON.stringify(manifest, null, 2)}\n`, buildId };
}
