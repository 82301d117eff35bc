import type { QueryClient } from '@tanstack/react-query';
import { manifestQueryOptions } from '../../lib/index-client/manifest-query';
import { SearchPage } from '../../features/search/components/search-page';

/** Only the manifest before the page shows: it says whether this index has search; results load on the page. */
export const createLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(manifestQueryOptions());
  return null;
};

export function Component() {
  return <SearchPage />;
}
