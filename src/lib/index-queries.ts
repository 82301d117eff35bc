import { queryOptions } from '@tanstack/react-query';
import type { Manifest } from '../shared/index-schema';
import { SCHEMA_VERSION } from '../shared/constants';
import { ShardError } from './errors';
import { fetchShard } from './fetch-shard';

/** Fetched once per page load: every other shard is found through it. */
export const manifestQueryOptions = () =>
  queryOptions({
    queryKey: ['index', 'manifest'],
    queryFn: async ({ signal }) => {
      const manifest = await fetchShard<Manifest>('manifest.json', signal);
      if (manifest.schemaVersion !== SCHEMA_VERSION) {
        throw new ShardError('schema-version', 'manifest.json');
      }
      return manifest;
    },
  });

/**
 * Shards are named by their content hash, so the path alone is a perfect
 * cache key: two lists sharing a shard share one download.
 */
export const shardQueryOptions = <T>(path: string) =>
  queryOptions({
    queryKey: ['index', 'shard', path],
    queryFn: ({ signal }) => fetchShard<T>(path, signal),
  });
