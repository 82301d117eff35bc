import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import type { Manifest } from '../shared/index-schema';
import { parseTimeFilter, type TimeFilter } from '../config/time-filter';
import { manifestQueryOptions } from './index-client/manifest-query';

/** Whether the index has time windows, and the newest article's time they count back from. */
export type TimeWindows = { offered: boolean; newest: Manifest['newest'] };

const timeWindowsOf = (manifest: Manifest): TimeWindows => ({
  offered: manifest.feedWindows !== undefined,
  newest: manifest.newest,
});

export function useTimeWindows(): TimeWindows {
  return useSuspenseQuery({ ...manifestQueryOptions(), select: timeWindowsOf }).data;
}

/** The time filter lives in the URL (`?time=`), beside the sort, so links and the back button keep it. */
export function useTimeFilter(): TimeFilter {
  const { offered } = useTimeWindows();
  const [params] = useSearchParams();
  return parseTimeFilter(params.get('time'), offered);
}

/** For loaders: the same answer as `useTimeFilter`, from the request and the manifest. */
export async function timeFromRequest(queryClient: QueryClient, request: Request): Promise<TimeFilter> {
  const manifest = await queryClient.ensureQueryData(manifestQueryOptions());
  return parseTimeFilter(new URL(request.url).searchParams.get('time'), timeWindowsOf(manifest).offered);
}
