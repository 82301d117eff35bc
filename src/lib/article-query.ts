import { queryOptions } from '@tanstack/react-query';
import type { Article, ArticleIndexShard, ArticleShard } from '../shared/index-schema';
import { articleLocation } from '../shared/shard-paths';
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
      const manifest = await client.ensureQueryData(manifestQueryOptions());
      if (manifest.articles.buckets < 1) return null;
      const { indexPath, slot } = articleLocation(manifest, slug);
      const index = await client.ensureQueryData(shardQueryOptions<ArticleIndexShard>(indexPath));
      const bucketPath = index.buckets[slot];
      if (!bucketPath) return null;
      const shard = await client.ensureQueryData(shardQueryOptions<ArticleShard>(bucketPath));
      return Object.hasOwn(shard.articles, slug) ? (shard.articles[slug] ?? null) : null;
    },
  });
