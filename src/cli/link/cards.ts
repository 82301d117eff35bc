/** List cards: what the feed, topic and source lists show of an article. */
import type { Card, Image, ProviderRef, Sort, TopicRef } from '../../shared/index-schema';
import type { CompactRecord } from '../record';

/** Quality is offered only when it orders the feed differently from heat. */
const SAME_SCORE_SHARE = 0.9;

/** `image` is the record's own, or none when it is the outlet's banner. */
export function toCard(r: CompactRecord, slug: string, topics: TopicRef[], provider: ProviderRef, hot: number, image: Image | undefined): Card {
  return {
    id: r.id,
    slug,
    title: r.title,
    ...(r.cardExcerpt ? { excerpt: r.cardExcerpt } : {}),
    type: r.type,
    published: new Date(r.publishedMs).toISOString(),
    ...(r.dateOnly ? { dateOnly: true as const } : {}),
    hot,
    ...(r.heat !== undefined ? { heat: r.heat } : {}),
    ...(r.quality !== undefined ? { quality: r.quality } : {}),
    ...(r.unpublished ? { unpublished: true as const } : {}),
    provider,
    topics,
    ...(image ? { image } : {}),
  };
}

/** The sorts worth offering, default first. */
export function availableSorts(records: CompactRecord[]): Sort[] {
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

