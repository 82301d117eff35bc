import { queryOptions } from '@tanstack/react-query';
import type { Headline, TopicsShard } from '../../../shared/index-schema';
import { shardName } from '../../../shared/shard-paths';
import { manifestQueryOptions } from '../../../lib/index-client/manifest-query';
import { indexKeys } from '../../../lib/index-client/query-keys';
import { shardQueryOptions } from '../../../lib/index-client/shard-query';
import { shapes } from '../../../lib/index-client/shard-shapes';

const topicsShardQueryOptions = () =>
  queryOptions({
    queryKey: [...indexKeys.topics(), 'shard'] as const,
    queryFn: async ({ client }): Promise<TopicsShard> => {
      const manifest = await client.ensureQueryData(manifestQueryOptions());
      return client.ensureQueryData(shardQueryOptions(manifest.topics, shapes.topics));
    },
  });

/** Every topic with its count, week counts and trend, already ordered by count by the CLI. */
export const topicsQueryOptions = () =>
  queryOptions({
    ...topicsShardQueryOptions(),
    select: (shard: TopicsShard) => shard.topics,
  });

/** The topics page: the topics and where their headlines are. */
export const topicIndexQueryOptions = topicsShardQueryOptions;

/**
 * The latest headlines of one page of topics (`headlines.perPage` topics
 * from `page × perPage`, in topic order): fetched as a page of the list
 * comes into view, so a thousand topics cost one small file per screen.
 * An index without headlines answers with none.
 */
export const topicHeadlinesQueryOptions = (page: number) =>
  queryOptions({
    queryKey: indexKeys.topicHeadlines(page),
    queryFn: async ({ client }): Promise<Record<string, Headline[]>> => {
      const shard = await client.ensureQueryData(topicsShardQueryOptions());
      if (!shard.headlines || page >= shard.headlines.pages) return {};
      const path = shardName.topicHeadlines(shard.headlines.id, page);
      return (await client.ensureQueryData(shardQueryOptions(path, shapes.headlines))).headlines;
    },
  });
