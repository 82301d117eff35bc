/**
 * Compacting, done where a file was parsed (on a parse worker): the record
 * the linker keeps (record.ts) and the article-page text as ready-made JSON.
 */
import type { ArticleRecord, CompactRecord } from '../record';
import { encodeFeatures, textFeatures } from '../link/stories/features';
import { encodeDocumentTerms } from '../../shared/search';
import { truncate } from './text';

/** Cards show a clamped excerpt; the article page shows it whole. */
export const CARD_EXCERPT_MAX = 280;

export function compactRecord(r: ArticleRecord): CompactRecord {
  const { excerpt, url, category, images, body, video, actions, authors } = r;
  const detail = JSON.stringify({ excerpt, url, category, images, body, video, actions, authors }).slice(1, -1);
  const cardExcerpt = excerpt === undefined ? undefined : truncate(excerpt, CARD_EXCERPT_MAX);
  return {
    compact: true,
    file: r.file,
    id: r.id,
    canonical: r.canonical,
    title: r.title,
    cardExcerpt,
    type: r.type,
    publishedMs: r.publishedMs,
    ...(r.dateOnly ? { dateOnly: true as const } : {}),
    heat: r.heat,
    quality: r.quality,
    unpublished: r.unpublished,
    providerDomain: r.providerDomain,
    providerName: r.providerName,
    providerLogo: r.providerLogo,
    topicNames: r.topicNames,
    image: images[0],
    completeness: (r.unpublished ? 0 : 100) +
      [excerpt, r.heat, r.quality, body, images[0], r.providerName, video].filter((v) => v !== undefined).length * 10 +
      r.related.length + r.topicNames.length,
    relatedCanonicals: r.related.map((entry) => entry.canonical ?? null),
    features: encodeFeatures(textFeatures(r.title, excerpt, body)),
    // What search finds the card by: its title and the excerpt the card shows.
    searchTerms: encodeDocumentTerms(r.title, cardExcerpt ?? ''),
    text: { detail, related: r.related.map(({ canonical: _canonical, ...entry }) => JSON.stringify(entry)) },
  };
}
