import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { paths } from '../../config/paths';
import { storyQueryOptions } from '../../lib/index-client/story-query';

type StoryLinkProps = { id: string; children: ReactNode; className?: string };

/** Starts loading the story page on hover or focus, like article links do. */
export function StoryLink({ id, children, className }: StoryLinkProps) {
  const queryClient = useQueryClient();
  const prefetch = () => void queryClient.prefetchQuery(storyQueryOptions(id));
  return (
    <Link to={paths.story.getHref(id)} className={className} onMouseEnter={prefetch} onFocus={prefetch}>
      {children}
    </Link>
  );
}
