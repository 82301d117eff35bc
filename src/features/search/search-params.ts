import { ARTICLE_TYPES } from '../../shared/constants';
import { SEARCH_FILTERS, SEARCH_SORTS, type SearchFilter, type SearchSort } from '../../shared/search';

export type SearchFilters = Partial<Record<SearchFilter, string>>;
export type SearchState = { q: string; filters: SearchFilters; sort: SearchSort };

/** Longer is a paste gone wrong, not a search. */
const MAX_QUERY = 200;

/** What each filter's values look like in the index: a topic slug, a domain, an article type. */
const looksValid: Record<SearchFilter, (value: string) => boolean> = {
  topic: (value) => value.length <= 80 && /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u.test(value),
  source: (value) => value.length <= 253 && /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(value),
  type: (value) => (ARTICLE_TYPES as readonly string[]).includes(value),
};

export const cleanQuery = (q: string | null) => (q ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);

/**
 * The address is the search (`/search?q=…&topic=…&source=…&type=…&sort=…`):
 * a value that cannot be one the index has is dropped, an unknown sort is
 * Relevance, so a mangled link still searches.
 */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters: SearchFilters = {};
  for (const name of SEARCH_FILTERS) {
    const value = params.get(name)?.trim();
    if (value && looksValid[name](value)) filters[name] = value;
  }
  const sort = SEARCH_SORTS.find((option) => option === params.get('sort')) ?? 'relevance';
  return { q: cleanQuery(params.get('q')), filters, sort };
}

/** The state as paths.search.getHref takes it. */
export const hrefParams = ({ q, filters, sort }: SearchState) => ({ q, ...filters, sort });
