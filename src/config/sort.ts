import type { Sort } from '../shared/index-schema';
import { SORTS } from '../shared/constants';
import { SITE } from './app';

/** The site's choice (`defaultSort`); Hot, heat decayed by age, unless it says otherwise. */
export const DEFAULT_SORT: Sort = SITE.defaultSort;

/**
 * The sorts a list offers, in the manifest's order. An index may leave one
 * out (Quality when it merely repeats Heat); names this reader does not know
 * are dropped, and an empty list still offers the default.
 */
export function offeredSorts(listed: readonly string[] | undefined): Sort[] {
  const known = [...new Set(listed)].filter((name): name is Sort => (SORTS as readonly string[]).includes(name));
  return known.length > 0 ? known : [DEFAULT_SORT];
}

export function defaultSort(offered: readonly Sort[]): Sort {
  return offered.includes(DEFAULT_SORT) ? DEFAULT_SORT : (offered[0] ?? DEFAULT_SORT);
}

/** `?sort=`: an unknown or unoffered value falls back to the default order. */
export function parseSort(value: string | null, offered: readonly Sort[] = SORTS): Sort {
  return offered.find((sort) => sort === value) ?? defaultSort(offered);
}
