import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../config/paths';
import { useLinkPrefetch } from './link-prefetch';

type StoryLinkProps = { id: string; children: ReactNode; className?: string };

/** Starts loading the story page on hover or focus, like article links do. */
export function StoryLink({ id, children, className }: StoryLinkProps) {
  const prefetchers = useLinkPrefetch();
  const prefetch = () => prefetchers.story(id);
  return (
    <Link to={paths.story.getHref(id)} className={className} onMouseEnter={prefetch} onFocus={prefetch}>
      {children}
    </Link>
  );
}
