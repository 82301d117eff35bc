import { useEffect, useState } from 'react';
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
 * The cards of the first `rows` results, as the feed has them. Several
 * matches of one story are one card (the first, best-placed one, whose story
 * line counts the others), so the hits are read in steps until `rows`
 * stories are in or the hits run out: a story of 30 matching articles
 * still leaves room for the next stories. Only what is shown is downloaded.
 */
export function useSearchCards(ref: SearchRef, hits: readonly SearchHit[], rows: number) {
  const [read, setRead] = useState({ hits, count: rows });
  const count = Math.max(read.hits === hits ? read.count : 0, rows);
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
  const pending = queries.some((query) => query.isPending);
  const short = !pending && cards.length < rows && count < hits.length;
  useEffect(() => {
    if (short) setRead({ hits, count: count + rows });
  }, [short, hits, count, rows]);
  const failed = queries.filter((query) => query.isError);
  return {
    cards: cards.slice(0, rows),
    pending: pending || short,
    /** More stories may follow the ones shown. */
    more: cards.length > rows || count < hits.length,
    error: failed[0]?.error ?? null,
    retry: () => failed.forEach((query) => void query.refetch()),
  };
}
