import { QueryClient } from '@tanstack/react-query';
import { isShardError } from './errors';

/**
 * The index is prebuilt and content-hashed: nothing a page has read goes
 * stale, so data is fetched once. A rebuild shows up later, as a file the tab
 * asks for that is gone; the shard queries notice (shard-query.ts) and the
 * error views offer the new build. Only network blips are worth an automatic
 * retry; a missing or wrong file goes straight to the error view.
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
