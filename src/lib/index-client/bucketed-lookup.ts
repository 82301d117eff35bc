import type { QueryClient } from '@tanstack/react-query';
import { shardQueryOptions } from './shard-query';
import { shapes } from './shard-shapes';

/**
 * Articles and stories are found the same way (docs/index-format.md): an index
 * page names the bucket shard, the bucket holds the record. `null` when the
 * key is in no bucket. A bucket that holds no records at all is a wrong file,
 * not a missing key: it fails as one instead of reading as "not found".
 */
export async function readBucketed<T>(
  client: QueryClient,
  location: { indexPath: string; slot: number },
  recordsOf: (shard: unknown) => Record<string, T> | undefined,
  key: string,
): Promise<T | null> {
  const index = await client.ensureQueryData(shardQueryOptions(location.indexPath, shapes.bucketIndex));
  const bucketPath = index.buckets[location.slot];
  if (!bucketPath) return null;
  const records = recordsOf(await client.ensureQueryData(shardQueryOptions(bucketPath, shapes.records(recordsOf))));
  return records && Object.hasOwn(records, key) ? (records[key] ?? null) : null;
}
