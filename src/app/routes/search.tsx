import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router-dom';
import { manifestQueryOptions } from '../../lib/index-client/manifest-query';
import { SearchPage } from '../../features/search/components/search-page';
import { searchRefOf } from '../../features/search/api/search-engine';
import { searchResultsQueryOptions } from '../../features/search/api/search-results';
import { parseSearchParams } from '../../features/search/search-params';

/**
 * Only the manifest before the page shows (it says whether this index has
 * search); the search itself starts here too, while the page renders, and
 * the page shows it when it is in.
 */
export const createLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const manifest = await queryClient.ensureQueryData(manifestQueryOptions());
    const ref = searchRefOf(manifest);
    const state = parseSearchParams(new URL(request.url).searchParams);
    if (ref && state.q) void queryClient.prefetchQuery(searchResultsQueryOptions(ref, state));
    return null;
  };

export function Component() {
  return <SearchPage />;
}
