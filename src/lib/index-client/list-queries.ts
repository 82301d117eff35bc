import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ListRef, Sort } from '../../shared/index-schema';
import { listDirectoryPath } from '../../shared/shard-paths';
import { listKey } from '../../shared/constants';
import { listHeadCards, listHeadShard } from '../../shared/list-head';
import { timedListKey, type TimeFilter } from '../../config/time-filter';
import { manifestQueryOptions } from './manifest-query';
import { indexKeys } from './query-keys';
import { shardQueryOptions } from './shard-query';
import { shapes } from './shard-shapes';

/** A window the index left out holds no story: an empty list, with no shard to load. */
const emptyWindow = (ref: ListRef, key: string): ListRef => ({
  key, title: ref.title, count: 0, entries: 0, ...(ref.logo ? { logo: ref.logo } : {}),
});

/**
 * The ListRef for a key (`feed`, `topic:<slug>`, `source:<domain>`) in a time
 * filter; `null` when the index has no such list. A window's ref is in the
 * same directory shard as its list's. An index built without time windows
 * (no `feedWindows`) answers every filter with the whole list.
 */
export const listRefQueryOptions = (key: string, time: TimeFilter = 'all') =>
  queryOptions({
    queryKey: time === 'all' ? indexKeys.list(key) : indexKeys.listWindow(key, time),
    queryFn: async ({ client }): Promise<ListRef | null> => {
      const manifest = await client.ensureQueryData(manifestQueryOptions());
      const windowed = time !== 'all' && manifest.feedWindows !== undefined;
      if (key === listKey.feed()) {
        return windowed ? (manifest.feedWindows?.[time] ?? emptyWindow(manifest.feed, timedListKey(key, time))) : manifest.feed;
      }
      const { lists } = await client.ensureQueryData(shardQueryOptions(listDirectoryPath(manifest, key), shapes.lists));
      const find = (name: string) => (Object.hasOwn(lists, name) ? lists[name] : undefined);
      const ref = find(key);
      if (!ref) return null;
      return windowed ? (find(timedListKey(key, time)) ?? emptyWindow(ref, timedListKey(key, time))) : ref;
    },
  });

/**
 * The first screen of a list in one sort: the head shard for large lists
 * (sorted and one entry per story already), or the single `all` shard
 * (downloaded once, whatever the sort) sorted and collapsed here by the
 * indexer's own rules.
 */
export const listHeadQueryOptions = (ref: ListRef, sort: Sort) => {
  // A window's first screen is kept under the list it is cut from.
  const { base, window } = listKey.split(ref.key);
  return queryOptions({
    queryKey: indexKeys.listHead(base, sort, window),
    queryFn: async ({ client }) => {
      const path = listHeadShard(ref, sort);
      if (!path) return [];
      const { cards } = await client.ensureQueryData(shardQueryOptions(path, shapes.cards));
      return listHeadCards(ref, sort, cards);
    },
  });
};

/**
 * For loaders and prefetches: the list's ref, and the first screen of the
 * list in `sort` and `time`; the list's own ref, or `null` for an unknown key.
 */
export async function ensureList(queryClient: QueryClient, key: string, sort: Sort, time: TimeFilter = 'all'): Promise<ListRef | null> {
  const ref = await queryClient.ensureQueryData(listRefQueryOptions(key));
  if (!ref) return null;
  const shown = time === 'all' ? ref : await queryClient.ensureQueryData(listRefQueryOptions(key, time));
  if (shown) await queryClient.ensureQueryData(listHeadQueryOptions(shown, sort));
  return ref;
}
