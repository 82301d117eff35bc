import type { Sort } from '../../shared/index-schema';
import type { TimeWindow } from '../../shared/time-windows';

/**
 * Every query key of the reader, one tree under `index`. All of it was read
 * through one build's manifest, so `['index']` reaches everything a newer
 * build replaces, and a shorter key reaches one family: `list(key)` is a
 * list's ref and its first screen in every sort and every time window
 * (TanStack Query's hierarchical keys, matched by prefix).
 */
export const indexKeys = {
  all: ['index'] as const,
  manifest: () => [...indexKeys.all, 'manifest'] as const,
  latestBuild: () => [...indexKeys.all, 'latest-build'] as const,
  shard: (path: string) => [...indexKeys.all, 'shards', path] as const,
  topics: () => [...indexKeys.all, 'topics'] as const,
  /** A page of the topics' latest headlines, numbered in topic order. */
  topicHeadlines: (page: number) => [...indexKeys.topics(), 'headlines', page] as const,
  list: (key: string) => [...indexKeys.all, 'lists', key] as const,
  /** A list cut to a time window: under the list it is cut from. */
  listWindow: (key: string, window: TimeWindow) => [...indexKeys.list(key), 'time', window] as const,
  listHead: (key: string, sort: Sort, window?: TimeWindow) =>
    [...(window ? indexKeys.listWindow(key, window) : indexKeys.list(key)), sort] as const,
  article: (key: string | null) => [...indexKeys.all, 'articles', key] as const,
  story: (id: string) => [...indexKeys.all, 'stories', id] as const,
  /** One build's search files (`manifest.search.path`): the engine, result lists, filter counts and records under it. */
  search: (path: string) => [...indexKeys.all, 'search', path] as const,
  searchEngine: (path: string) => [...indexKeys.search(path), 'engine'] as const,
  searchResults: (path: string, query: object) => [...indexKeys.search(path), 'results', query] as const,
  searchCounts: (path: string, query: object) => [...indexKeys.search(path), 'counts', query] as const,
  searchRecord: (path: string, id: string) => [...indexKeys.search(path), 'records', id] as const,
};
