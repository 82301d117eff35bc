import { queryOptions } from '@tanstack/react-query';
import type { Article, ArticleShard } from '../shared/index-schema';
import { articleLocation } from '../shared/shard-paths';
import { readBucketed } from './bucketed-lookup';
import { manifestQueryOptions } from './index-queries';

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
      const location = articleLocation(manifest, slug);
      return readBucketed(client, location, (shard) => (shard as Partial<ArticleShard>).articles, slug);
    },
  });
