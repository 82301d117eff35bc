import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router-dom';
import { ensureArticle } from '../../features/articles/api/get-article';
import { ArticleView } from '../../features/articles/components/article-view';

export const createLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await ensureArticle(queryClient, params.slug ?? '');
    return null;
  };

export function Component() {
  const { slug = '' } = useParams();
  return <ArticleView key={slug} slug={slug} />;
}
