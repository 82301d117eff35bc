import type { QueryClient } from '@tanstack/react-query';
import type { Sort } from '../../../shared/index-schema';
import { listKey } from '../../../shared/constants';
import { notFound } from '../../../lib/index-client/errors';
import { ensureList } from '../../../lib/index-client/list-queries';

/** Loader step: the topic's list (directory bucket + head), or a 404 for an unknown slug. */
export async function ensureTopicList(queryClient: QueryClient, slug: string, sort: Sort) {
  const ref = await ensureList(queryClient, listKey.topic(slug), sort);
  if (!ref) throw notFound();
  return ref;
}
