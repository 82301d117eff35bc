/**
 * `related:` entries that point at an article of this index become internal
 * links: the entry gets the article's slug, and the pair is evidence for the
 * story clustering that the two are one story.
 */
import type { Card } from '../../shared/index-schema';
import type { CompactRecord } from '../record';

export type ResolvedRelated = {
  /** For each record, the records its entries link to. */
  links: number[][];
  /** For each record, the slug of each entry that is an indexed article (undefined otherwise). */
  relatedSlugs: (string | undefined)[][];
};

export function resolveRelated(records: CompactRecord[], cards: Card[]): ResolvedRelated {
  const indexOf = new Map(records.map((r, i) => [r.canonical, i]));
  // Most articles have no entries: they share one empty list.
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
  return { links, relatedSlugs };
}
