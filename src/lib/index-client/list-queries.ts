import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ListRef, Sort } from '../../shared/index-schema';
import { listDirectoryPath } from '../../shared/shard-paths';
import { listKey } from '../../shared/constants';
import { sortItems } from '../../shared/sort-order';
import { collapseStories } from '../../shared/story-lists';
import { manifestQueryOptions } from './manifest-query';
import { indexKeys } from './query-keys';
import { shardQueryOptions } from './shard-query';
import { shapes } from './shard-shapes';

/** The ListRef for a key (`feed`, `topic:<slug>`, `source:<domain>`); `null` when unknown. */
export const listRefQueryOptions = (key: string) =>
  queryOptions({
    queryKey: indexKeys.list(key),
    queryFn: async ({ client }): Promise<ListRef | null> => {
      const manifest = await client.ensureQueryData(manifestQueryOptions());
      if (key === listKey.feed()) return manifest.feed;
      const shard = await client.ensureQueryData(shardQueryOptions(listDirectoryPath(manifest, key), shapes.lists));
      return Object.hasOwn(shard.lists, key) ? (shard.lists[key] ?? null) : null;
    },
  });

/**
 * The first screen of a list in one sort: the head shard for large lists
 * (sorted and one entry per story already), or the single `all` shard
 * (downloaded once, whatever the sort) sorted and collapsed here by the
 * indexer's own rules.
 */
export const listHeadQueryOptions = (ref: ListRef, sort: Sort) =>
  queryOptions({
    queryKey: indexKeys.listHead(ref.key, sort),
    queryFn: async ({ client }) => {
      const path = ref.all ?? ref.heads?.[sort];
      if (!path) return [];
      const { cards } = await client.ensureQueryData(shardQueryOptions(path, shapes.cards));
      return ref.all ? collapseStories(sortItems(cards, sort), (card) => card.story) : cards;
    },
  });

/** For loaders and prefetches: the list's ref and its first screen in `sort`; `null` for an unknown key. */
export async function ensureList(queryClient: QueryClient, key: string, sort: Sort): Promise<ListRef | null> {
  const ref = await queryClient.ensureQueryData(listRefQueryOptions(key));
  if (ref) await queryClient.ensureQueryData(listHeadQueryOptions(ref, sort));
  return ref;
}
