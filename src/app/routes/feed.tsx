import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router-dom';
import { sortFromRequest, useSort } from '../../lib/use-sort';
import { ensureFeed } from '../../features/list/api/get-feed';
import { FeedView } from '../../features/list/components/feed-view';

/** Eager (in the main chunk): it is the first screen for most visits. */
export const createLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await ensureFeed(queryClient, await sortFromRequest(queryClient, request));
    return null;
  };

export function Component() {
  const sort = useSort();
  // The title is the feed view's: it carries the count of new stories.
  return <FeedView sort={sort} />;
}
