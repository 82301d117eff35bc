import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../config/paths';
import { useLinkPrefetch } from './link-prefetch';
import { TRAIL_ATTRIBUTE, trailState, useListTrail } from './list-trail';

type ArticleLinkProps = { slug: string; children: ReactNode; className?: string; rel?: string };

/**
 * Starts loading the article on hover or focus, so the click feels instant.
 * In a list row it also leaves the row's place in the list (list-trail.ts)
 * in the history entry, for the article page's Previous and Next.
 */
export function ArticleLink({ slug, children, className, rel }: ArticleLinkProps) {
  const prefetchers = useLinkPrefetch();
  const trail = useListTrail();
  const prefetch = () => prefetchers.article(slug);
  return (
    <Link
      to={paths.article.getHref(slug)}
      state={trail ? trailState(trail) : undefined}
      {...(trail ? { [TRAIL_ATTRIBUTE]: '' } : {})}
      className={className}
      rel={rel}
      onMouseEnter={prefetch}
      onFocus={prefetch}
    >
      {children}
    </Link>
  );
}
