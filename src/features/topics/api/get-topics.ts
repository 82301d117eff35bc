import { queryOptions } from '@tanstack/react-query';
import type { TopicsShard } from '../../../shared/index-schema';
import { manifestQueryOptions, shardQueryOptions } from '../../../lib/index-queries';

/** Every topic with its count, already ordered by count by the CLI. */
export const topicsQueryOptions = () =>
  queryOptions({
    queryKey: ['topics'],
    queryFn: async ({ client }) => {
      const manifest = await client.ensureQueryData(manifestQueryOptions());
      const shard = await client.ensureQueryData(shardQueryOptions<TopicsShard>(manifest.topics));
      return shard.topics;
    },
  });
