import { useQueries, queryOptions } from '@tanstack/react-query';
import type { Card } from '../../../shared/index-schema';
import { cardOfSearchRecord, type SearchRef } from '../../../shared/search';
import { indexKeys } from '../../../lib/index-client/query-keys';
import type { PagefindHit, PagefindRecord } from './pagefind';

/** Each record carries the very card the feed shows (src/shared/search.ts); Pagefind keeps the stored URL as `raw_url`. */
const cardOf = (record: PagefindRecord): Card =>
  cardOfSearchRecord({ url: record.raw_url ?? record.url, content: record.content, meta: { title: record.meta.title ?? '' } });

const searchRecordQueryOptions = (ref: SearchRef, hit: PagefindHit) =>
  queryOptions({
    queryKey: indexKeys.searchRecord(ref.path, hit.id),
    queryFn: async () => cardOf(await hit.data()),
    staleTime: Infinity,
  });

/**
 * The cards of the first `count` hits, loaded (and kept) one record each, so
 * only what is shown is downloaded. Several results of one story are one
 * card: the first, best-placed one, whose story line counts the others.
 */
export function useSearchCards(ref: SearchRef, hits: readonly PagefindHit[], count: number) {
  const queries = useQueries({ queries: hits.slice(0, count).map((hit) => searchRecordQueryOptions(ref, hit)) });
  const seen = new Set<string>();
  const cards: (Card | undefined)[] = [];
  for (const { data: card } of queries) {
    if (card?.story && card.story.size > 1) {
      if (seen.has(card.story.id)) continue;
      seen.add(card.story.id);
    }
    cards.push(card);
  }
  const failed = queries.filter((query) => query.isError);
  return {
    cards,
    pending: queries.some((query) => query.isPending),
    error: failed[0]?.error ?? null,
    retry: () => failed.forEach((query) => void query.refetch()),
  };
}
