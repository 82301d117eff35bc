import type { QueryClient } from '@tanstack/react-query';
import type { ListRef, Sort } from '../shared/index-schema';
import { listHeadQueryOptions, listRefQueryOptions } from './list-queries';

/** For loaders: the list's ref and its first screen in `sort`; `null` for an unknown key. */
export async function ensureList(queryClient: QueryClient, key: string, sort: Sort): Promise<ListRef | null> {
  const ref = await queryClient.ensureQueryData(listRefQueryOptions(key));
  if (ref) await queryClient.ensureQueryData(listHeadQueryOptions(ref, sort));
  return ref;
}

/** A loader throws this for an unknown slug, topic or source; the route boundary shows "Not found". */
export function notFound(): Response {
  return new Response('Not found', { status: 404, statusText: 'Not Found' });
}
