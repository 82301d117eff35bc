import { queryOptions } from '@tanstack/react-query';
import { parseArticleSlug } from '../../shared/article-slug';
import type { Article, ArticleShard } from '../../shared/index-schema';
import { articleLocation } from '../../shared/shard-paths';
import { readBucketed } from './bucketed-lookup';
import { manifestQueryOptions } from './manifest-query';
import { indexKeys } from './query-keys';

/**
 * Article detail: manifest → index shard → bucket shard (docs/index-format.md),
 * by the key at the end of the slug, so an address with an outdated title
 * part shares the cache entry of the current one. In the index client, not
 * in the articles feature, because every article link prefetches it on hover.
 * `null` means no such article, or a slug with no key (a title-only address
 * from before keys existed), which loads nothing.
 */
export const articleQueryOptions = (slug: string) => {
  const key = parseArticleSlug(slug)?.key ?? null;
  return queryOptions({
    queryKey: indexKeys.article(key),
    queryFn: async ({ client }): Promise<Article | null> => {
      if (key === null) return null;
      const manifest = await client.ensureQueryData(manifestQueryOptions());
      if (manifest.articles.buckets < 1) return null;
      return readBucketed(client, articleLocation(manifest, key), (shard) => (shard as Partial<ArticleShard>).articles, key);
    },
  });
};
