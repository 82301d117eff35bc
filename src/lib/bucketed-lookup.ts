import type { QueryClient } from '@tanstack/react-query';
import type { ArticleIndexShard } from '../shared/index-schema';
import { shardQueryOptions } from './index-queries';

/**
 * Articles and stories are found the same way (docs/index-format.md): an index
 * page names the bucket shard, the bucket holds the record. `null` when the
 * key is in no bucket.
 */
export async function readBucketed<T>(
  client: QueryClient,
  location: { indexPath: string; slot: number },
  recordsOf: (shard: unknown) => Record<string, T> | undefined,
  key: string,
): Promise<T | null> {
  const index = await client.ensureQueryData(shardQueryOptions<ArticleIndexShard>(location.indexPath));
  const bucketPath = index.buckets[location.slot];
  if (!bucketPath) return null;
  const records = recordsOf(await client.ensureQueryData(shardQueryOptions<unknown>(bucketPath)));
  return records && Object.hasOwn(records, key) ? (records[key] ?? null) : null;
}
