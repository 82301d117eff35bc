import type { QueryClient } from '@tanstack/react-query';
import type { Card, Sort } from '../../../shared/index-schema';
import { sortItems } from '../../../shared/sort-order';
import { collapseStories } from '../../../shared/story-lists';
import { ensureList } from '../../../lib/index-client/list-queries';

/** For the loader: every followed list's ref and first screen, fetched side by side. */
export async function ensureFollowedLists(queryClient: QueryClient, keys: string[], sort: Sort) {
  await Promise.all(keys.map((key) => ensureList(queryClient, key, sort)));
}

/**
 * The followed lists' first screens as one list: each list's head in the
 * chosen sort (its best 50 stories, or all of a small list), merged, one
 * entry per story and each article once. Deeper stories are a click away on
 * each list's own page, linked above the merged list.
 */
export function mergeHeads(heads: Card[][], sort: Sort): Card[] {
  const byId = new Map<string, Card>();
  for (const head of heads) for (const card of head) byId.set(card.id, card);
  return collapseStories(sortItems([...byId.values()], sort), (card) => card.story);
}
