import { useQueries, queryOptions } from '@tanstack/react-query';
import type { Card } from '../../../shared/index-schema';
import type { SearchRef } from '../../../shared/search';
import { indexKeys } from '../../../lib/index-client/query-keys';
import type { SearchHit } from '../engine/engine';
import { searchEngineQueryOptions } from './search-engine';

const searchRecordQueryOptions = (ref: SearchRef, hit: SearchHit) =>
  queryOptions({
    queryKey: indexKeys.searchRecord(ref.path, String(hit.doc)),
    queryFn: async ({ client }) => (await client.ensureQueryData(searchEngineQueryOptions(ref))).card(hit.doc),
    staleTime: Infinity,
  });

/**
 * The cards of the first `count` hits, as the feed has them (the index keeps
 * them in files of 16), so only what is shown is downloaded. Several results
 * of one story are one card: the first, best-placed one, whose story line
 * counts the others.
 */
export function useSearchCards(ref: SearchRef, hits: readonly SearchHit[], count: number) {
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
