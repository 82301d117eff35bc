import { useQuery } from '@tanstack/react-query';
import type { TopicSummary } from '../../../shared/index-schema';
import { manifestQueryOptions } from '../../../lib/index-client/manifest-query';
import { shardQueryOptions } from '../../../lib/index-client/shard-query';
import { shapes } from '../../../lib/index-client/shard-shapes';

/**
 * The topics shard the topics page reads (one download, shared by path):
 * names for the topic filter's slugs and example searches. Until it arrives,
 * or if it fails, the slugs stand in: search works without it.
 */
export function useTopics(): TopicSummary[] {
  const manifest = useQuery(manifestQueryOptions()).data;
  const shard = useQuery({ ...shardQueryOptions(manifest?.topics ?? '', shapes.topics), enabled: !!manifest });
  return shard.data?.topics ?? [];
}
