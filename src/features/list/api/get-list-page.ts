import type { QueryClient } from '@tanstack/react-query';
import type { Sort } from '../../../shared/index-schema';
import type { TimeFilter } from '../../../config/time-filter';
import { notFound } from '../../../lib/index-client/errors';
import { ensureList } from '../../../lib/index-client/list-queries';
import type { ListPageConfig } from '../list-pages';

/**
 * Loader step: the topic's or source's list (directory bucket + head, in the
 * time window asked for), or a 404 for one the index does not have.
 */
export async function ensureListPage(queryClient: QueryClient, page: ListPageConfig, param: string, sort: Sort, time: TimeFilter) {
  const ref = await ensureList(queryClient, page.listKey(param), sort, time);
  if (!ref) throw notFound();
  return ref;
}
