import type { QueryClient } from '@tanstack/react-query';
import type { Sort } from '../../../shared/index-schema';
import { listKey } from '../../../shared/constants';
import type { TimeFilter } from '../../../config/time-filter';
import { ensureList } from '../../../lib/index-client/list-queries';

/** The feed's ListRefs, its windows' too, are in the manifest itself: one shard (the head) to show it. */
export function ensureFeed(queryClient: QueryClient, sort: Sort, time: TimeFilter) {
  return ensureList(queryClient, listKey.feed(), sort, time);
}
