import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { isShardError, ShardError, type ShardErrorKind } from './errors';
import { fetchShard } from './fetch-shard';
import { manifestQueryOptions } from './manifest-query';
import { indexKeys } from './query-keys';
import { shapes, type Shape } from './shard-shapes';

/**
 * The buildId the server has now, past every HTTP cache. Never kept: it is
 * asked only when a file went missing, and then the answer must be current.
 */
const latestBuildQueryOptions = () =>
  queryOptions({
    queryKey: indexKeys.latestBuild(),
    queryFn: async ({ signal }): Promise<string | null> => {
      const data = await fetchShard('manifest.json', shapes.object, { signal, cache: 'no-store' });
      return typeof data.buildId === 'string' ? data.buildId : null;
    },
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });

/** How a rebuild shows from an open tab: its old files are deleted, or the host answers for them with a page of its own. */
const signsOfRebuild = new Set<ShardErrorKind>(['not-found', 'invalid-json', 'wrong-shape']);

/**
 * A file named by the tab's manifest failed in a way a rebuild explains: ask
 * the server which build is live. Another buildId means the tab is behind
 * (`rebuilt`, which the error views offer to fix); the same one means the
 * original error is the truth.
 */
async function explainFailure(client: QueryClient, error: unknown): Promise<unknown> {
  if (!isShardError(error) || !signsOfRebuild.has(error.kind)) return error;
  const current = client.getQueryData(manifestQueryOptions().queryKey)?.buildId;
  if (!current) return error;
  const latest = await client.fetchQuery(latestBuildQueryOptions()).catch(() => null);
  return latest && latest !== current ? new ShardError('rebuilt', error.path, error.status, error) : error;
}

/**
 * Shards are named by their content hash, so the path alone is a perfect
 * cache key: two lists sharing a shard share one download. `shape` is what
 * the file must hold; anything else is an error, never data.
 */
export const shardQueryOptions = <T>(path: string, shape: Shape<T>) =>
  queryOptions({
    queryKey: indexKeys.shard(path),
    queryFn: async ({ client, signal }): Promise<T> => {
      try {
        return await fetchShard(path, shape, { signal });
      } catch (error) {
        throw await explainFailure(client, error);
      }
    },
  });
