import { useEffect } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { useLoaderData, useLocation, useNavigate, useParams, type LoaderFunctionArgs } from 'react-router-dom';
import { paths } from '../../config/paths';
import { ensureArticle } from '../../features/articles/api/get-article';
import { ArticleView } from '../../features/articles/components/article-view';
import { ArticleNeighbours } from '../../features/list/components/article-neighbours';
import { parseArticleSlug } from '../../shared/article-slug';

export const createLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const article = await ensureArticle(queryClient, params.slug ?? '');
    return { slug: article.slug };
  };

export function Component() {
  const { slug = '' } = useParams();
  const current = useLoaderData<{ slug: string }>().slug;
  const { search, hash, state } = useLocation();
  const navigate = useNavigate();
  // An address with an outdated or mangled title part found the article by
  // its key: show the current address instead. Replace, not push, so Back
  // leads to the page before rather than to the old address and here again.
  // The entry's state goes along: it holds the list the article was opened from.
  useEffect(() => {
    if (current !== slug) {
      void navigate(`${paths.article.getHref(current)}${search}${hash}`, { replace: true, preventScrollReset: true, state });
    }
  }, [current, slug, search, hash, state, navigate]);
  // Keyed by article, not address: correcting the address does not remount the page.
  return (
    <>
      <ArticleView key={parseArticleSlug(slug)?.key ?? slug} slug={slug} />
      <ArticleNeighbours slug={slug} />
    </>
  );
}
