import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router-dom';
import { sortFromRequest, useSort } from '../../lib/use-sort';
import { timeFromRequest, useTimeFilter } from '../../lib/use-time-filter';
import { ensureFeed } from '../../features/list/api/get-feed';
import { FeedView } from '../../features/list/components/feed-view';

/** Eager (in the main chunk): it is the first screen for most visits. */
export const createLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const [sort, time] = await Promise.all([sortFromRequest(queryClient, request), timeFromRequest(queryClient, request)]);
    await ensureFeed(queryClient, sort, time);
    return null;
  };

export function Component() {
  const sort = useSort();
  const time = useTimeFilter();
  // The title is the feed view's: it carries the count of new stories.
  return <FeedView sort={sort} time={time} />;
}
