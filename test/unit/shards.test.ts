import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CARD_EXCERPT_MAX, link, type LinkedIndex } from '../../src/cli/link/link';
import { truncate } from '../../src/cli/parse/text';
import { CARD_CHUNK_SIZE, HEAD_SIZE, SMALL_LIST_MAX } from '../../src/shared/constants';
import {
  manifestSchema, type Article, type ArticleIndexShard, type Card, type CardIndexShard,
  type CardsShard, type ListRef, type ListsShard, type Manifest, type RanksShard, type Sort, type TopicsShard,
} from '../../src/shared/index-schema';
import { comparators, sortItems } from '../../src/shared/sort-order';
import { collapseStories } from '../../src/shared/story-lists';
import { parseArticleSlug } from '../../src/shared/article-slug';
import { accept, articleAt, articlesOf, articleText, reachableShards, shardsInMemory, unsafeUrls, type ShardFiles } from './helpers';
import { articleLocation, listDirectoryPath, ranksPagePath, shardName } from '../../src/shared/shard-paths';

// Real files and child processes: generous limits for a loaded CI machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

/** A corpus big enough for large lists: 450 articles, one topic on 300 of them. */
function corpus(): LinkedIndex {
  const records = Array.from({ length: 450 }, (_, i) =>
    accept(articleText({
      title: `Story number ${i % 400}`,
      webUrl: `https://outlet${i % 7}.example/news/${i}`,
      publishedDateTime: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
      heat: (i * 37) % 101,
      ...(i % 3 ? { quality: (i * 53) % 97 } : {}),
      topics: i % 3 ? ['Big Topic', i % 2 ? 'Odd' : 'Even'] : ['Small topic'],
      provider: { name: `Outlet ${i % 7}`, domain: `outlet${i % 7}.example` },
      ...(i % 10 === 0 ? { related: [{ title: 'next', webUrl: `https://outlet${(i + 1) % 7}.example/news/${i + 1}` }] } : {}),
      excerpt: `Excerpt ${i}`,
      ...(i % 4 === 0 ? { images: [{ url: `https://img.example/${i}.jpg`, width: 640, height: 360 }] } : {}),
    }, `Body of **${i}**`), {}, `f${i}.md`).record);
  return link(records);
}

let index: LinkedIndex;
let shards: ShardFiles;
let manifest: Manifest;
const json = <T>(name: string): T => {
  const text = shards.files.get(name);
  if (text === undefined) throw new Error(`missing shard ${name}`);
  return JSON.parse(text) as T;
};

beforeAll(() => {
  index = corpus();
  shards = shardsInMemory(index);
  manifest = manifestSchema.parse(JSON.parse(shards.manifest));
});

function listRef(key: string): ListRef | undefined {
  const dir = json<ListsShard>(listDirectoryPath(manifest, key));
  return dir.lists[key];
}

function allCards(): Card[] {
  const idx = json<CardIndexShard>(manifest.cards);
  return idx.chunks.flatMap((c) => json<CardsShard>(c).cards);
}

const article = (slug: string) => articleAt(manifest, json, slug);

/** The entries of a list in one sort order, as the reader would resolve them. */
function order(ref: ListRef, sort: Sort): Card[] {
  if (ref.all) return collapseStories(sortItems(json<CardsShard>(ref.all).cards, sort), (c) => c.story);
  const cards = allCards();
  return Array.from({ length: ref.ranks!.pages }, (_, page) => json<RanksShard>(ranksPagePath(ref, sort, page)!).ranks)
    .flat()
    .map((r) => cards[r]!);
}

describe('buildShards', () => {
  it('writes a manifest that validates, with the counts', () => {
    expect(manifest.schemaVersion).toBe(3);
    expect(manifest.buildId).toBe(shards.buildId);
    expect(manifest.counts).toEqual({
      articles: 450, topics: index.topics.length, providers: 7, stories: index.stories, entries: manifest.feed.entries, unpublished: 0,
    });
    expect(shards.manifest.endsWith('\n')).toBe(true);
  });

  it('names every shard by a hash of its content, or of its numbered group', () => {
    const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
    const groups = new Map<string, string[]>();
    for (const [name, content] of shards.files) {
      const single = /^(articles|cards|lists|stories|topics)\/([0-9a-f]{16})\.json$/.exec(name);
      if (single) {
        expect(single[2]).toBe(sha(content));
        continue;
      }
      const grouped = /^(?:lists\/dir-|articles\/index-|stories\/index-|topics\/headlines-|ranks\/)([0-9a-f]{16})-/.exec(name);
      expect(grouped, name).not.toBeNull();
      groups.set(grouped![1]!, [...(groups.get(grouped![1]!) ?? []), name]);
    }
    // A group's id is the hash of its members' contents in number order.
    const directory = Array.from({ length: manifest.lists.count }, (_, n) => shards.files.get(shardName.listDirectory(manifest.lists.id, n))!);
    expect(sha(directory.join('\n'))).toBe(manifest.lists.id);
    const index = Array.from({ length: manifest.articles.pages }, (_, n) => shards.files.get(shardName.articleIndex(manifest.articles.id, n))!);
    expect(sha(index.join('\n'))).toBe(manifest.articles.id);
    expect(groups.has(manifest.lists.id) && groups.has(manifest.articles.id)).toBe(true);
  });

  it('references only shards that exist', () => {
    const refs = reachableShards(manifest, (name) => {
      expect(shards.files.has(name), name).toBe(true);
      return JSON.parse(shards.files.get(name) ?? 'null');
    });
    // …and everything written is reachable from the manifest.
    expect(refs.size).toBe(shards.files.size);
  });

  it('finds every article through the bucket math of docs/index-format.md', () => {
    for (const a of articlesOf(index)) expect(article(a.slug)).toEqual(a);
    expect(article('no-such-slug')).toBeUndefined();
    // Buckets file articles by key: the title part of an address plays no part.
    for (const a of articlesOf(index).slice(0, 20)) {
      expect(article(`an-outdated-headline-${parseArticleSlug(a.slug)!.key}`)).toEqual(a);
    }
  });

  it('stores every card in global heat order in chunks', () => {
    const idx = json<CardIndexShard>(manifest.cards);
    expect(idx.chunkSize).toBe(CARD_CHUNK_SIZE);
    expect(idx.chunks).toHaveLength(Math.ceil(450 / CARD_CHUNK_SIZE));
    const cards = allCards();
    expect(cards.map((c) => c.slug)).toEqual(articlesOf(index).map((a) => a.slug));
  });

  it('lays out the large feed as heads and rank pages per sort', () => {
    const feed = manifest.feed;
    expect(feed).toMatchObject({ key: 'feed', count: 450 });
    expect(feed.all).toBeUndefined();
    expect(feed.entries).toBeLessThan(450);
    expect(manifest.sorts).toEqual(['hot', 'heat', 'quality', 'newest']);
    for (const sort of manifest.sorts) {
      const head = json<CardsShard>(feed.heads![sort]!).cards;
      expect(head).toHaveLength(HEAD_SIZE);
      const full = order(feed, sort);
      expect(full).toHaveLength(feed.entries);
      expect(new Set(full.map((c) => c.id)).size).toBe(feed.entries);
      expect(head).toEqual(full.slice(0, HEAD_SIZE));
      // The same entries the reader computes for a small list: one rule for both.
      expect(full.map((c) => c.id)).toEqual(collapseStories(sortItems(allCards(), sort), (c) => c.story).map((c) => c.id));
    }
    const heat = order(feed, 'heat').map((c) => c.heat ?? 0);
    expect(heat).toEqual([...heat].sort((a, b) => b - a));
    // Every story appears once, by its lead; every lone article appears.
    const shown = order(feed, 'newest');
    expect(shown.filter((c) => c.story && !c.story.lead)).toEqual([]);
    expect(new Set(shown.map((c) => c.story?.id ?? c.id)).size).toBe(shown.length);
  });

  it('has a list for every topic and source, found through the directory buckets', () => {
    const topicsOf = new Map(index.cards.map((c, rank) => [c.id, index.topicSlugs[rank]!]));
    for (const t of index.topics) {
      const ref = listRef(`topic:${t.slug}`)!;
      expect(ref).toMatchObject({ title: t.name, count: t.count });
      const members = order(ref, 'heat');
      expect(members).toHaveLength(ref.entries);
      expect(members.every((c) => topicsOf.get(c.id)!.includes(t.slug))).toBe(true);
      if (t.count <= SMALL_LIST_MAX) expect(ref.all).toBeDefined();
      else expect(ref.heads).toBeDefined();
    }
    for (const p of index.providers) {
      const ref = listRef(`source:${p.domain}`)!;
      expect(ref).toMatchObject({ title: p.name, count: p.count });
      expect(order(ref, 'newest').every((c) => c.provider.domain === p.domain)).toBe(true);
    }
    expect(index.topics.some((t) => t.count > SMALL_LIST_MAX)).toBe(true);
  });

  it('writes the topics shard sorted by count', () => {
    const { topics } = json<TopicsShard>(manifest.topics);
    expect(topics.map(({ weeks: _w, trend: _t, ...topic }) => topic)).toEqual(index.topics);
    expect(topics.map((t) => t.count)).toEqual([...topics.map((t) => t.count)].sort((a, b) => b - a));
  });

  it('never puts a body in a list or card shard', () => {
    for (const [name, content] of shards.files) {
      if (name.startsWith('articles/')) continue;
      expect(content, name).not.toMatch(/"(body|related|images|actions|authors|video|similar)":/);
    }
    expect([...shards.files].some(([n, c]) => n.startsWith('articles/') && c.includes('"body":'))).toBe(true);
  });

  it('emits only http(s) URLs', () => {
    expect(unsafeUrls(JSON.parse(shards.manifest))).toEqual([]);
    for (const content of shards.files.values()) expect(unsafeUrls(JSON.parse(content))).toEqual([]);
  });

  it('is deterministic, whatever the input order', () => {
    const again = shardsInMemory(corpus());
    expect(again.manifest).toBe(shards.manifest);
    expect([...again.files]).toEqual([...shards.files]);
  });

  it('changes the build id when anything changes', () => {
    const changed = fromArticles(articlesOf(index).map((a, i) => (i === 7 ? { ...a, title: `${a.title}!` } : a)), index);
    expect(shardsInMemory(changed).buildId).not.toBe(shards.buildId);
  });

  it('handles an empty corpus', () => {
    const empty = shardsInMemory(link([]));
    const m = manifestSchema.parse(JSON.parse(empty.manifest));
    expect(m.counts.articles).toBe(0);
    expect(m.feed.count).toBe(0);
  });
});

/** A linked index made of whole articles (no stories), for tests that edit articles directly. */
function fromArticles(articles: Article[], rest: Pick<LinkedIndex, 'topics' | 'providers' | 'warnings'>): LinkedIndex {
  const sorted = [...articles].sort(comparators.heat);
  const cards = sorted.map(({ id, slug, title, excerpt, type, published, hot, heat, quality, unpublished, provider, topics, image }) =>
    ({ id, slug, title, excerpt: excerpt === undefined ? undefined : truncate(excerpt, CARD_EXCERPT_MAX), type, published, hot, heat, quality, unpublished, provider, topics, image }));
  const { topics, providers, warnings } = rest;
  return {
    cards, topicSlugs: cards.map((c) => c.topics.map((t) => t.slug)), searchTerms: cards.map(() => ''), articleJson: (rank) => JSON.stringify(sorted[rank]!),
    topics, providers, warnings, storyIds: [], storyPage: () => { throw new Error('no stories'); },
    stories: 0, largestStory: 0, clusterMs: 0, sorts: ['hot', 'heat', 'quality', 'newest'],
  };
}

describe('buildShards at scale', { timeout: 30_000 }, () => {
  it('keeps every first-screen shard under 100 KB gzipped', () => {
    // Synthetic linked index: 20,000 articles with long excerpts and bodies.
    const base = articlesOf(corpus())[0]!;
    const articles: Article[] = Array.from({ length: 20_000 }, (_, i) => ({
      ...base,
      id: `id${i}`,
      slug: `slug-${i}`,
      title: `Headline ${i} ${'word '.repeat(12)}`,
      excerpt: `${'excerpt text '.repeat(21)}${i}`,
      heat: (i * 7919) % 1000,
      quality: (i * 104729) % 1000,
      published: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
      topics: [{ slug: `t${i % 25}`, name: `Topic ${i % 25}` }],
      provider: { domain: `p${i % 60}.example`, name: `P ${i % 60}` },
      body: `<p>${'Body text, '.repeat(150)}${i}</p>`,
      related: [],
    }));
    const big = fromArticles(articles, {
      topics: Array.from({ length: 25 }, (_, t) => ({ slug: `t${t}`, name: `Topic ${t}`, count: 800 })),
      providers: Array.from({ length: 60 }, (_, p) => ({ domain: `p${p}.example`, name: `P ${p}`, count: 333 })),
      warnings: [],
    });
    const out = shardsInMemory(big);
    const m = manifestSchema.parse(JSON.parse(out.manifest));
    const gz = (name: string) => gzipSync(out.files.get(name)!).length;
    const manifestSize = gzipSync(out.manifest).length;
    const limit = 100 * 1024;
    const feedScreen = manifestSize + gz(m.feed.heads!.heat!) + gz(m.topics);
    expect(feedScreen).toBeLessThan(limit);
    const key = 'topic:t3';
    const dir = listDirectoryPath(m, key);
    const ref = (JSON.parse(out.files.get(dir)!) as ListsShard).lists[key]!;
    expect(manifestSize + gz(dir) + gz(ref.heads!.heat!)).toBeLessThan(limit);
    const { indexPath: indexFile, slot } = articleLocation(m, parseArticleSlug('slug-123')!.key);
    const bucketFile = (JSON.parse(out.files.get(indexFile)!) as ArticleIndexShard).buckets[slot]!;
    expect(manifestSize + gz(indexFile) + gz(bucketFile)).toBeLessThan(limit);
    // No single shard of any kind but rank pages grows with the corpus beyond that.
    for (const [name] of out.files) if (!name.startsWith('ranks/')) expect(gz(name), name).toBeLessThan(limit);
  });
});
