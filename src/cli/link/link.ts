/**
 * Everything that needs the whole corpus: duplicates, topic and provider
 * merging, article keys and slugs, related links, stories and the hot score.
 * Input order does not matter: records are sorted first so the result is
 * deterministic.
 */
import { STORY_MAX, STORY_WINDOW_DAYS } from '../../shared/constants';
import type { Card, Sort, StoryPage } from '../../shared/index-schema';
import { comparators, hotScore } from '../../shared/sort-order';
import type { ArticleRecord, CompactRecord, Warning } from '../record';
import { compactRecord } from '../parse/compact';
import { dedupe } from './dedupe';
import { buildProviders, buildTopics, topicKey, type ProviderInfo, type TopicInfo } from './taxonomy';
import { ArticleKeys, articleSlug } from './slug';
import { SpillReader } from '../parse/spill';
import { findStories } from './stories/find-stories';
import { groupStories, storyPage, summarise } from './stories/story-groups';
import { articlePages } from './article-page';
import { availableSorts, toCard } from './cards';
import { resolveRelated } from './related';
import { findBanners } from './banners';

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
  /** The search terms of the card at a rank (encodeDocumentTerms). */
  searchTerms: string[];
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

export { CARD_EXCERPT_MAX } from '../parse/compact';

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `spill` reads article text that parse workers left on disk. */
export function link(input: (ArticleRecord | CompactRecord)[], spill = new SpillReader(), options: LinkOptions = {}): LinkedIndex {
  const warnings: Warning[] = [];
  const records = dedupe(input.map((r) => ('compact' in r ? r : compactRecord(r))), warnings);
  const topicMap = buildTopics(records);
  const providerMap = buildProviders(records);
  const banners = findBanners(records);

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
    const image = banners.has(r.providerDomain, r.image?.url) ? undefined : r.image;
    return toCard(r, slug, topics, providerRefs.get(r.providerDomain)!, hotScore(r.heat, r.publishedMs, newestMs), image);
  });

  const { links, relatedSlugs } = resolveRelated(records, cards);

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
  const articleJson = articlePages({ records, cards, order, spill, relatedSlugs, found, groupOf, banners });

  return {
    cards: order.map((i) => cards[i]!),
    topicSlugs: order.map((i) => topicSlugsOf[i]!),
    searchTerms: order.map((i) => records[i]!.searchTerms),
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
