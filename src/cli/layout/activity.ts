/**
 * Each topic's and source's profile (per-day counts, first and last dates,
 * the topics and outlets it goes with), the topics' week counts and trend
 * scores, and their latest headlines. Reads only cards and topic slugs, one
 * list at a time, so it holds counts, never text.
 */
import { ACTIVITY_DAYS, daysBack, trendOf, weeksOf } from '../../shared/activity';
import type { Card, Headline, ListActivity, ProviderRef, TopicRef, TopicSummary } from '../../shared/index-schema';
import type { LinkedIndex } from '../link/link';

const RELATED_TOPICS = 8;
const TOP_SOURCES = 5;
const HEADLINES_PER_TOPIC = 2;

type Counted<T> = T & { count: number };

/** The `limit` keys with the highest counts, ties by key, so output is deterministic. */
function top(counts: Map<string, number>, limit: number): [string, number][] {
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit);
}

function bump(counts: Map<string, number>, key: string) {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** `publishedMs[rank]` is the card's publication time, parsed once by the layout. */
export function activityOf(
  index: Pick<LinkedIndex, 'cards' | 'topics' | 'topicSlugs'>, newestMs: number, publishedMs: Float64Array,
) {
  const { cards } = index;
  const topicRef = new Map<string, TopicRef>(index.topics.map((t) => [t.slug, { slug: t.slug, name: t.name }]));
  const generic = new Set(index.topics.filter((t) => t.generic).map((t) => t.slug));

  /** What every list's profile has: counts per day, first and last dates. */
  function base(ranks: readonly number[]): Omit<ListActivity, 'topics' | 'sources'> {
    const days = new Array<number>(ACTIVITY_DAYS).fill(0);
    let first: Card | undefined;
    let last: Card | undefined;
    for (const rank of ranks) {
      const card = cards[rank]!;
      const back = daysBack(publishedMs[rank]!, newestMs);
      if (back >= 0) days[ACTIVITY_DAYS - 1 - back]! += 1;
      if (!first || card.published < first.published) first = card;
      if (!last || card.published > last.published) last = card;
    }
    return {
      days,
      first: first?.published ?? '',
      last: last?.published ?? '',
      ...(first?.dateOnly ? { firstDateOnly: true as const } : {}),
      ...(last?.dateOnly ? { lastDateOnly: true as const } : {}),
    };
  }

  /** The non-generic topics on the most of these articles, `skip` aside. */
  function topTopics(ranks: readonly number[], skip?: string): Counted<TopicRef>[] {
    const counts = new Map<string, number>();
    for (const rank of ranks) {
      for (const slug of index.topicSlugs[rank]!) if (slug !== skip && !generic.has(slug)) bump(counts, slug);
    }
    return top(counts, RELATED_TOPICS).map(([slug, count]) => ({ ...topicRef.get(slug)!, count }));
  }

  function topSources(ranks: readonly number[]): Counted<ProviderRef>[] {
    const counts = new Map<string, number>();
    const refs = new Map<string, ProviderRef>();
    for (const rank of ranks) {
      const { provider } = cards[rank]!;
      bump(counts, provider.domain);
      refs.set(provider.domain, provider);
    }
    return top(counts, TOP_SOURCES).map(([domain, count]) => ({ ...refs.get(domain)!, count }));
  }

  return {
    topic: (slug: string, ranks: readonly number[]): ListActivity => ({
      ...base(ranks), topics: topTopics(ranks, slug), sources: topSources(ranks),
    }),
    source: (ranks: readonly number[]): ListActivity => ({ ...base(ranks), topics: topTopics(ranks) }),
    /** The topic list's entry: its week counts and trend score from its days. */
    summary: (topic: Omit<TopicSummary, 'weeks' | 'trend'>, activity: ListActivity): TopicSummary => {
      const weeks = weeksOf(activity.days);
      return { ...topic, weeks, trend: trendOf(weeks).score };
    },
    /** The newest articles of a list, one per story, newest first. */
    headlines: (ranks: readonly number[]): Headline[] => {
      const newest = [...ranks].sort((a, b) => {
        const x = cards[a]!.published;
        const y = cards[b]!.published;
        return x < y ? 1 : x > y ? -1 : a - b;
      });
      const stories = new Set<string>();
      const picked: Headline[] = [];
      for (const rank of newest) {
        const card = cards[rank]!;
        const story = card.story?.id ?? card.id;
        if (stories.has(story)) continue;
        stories.add(story);
        picked.push({
          slug: card.slug, title: card.title, published: card.published,
          ...(card.dateOnly ? { dateOnly: true as const } : {}), provider: card.provider.name,
        });
        if (picked.length === HEADLINES_PER_TOPIC) break;
      }
      return picked;
    },
  };
}
