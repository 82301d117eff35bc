/**
 * Everything that needs the whole corpus: duplicates, topic and provider
 * merging, article keys and slugs, related links, stories and the hot score.
 * Input order does not matter: records are sorted first so the result is
 * deterministic.
 */
import { STORY_MAX, STORY_WINDOW_DAYS } from '../shared/constants';
import type { Card, ProviderRef, Sort, StoryPage, TopicRef } from '../shared/index-schema';
import { comparators, hotScore } from '../shared/sort-order';
import { compactRecord, type CompactRecord } from './compact-record';
import { dedupe } from './link/dedupe';
import { buildProviders, buildTopics, topicKey, type ProviderInfo, type TopicInfo } from './link/taxonomy';
import type { ArticleRecord, Warning } from './record';
import { ArticleKeys, articleSlug } from './slug';
import { SpillReader } from './spill';
import { findStories } from './stories/find-stories';
import { groupStories, storyCard, storyPage, summarise } from './stories/story-groups';

export type { ProviderInfo, TopicInfo };
export type LinkOptions = {
  storyWindowDays?: number;
  storyMax?: number;
  /** Characters an article key starts with; tests make it tiny to force shared keys. */
  keyLength?: number;
};
export type LinkedIndex = {
  /** List cards in heat order (heat desc, newest first, then id): the position is the rank. */
  cards: Card[];
  /** Every topic slug of the card at a rank, generic ones included (cards show only the others). */
  topicSlugs: string[][];
  /** The full article at a rank as JSON text, built on demand so a large corpus never holds them all at once. */
  articleJson: (rank: number) => string;
  topics: TopicInfo[];
  providers: ProviderInfo[];
  /** The id of each story of two or more articles; `storyPage(n)` builds the page of the nth on demand. */
  storyIds: string[];
  storyPage: (n: number) => StoryPage;
  /** Stories of two or more distinct articles, and the largest. */
  stories: number;
  largestStory: number;
  clusterMs: number;
  /** The sorts worth offering, default first. */
  sorts: Sort[];
  warnings: Warning[];
};

export { CARD_EXCERPT_MAX } from './compact-record';
/** Story members an article page lists. */
const STORY_LIST_MAX = 12;
/** Quality is offered only when it orders the feed differently from heat. */
const SAME_SCORE_SHARE = 0.9;

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toCard(r: CompactRecord, slug: string, topics: TopicRef[], provider: ProviderRef, hot: number): Card {
  return {
    id: r.id,
    slug,
    title: r.title,
    ...(r.cardExcerpt ? { excerpt: r.cardExcerpt } : {}),
    type: r.type,
    published: new Date(r.publishedMs).toISOString(),
    hot,
    ...(r.heat !== undefined ? { heat: r.heat } : {}),
    ...(r.quality !== undefined ? { quality: r.quality } : {}),
    ...(r.unpublished ? { unpublished: true as const } : {}),
    provider,
    topics,
    ...(r.image ? { image: r.image } : {}),
  };
}

function availableSorts(records: CompactRecord[]): Sort[] {
  const withHeat = records.filter((r) => r.heat !== undefined);
  const both = withHeat.filter((r) => r.quality !== undefined);
  const same = both.filter((r) => r.heat === r.quality).length;
  const qualityRepeatsHeat = both.length > 0 && same >= both.length * SAME_SCORE_SHARE;
  return [
    'hot',
    ...(withHeat.length > 0 ? (['heat'] as const) : []),
    ...(records.some((r) => r.quality !== undefined) && !qualityRepeatsHeat ? (['quality'] as const) : []),
    'newest',
  ];
}

/** `spill` reads article text that parse workers left on disk. */
export function link(input: (ArticleRecord | CompactRecord)[], spill = new SpillReader(), options: LinkOptions = {}): LinkedIndex {
  const warnings: Warning[] = [];
  const records = dedupe(input.map((r) => ('compact' in r ? r : compactRecord(r))), warnings);
  const topicMap = buildTopics(records);
  const providerMap = buildProviders(records);

  // Oldest first, so an article keeps its key when a newer one with the same key arrives.
  records.sort((a, b) => a.publishedMs - b.publishedMs || cmp(a.id, b.id));
  const newestMs = records.length ? records[records.length - 1]!.publishedMs : 0;
  const articleKeys = new ArticleKeys(options.keyLength);
  // One provider and one topic object each, shared by all their cards: at
  // 100,000 cards, per-card copies cost tens of megabytes.
  const providerRefs = new Map([...providerMap].map(([domain, p]) => [domain, { domain, name: p.name, ...(p.logo ? { logo: p.logo } : {}) }]));
  const topicRefs = new Map([...topicMap].map(([key, t]) => [key, { slug: t.slug, name: t.name }]));
  const topicSlugsOf: string[][] = [];
  const cards = records.map((r) => {
    const keys = [...new Set(r.topicNames.map(topicKey))];
    topicSlugsOf.push(keys.map((k) => topicRefs.get(k)!.slug));
    const topics = keys.filter((k) => !topicMap.get(k)!.generic).map((k) => topicRefs.get(k)!);
    // The key finds the article; the title part only reads well, so a
    // corrected headline changes it without breaking the old address.
    const slug = articleSlug(r.title, articleKeys.allocate(r.canonical));
    return toCard(r, slug, topics, providerRefs.get(r.providerDomain)!, hotScore(r.heat, r.publishedMs, newestMs));
  });

  const indexOf = new Map(records.map((r, i) => [r.canonical, i]));
  // The slug of each related entry that is an article of this index.
  const none: (string | undefined)[] = [];
  const links: number[][] = records.map(() => []);
  const relatedSlugs = records.map((r, i) =>
    r.relatedCanonicals.length === 0 ? none : r.relatedCanonicals.map((canonical) => {
      const target = canonical === null ? undefined : indexOf.get(canonical);
      if (target === undefined || target === i) return undefined;
      links[i]!.push(target);
      return cards[target]!.slug;
    }),
  );

  const clusterStarted = performance.now();
  const found = findStories(
    records.map((r, i) => ({
      id: r.id, title: r.title, publishedMs: r.publishedMs, heat: r.heat, providerDomain: r.providerDomain,
      features: r.features, links: links[i]!,
    })),
    { windowDays: options.storyWindowDays ?? STORY_WINDOW_DAYS, maxSize: options.storyMax ?? STORY_MAX },
  );
  const groups = groupStories(cards, found.root, found.duplicateOf);
  for (const group of groups) {
    summarise(cards, group);
    // A story is as hot as all its coverage and as fresh as its newest
    // article: thirty outlets on one event outrank one outlet's scoop.
    const heat = group.distinct.reduce((sum, i) => sum + (records[i]!.heat ?? 0), 0);
    const latestMs = records[group.members[group.members.length - 1]!]!.publishedMs;
    const hot = hotScore(heat, latestMs, newestMs);
    for (const i of group.members) cards[i]!.hot = hot;
  }
  const groupOf = new Map(groups.map((g) => [g.members[0]!, g]));
  const clusterMs = Math.round(performance.now() - clusterStarted);
  const stories = groups.filter((g) => g.distinct.length > 1);

  const order = records.map((_, i) => i).sort((a, b) => comparators.heat(cards[a]!, cards[b]!));
  /** The article at a rank as JSON text, built when its bucket is written. */
  const articleJson = (rank: number): string => {
    const i = order[rank]!;
    const group = found.root[i]! >= 0 ? groupOf.get(found.root[i]!) : undefined;
    // Story cards go without excerpts and topics: the panel shows titles and
    // outlets, and a large story would otherwise swell every bucket it touches.
    const others = group?.distinct
      .filter((j) => j !== i && j !== found.duplicateOf[i])
      .sort((a, b) => comparators.heat(cards[a]!, cards[b]!))
      .slice(0, STORY_LIST_MAX)
      .map((j) => storyCard(cards[j]!));
    const story = group && others && others.length > 0
      ? { id: group.id, size: group.distinct.length, outlets: group.outlets, articles: others }
      : undefined;
    const similar = found.similar(i).map((j) => storyCard(cards[j]!));
    const { excerpt: _cardExcerpt, story: _summary, ...card } = cards[i]!;
    const { detail, related } = spill.text(records[i]!.text);
    // Related entries stay JSON text; an internal one gets its slug spliced in.
    const entries = related.map((json, k) => {
      const slug = relatedSlugs[i]![k];
      return slug === undefined ? json : `{"slug":${JSON.stringify(slug)},${json.slice(1)}`;
    });
    return `${JSON.stringify(card).slice(0, -1)}${detail ? `,${detail}` : ''},"related":[${entries.join(',')}]` +
      `${story ? `,"story":${JSON.stringify(story)}` : ''}${similar.length ? `,"similar":${JSON.stringify(similar)}` : ''}}`;
  };

  return {
    cards: order.map((i) => cards[i]!),
    topicSlugs: order.map((i) => topicSlugsOf[i]!),
    articleJson,
    topics: [...topicMap.values()],
    providers: [...providerMap.values()].sort((a, b) => b.count - a.count || cmp(a.domain, b.domain)),
    storyIds: stories.map((g) => g.id),
    storyPage: (n) => storyPage(cards, stories[n]!, found.duplicateOf),
    stories: stories.length,
    largestStory: stories.reduce((max, g) => Math.max(max, g.distinct.length), 0),
    clusterMs,
    sorts: availableSorts(records),
    warnings,
  };
}
