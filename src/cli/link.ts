/**
 * Everything that needs the whole corpus: duplicates, topic and provider
 * merging, slugs, related links and stories. Input order does not matter:
 * records are sorted first so the result is deterministic.
 */
import type { Article, Card, ProviderRef, TopicRef } from '../shared/index-schema';
import { compactRecord, type CompactRecord } from './compact-record';
import { SpillReader } from './spill';
import type { ArticleRecord, Warning } from './record';
import { SlugAllocator, slugify } from './slug';

export type TopicInfo = TopicRef & { count: number };
export type ProviderInfo = ProviderRef & { count: number };
export type LinkedIndex = {
  /** List cards in heat order (heat desc, newest first, then id): the position is the rank. */
  cards: Card[];
  /** The full article at a rank as JSON text, built on demand so a large corpus never holds them all at once. */
  articleJson: (rank: number) => string;
  /** Every article in rank order, built on each access (tests and small tools). */
  readonly articles: Article[];
  topics: TopicInfo[];
  providers: ProviderInfo[];
  stories: number;
  warnings: Warning[];
};

export { CARD_EXCERPT_MAX } from './compact-record';
const STORY_LIST_MAX = 12;

export const byHeat = (a: Pick<Card, 'heat' | 'published' | 'id'>, b: typeof a) =>
  (b.heat ?? 0) - (a.heat ?? 0) || cmp(b.published, a.published) || cmp(a.id, b.id);
export const byQuality = (a: Pick<Card, 'quality' | 'published' | 'id'>, b: typeof a) =>
  (b.quality ?? 0) - (a.quality ?? 0) || cmp(b.published, a.published) || cmp(a.id, b.id);
export const byNewest = (a: Pick<Card, 'published' | 'id'>, b: typeof a) => cmp(b.published, a.published) || cmp(a.id, b.id);

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function dedupe(records: CompactRecord[], warnings: Warning[]): CompactRecord[] {
  const byCanonical = new Map<string, CompactRecord>();
  for (const record of [...records].sort((a, b) => cmp(a.file, b.file))) {
    const seen = byCanonical.get(record.canonical);
    if (!seen) {
      byCanonical.set(record.canonical, record);
      continue;
    }
    const [keep, drop] = record.completeness > seen.completeness ? [record, seen] : [seen, record];
    byCanonical.set(record.canonical, keep);
    warnings.push({ file: drop.file, message: `same article as ${keep.file} (${record.canonical}); kept ${keep.file}` });
  }
  return [...byCanonical.values()];
}

/** The most common spelling wins; ties go to the first in code-point order. */
function mostCommon(counts: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [name, count] of [...counts].sort(([a], [b]) => cmp(a, b))) {
    if (count > bestCount) [best, bestCount] = [name, count];
  }
  return best;
}

function buildTopics(records: CompactRecord[]): Map<string, TopicInfo> {
  const spellings = new Map<string, Map<string, number>>();
  for (const r of records) {
    // One vote per article and topic: `AI` and `ai` in the same file used to
    // count twice, so the topic's count exceeded its list's (found by
    // test/unit/link.test.ts).
    const own = new Map<string, string>();
    for (const name of r.topicNames) {
      const key = name.toLocaleLowerCase('en');
      if (!own.has(key)) own.set(key, name);
    }
    for (const [key, name] of own) {
      const names = spellings.get(key) ?? new Map<string, number>();
      names.set(name, (names.get(name) ?? 0) + 1);
      spellings.set(key, names);
    }
  }
  const entries = [...spellings].map(([key, names]) => ({
    key,
    name: mostCommon(names),
    count: [...names.values()].reduce((a, b) => a + b, 0),
  }));
  entries.sort((a, b) => b.count - a.count || cmp(a.key, b.key));
  const slugs = new SlugAllocator();
  const topics = new Map<string, TopicInfo>();
  for (const e of entries) {
    const slug = slugs.allocate(slugify(e.name, 60), `topic-${topics.size + 1}`);
    topics.set(e.key, { slug, name: e.name, count: e.count });
  }
  return topics;
}

function buildProviders(records: CompactRecord[]): Map<string, ProviderInfo> {
  const acc = new Map<string, { names: Map<string, number>; logos: Map<string, number>; count: number }>();
  for (const r of records) {
    const entry = acc.get(r.providerDomain) ?? { names: new Map(), logos: new Map(), count: 0 };
    entry.count++;
    if (r.providerName) entry.names.set(r.providerName, (entry.names.get(r.providerName) ?? 0) + 1);
    if (r.providerLogo) entry.logos.set(r.providerLogo, (entry.logos.get(r.providerLogo) ?? 0) + 1);
    acc.set(r.providerDomain, entry);
  }
  const providers = new Map<string, ProviderInfo>();
  for (const [domain, e] of [...acc].sort(([a], [b]) => cmp(a, b))) {
    const logo = mostCommon(e.logos);
    providers.set(domain, { domain, name: mostCommon(e.names) || domain, ...(logo ? { logo } : {}), count: e.count });
  }
  return providers;
}

function toCard(r: CompactRecord, slug: string, topics: TopicRef[], provider: ProviderRef): Card {
  const image = r.image;
  return {
    id: r.id,
    slug,
    title: r.title,
    ...(r.cardExcerpt ? { excerpt: r.cardExcerpt } : {}),
    type: r.type,
    published: new Date(r.publishedMs).toISOString(),
    ...(r.heat !== undefined ? { heat: r.heat } : {}),
    ...(r.quality !== undefined ? { quality: r.quality } : {}),
    ...(r.unpublished ? { unpublished: true as const } : {}),
    provider,
    topics,
    ...(image ? { image } : {}),
  };
}

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** `spill` reads article text that parse workers left on disk. */
export function link(input: (ArticleRecord | CompactRecord)[], spill = new SpillReader()): LinkedIndex {
  const warnings: Warning[] = [];
  const records = dedupe(input.map((r) => ('compact' in r ? r : compactRecord(r))), warnings);
  const topicMap = buildTopics(records);
  const providerMap = buildProviders(records);

  // Oldest first, so an article keeps its slug when a newer namesake arrives.
  records.sort((a, b) => a.publishedMs - b.publishedMs || cmp(a.id, b.id));
  const slugs = new SlugAllocator();
  // One provider and one topic object each, shared by all their cards: at
  // 100,000 cards, per-card copies cost tens of megabytes.
  const providerRefs = new Map([...providerMap].map(([domain, p]) => [domain, { domain, name: p.name, ...(p.logo ? { logo: p.logo } : {}) }]));
  const topicRefs = new Map([...topicMap].map(([key, t]) => [key, { slug: t.slug, name: t.name }]));
  const cards = records.map((r) => {
    const topics = [...new Set(r.topicNames.map((n) => n.toLocaleLowerCase('en')))].map((k) => topicRefs.get(k)!);
    const slug = slugs.allocate(slugify(r.title), r.id);
    return toCard(r, slug, topics, providerRefs.get(r.providerDomain)!);
  });

  const indexOf = new Map(records.map((r, i) => [r.canonical, i]));
  const stories = new UnionFind(records.length);
  // The slug of each related entry that is an article of this index.
  const none: (string | undefined)[] = [];
  const relatedSlugs = records.map((r, i) =>
    r.relatedCanonicals.length === 0 ? none : r.relatedCanonicals.map((canonical) => {
      const target = canonical === null ? undefined : indexOf.get(canonical);
      if (target === undefined || target === i) return undefined;
      stories.union(i, target);
      return cards[target]!.slug;
    }),
  );

  const members = new Map<number, number[]>();
  records.forEach((_, i) => {
    const root = stories.find(i);
    const group = members.get(root);
    if (group) group.push(i);
    else members.set(root, [i]);
  });
  // Each story sorted once, hottest first; its id is its smallest member id.
  const storyOf = new Map<number, { id: string; members: number[] }>();
  for (const group of members.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => byHeat(cards[a]!, cards[b]!));
    const story = { id: group.map((j) => cards[j]!.id).sort()[0]!, members: group };
    for (const j of group) storyOf.set(j, story);
  }

  const order = records.map((_, i) => i).sort((a, b) => byHeat(cards[a]!, cards[b]!));
  /** The article at a rank as JSON text, built when its bucket is written. */
  const articleJson = (rank: number): string => {
    const i = order[rank]!;
    const story = storyOf.get(i);
    // Story cards go without excerpts and topics: the panel shows titles and
    // outlets, and a large story would otherwise swell every bucket it touches.
    const others = story?.members
      .filter((j) => j !== i)
      .slice(0, STORY_LIST_MAX)
      .map((j) => {
        const { excerpt: _excerpt, topics: _topics, ...rest } = cards[j]!;
        return rest;
      });
    const { excerpt: _cardExcerpt, ...card } = cards[i]!;
    const { detail, related } = spill.text(records[i]!.text);
    // Related entries stay JSON text; an internal one gets its slug spliced in.
    const entries = related.map((json, k) => {
      const slug = relatedSlugs[i]![k];
      return slug === undefined ? json : `{"slug":${JSON.stringify(slug)},${json.slice(1)}`;
    });
    return `${JSON.stringify(card).slice(0, -1)}${detail ? `,${detail}` : ''},"related":[${entries.join(',')}]` +
      `${story && others ? `,"story":${JSON.stringify({ id: story.id, size: story.members.length, articles: others })}` : ''}}`;
  };

  return {
    cards: order.map((i) => cards[i]!),
    articleJson,
    get articles() {
      return order.map((_, rank) => JSON.parse(articleJson(rank)) as Article);
    },
    topics: [...topicMap.values()],
    providers: [...providerMap.values()].sort((a, b) => b.count - a.count || cmp(a.domain, b.domain)),
    stories: new Set(storyOf.values()).size,
    warnings,
  };
}
