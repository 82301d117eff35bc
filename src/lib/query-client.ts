import { QueryClient } from '@tanstack/react-query';
import { isShardError } from './errors';

/**
 * The index is prebuilt and content-hashed: nothing goes stale while a page is
 * open, so data is fetched once. Only network blips are worth an automatic
 * retry; a 404 or a damaged file goes straight to the error view.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: 30 * 60 * 1000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => isShardError(error) && error.kind === 'network' && failures < 2,
      },
    },
  });
}
