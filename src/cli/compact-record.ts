/**
 * What the linker keeps of a parsed file. The parts of an article that
 * linking never looks at travel as ready-made JSON text: a worker makes it,
 * and the main thread and the build cache hold one compact string per
 * article instead of a tree of objects (100,000 articles must fit in a few
 * hundred megabytes).
 */
import type { ArticleType, Image } from '../shared/index-schema';
import type { ArticleRecord } from './record';
import type { RecordText, SpillRef } from './spill';
import { encodeFeatures, textFeatures } from './stories/features';
import { truncate } from './text';

/** Cards show a clamped excerpt; the article page shows it whole. */
export const CARD_EXCERPT_MAX = 280;

export type CompactRecord = {
  compact: true;
  file: string;
  id: string;
  canonical: string;
  title: string;
  cardExcerpt?: string;
  type: ArticleType;
  publishedMs: number;
  heat?: number;
  quality?: number;
  unpublished: boolean;
  providerDomain: string;
  providerName?: string;
  providerLogo?: string;
  topicNames: string[];
  image?: Image;
  /** How complete the record is: of two duplicates the more complete is kept. */
  completeness: number;
  /** The canonical URL of each related entry (null when it has no link), for linking. */
  relatedCanonicals: (string | null)[];
  /** The words the article is about, for story clustering (stories/features.ts). */
  features: string;
  /**
   * The article-page fields as `"key":value` pairs without braces ('' when
   * none) and each related entry as a JSON object: in memory, or spilled to
   * disk by a parse worker (spill.ts).
   */
  text: RecordText | SpillRef;
};

export function compactRecord(r: ArticleRecord): CompactRecord {
  const { excerpt, url, category, images, body, video, actions, authors } = r;
  const detail = JSON.stringify({ excerpt, url, category, images, body, video, actions, authors }).slice(1, -1);
  return {
    compact: true,
    file: r.file,
    id: r.id,
    canonical: r.canonical,
    title: r.title,
    cardExcerpt: excerpt === undefined ? undefined : truncate(excerpt, CARD_EXCERPT_MAX),
    type: r.type,
    publishedMs: r.publishedMs,
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
    text: { detail, related: r.related.map(({ canonical: _canonical, ...entry }) => JSON.stringify(entry)) },
  };
}
