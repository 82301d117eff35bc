import { useQueries, useQuery } from '@tanstack/react-query';
import type { Card, ListRef, Sort } from '../../../shared/index-schema';
import { RANKS_PAGE_SIZE } from '../../../shared/constants';
import { ranksPagePath } from '../../../shared/shard-paths';
import { manifestQueryOptions } from '../../../lib/index-client/manifest-query';
import { shardQueryOptions } from '../../../lib/index-client/shard-query';
import { shapes } from '../../../lib/index-client/shard-shapes';

const unique = (values: number[]) => [...new Set(values)];
const range = (start: number, end: number) => Array.from({ length: Math.max(0, end - start) }, (_, i) => start + i);

/**
 * Cards past the head of a large list: list position → `ranks` page → global
 * rank → `cards` chunk. Only the pages and chunks of the visible rows load.
 */
export function useDeepCards(ref: ListRef, sort: Sort, head: Card[], start: number, end: number) {
  const deep = range(Math.max(start, head.length), end);
  const pages = unique(deep.map((i) => Math.floor(i / RANKS_PAGE_SIZE))).filter((p) => p < (ref.ranks?.pages ?? 0));
  const needed = pages.length > 0;
  const manifest = useQuery({ ...manifestQueryOptions(), enabled: needed });
  const cardsPath = manifest.data?.cards ?? '';
  const cardIndex = useQuery({ ...shardQueryOptions(cardsPath, shapes.cardIndex), enabled: needed && !!cardsPath });
  const rankQueries = useQueries({
    queries: pages.map((p) => shardQueryOptions(ranksPagePath(ref, sort, p) ?? '', shapes.ranks)),
  });
  const rankPages = new Map(pages.map((p, i) => [p, rankQueries[i]?.data?.ranks]));
  const rankAt = (i: number) => rankPages.get(Math.floor(i / RANKS_PAGE_SIZE))?.[i % RANKS_PAGE_SIZE];

  const chunkSize = cardIndex.data?.chunkSize ?? 1;
  const chunkIds = cardIndex.data
    ? unique(deep.map(rankAt).filter((r) => r !== undefined).map((r) => Math.floor(r / chunkSize)))
    : [];
  const chunkQueries = useQueries({
    queries: chunkIds.map((c) => shardQueryOptions(cardIndex.data?.chunks[c] ?? '', shapes.cards)),
  });
  const chunks = new Map(chunkIds.map((c, i) => [c, chunkQueries[i]?.data?.cards]));

  const getCard = (i: number): Card | undefined => {
    if (i < head.length) return head[i];
    const rank = rankAt(i);
    return rank === undefined ? undefined : chunks.get(Math.floor(rank / chunkSize))?.[rank % chunkSize];
  };
  const failed = [manifest, cardIndex, ...rankQueries, ...chunkQueries].filter((q) => q.isError);
  // refetch() runs the query function again, past the failed result.
  const retry = () => failed.forEach((q) => void q.refetch());
  return { getCard, error: failed[0]?.error ?? null, retry };
}
