import type { QueryClient } from '@tanstack/react-query';
import type { Sort } from '../../../shared/index-schema';
import { listKey } from '../../../shared/constants';
import { ensureList } from '../../../lib/index-client/list-queries';

/** The feed's ListRef is in the manifest itself: one shard (the head) to show it. */
export function ensureFeed(queryClient: QueryClient, sort: Sort) {
  return ensureList(queryClient, listKey.feed(), sort);
}
