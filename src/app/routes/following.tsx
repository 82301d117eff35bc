import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router-dom';
import { sortFromRequest, useSort } from '../../lib/use-sort';
import { useDocumentTitle } from '../../lib/use-document-title';
import { readerStore } from '../../lib/reader-state/instance';
import { ensureFollowedLists } from '../../features/list/api/followed-lists';
import { FollowingView } from '../../features/list/components/following-view';

/** What is followed is in this browser; the lists come from the index, all fetched before the page shows. */
export const createLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const store = readerStore();
    await store.ready;
    const keys = Object.keys(store.getSnapshot().follows);
    await ensureFollowedLists(queryClient, keys, await sortFromRequest(queryClient, request));
    return null;
  };

export function Component() {
  useDocumentTitle('Following');
  return <FollowingView sort={useSort()} />;
}
