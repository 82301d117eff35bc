import { queryOptions } from '@tanstack/react-query';
import { manifestQueryOptions } from '../../../lib/index-client/manifest-query';
import { indexKeys } from '../../../lib/index-client/query-keys';
import { shardQueryOptions } from '../../../lib/index-client/shard-query';
import { shapes } from '../../../lib/index-client/shard-shapes';

/** Every topic with its count, already ordered by count by the CLI. */
export const topicsQueryOptions = () =>
  queryOptions({
    queryKey: indexKeys.topics(),
    queryFn: async ({ client }) => {
      const manifest = await client.ensureQueryData(manifestQueryOptions());
      const shard = await client.ensureQueryData(shardQueryOptions(manifest.topics, shapes.topics));
      return shard.topics;
    },
  });
