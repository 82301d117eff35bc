import { queryOptions } from '@tanstack/react-query';
import type { Article, ArticleIndexShard, ArticleShard } from '../shared/index-schema';
import { bucketOf } from '../shared/hash';
import { manifestQueryOptions, shardQueryOptions } from './index-queries';

/**
 * Article detail: manifest → index shard → bucket shard (docs/index-format.md).
 * Lives in lib, not in the articles feature, because every card prefetches it
 * on hover and features may not import each other. `null` means no such slug.
 */
export const articleQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['articles', 'detail', slug],
    queryFn: async ({ client }): Promise<Article | null> => {
      const { articles } = await client.ensureQueryData(manifestQueryOptions());
      const bucket = bucketOf(slug, articles.buckets);
      const perIndex = Math.max(1, articles.perIndex);
      const indexPath = articles.index[Math.floor(bucket / perIndex)];
      if (!indexPath) return null;
      const index = await client.ensureQueryData(shardQueryOptions<ArticleIndexShard>(indexPath));
      const bucketPath = index.buckets[bucket % perIndex];
      if (!bucketPath) return null;
      const shard = await client.ensureQueryData(shardQueryOptions<ArticleShard>(bucketPath));
      return Object.hasOwn(shard.articles, slug) ? (shard.articles[slug] ?? null) : null;
    },
  });
