import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import type { Sort } from '../shared/index-schema';
import { offeredSorts, parseSort } from '../config/sort';
import { manifestQueryOptions } from './index-client/manifest-query';

/** The sorts this index offers, in the order the sort control shows them. */
export function useSorts(): Sort[] {
  return useSuspenseQuery({ ...manifestQueryOptions(), select: (manifest) => offeredSorts(manifest.sorts) }).data;
}

/** The sort lives in the URL (`?sort=`), so links and the back button keep it. */
export function useSort(): Sort {
  const sorts = useSorts();
  const [params] = useSearchParams();
  return parseSort(params.get('sort'), sorts);
}

/** For loaders: the same answer as `useSort`, from the request and the manifest. */
export async function sortFromRequest(queryClient: QueryClient, request: Request): Promise<Sort> {
  const manifest = await queryClient.ensureQueryData(manifestQueryOptions());
  return parseSort(new URL(request.url).searchParams.get('sort'), offeredSorts(manifest.sorts));
}
