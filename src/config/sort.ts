import type { Sort } from '../shared/index-schema';
import { SORTS } from '../shared/constants';

export const DEFAULT_SORT: Sort = 'heat';

/** Anything but a known sort in `?sort=` falls back to heat, the default order. */
export function parseSort(value: string | null): Sort {
  return SORTS.find((sort) => sort === value) ?? DEFAULT_SORT;
}
