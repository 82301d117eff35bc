import { createContext, useContext } from 'react';
import type { Sort } from '../../shared/index-schema';
import { SORTS } from '../../shared/constants';

/**
 * Where in a list an article was opened from: the list's key (a time
 * window's list has its own key, `topic:ai/week`), its sort and the row's
 * position. List rows provide it; article links put it in the history
 * entry's state, so the article page can offer the list's previous and next
 * articles, and Back or a reload of that entry keeps them.
 */
export type ListTrail = { list: string; sort: Sort; index: number };

export const ListTrailContext = createContext<ListTrail | null>(null);

export const useListTrail = () => useContext(ListTrailContext);

/** Marks a link that carries a trail, so the `j`/`k` keys can find the list's Previous and Next among the page's links. */
export const TRAIL_ATTRIBUTE = 'data-list-trail';

/** The link to the previous or next article of the list an article was opened from. */
export const trailLinkSelector = (rel: 'prev' | 'next') => `a[rel~="${rel}"][${TRAIL_ATTRIBUTE}]`;

/** The state an article link leaves in the history entry. */
export const trailState = (trail: ListTrail) => ({ trail });

/**
 * The trail in a history entry's state, checked: the state may come from an
 * older version of the app or from another page of the site.
 */
export function trailOf(state: unknown): ListTrail | null {
  const trail = (state as { trail?: unknown } | null)?.trail as Partial<ListTrail> | undefined;
  if (!trail || typeof trail.list !== 'string' || !trail.list) return null;
  if (!SORTS.some((sort) => sort === trail.sort)) return null;
  if (typeof trail.index !== 'number' || !Number.isInteger(trail.index) || trail.index < 0) return null;
  return { list: trail.list, sort: trail.sort as Sort, index: trail.index };
}
