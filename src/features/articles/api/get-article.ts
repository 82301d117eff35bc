import type { QueryClient } from '@tanstack/react-query';
import { articleQueryOptions } from '../../../lib/index-client/article-query';
import { notFound } from '../../../lib/index-client/errors';

/** Loader step: the article's bucket shard (usually already prefetched on hover), or a 404. */
export async function ensureArticle(queryClient: QueryClient, slug: string) {
  const article = await queryClient.ensureQueryData(articleQueryOptions(slug));
  if (!article) throw notFound();
  return article;
}
