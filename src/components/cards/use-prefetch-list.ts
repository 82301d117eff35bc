import { useQueryClient } from '@tanstack/react-query';
import { defaultSort, offeredSorts } from '../../config/sort';
import { ensureList } from '../../lib/index-client/list-queries';
import { manifestQueryOptions } from '../../lib/index-client/manifest-query';

/** Starts loading a list's first screen (in its default sort) on hover or focus, so the click feels instant. */
export function usePrefetchList(key: string) {
  const queryClient = useQueryClient();
  return () =>
    void queryClient
      .ensureQueryData(manifestQueryOptions())
      .then((manifest) => ensureList(queryClient, key, defaultSort(offeredSorts(manifest.sorts))))
      .catch(() => undefined);
}
