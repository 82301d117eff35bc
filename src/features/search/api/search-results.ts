import { queryOptions } from '@tanstack/react-query';
import { indexKeys } from '../../../lib/index-client/query-keys';
import type { SearchState } from '../search-params';
import { SEARCH_FILTERS, type SearchFilter, type SearchRef } from '../../../shared/search';
import type { PagefindHit, PagefindSearchOptions } from './pagefind';
import { searchEngineQueryOptions } from './search-engine';

export type SearchResults = {
  /** Best first, in the chosen sort; each loads its record only when shown. */
  hits: PagefindHit[];
  /** Matches of the terms alone, before the filters. */
  unfiltered: number;
  /** Per filter, how many of the results carry each value. */
  counts: Record<SearchFilter, Record<string, number>>;
};

/** The index sorts by position keys (`hot`, `newest`) whose ascending order is hottest or newest first. */
function pagefindOptions({ filters, sort }: SearchState): PagefindSearchOptions {
  const chosen = SEARCH_FILTERS.flatMap((name) => (filters[name] ? [[name, [filters[name]]]] : []));
  return { filters: Object.fromEntries(chosen) as Record<string, string[]>, ...(sort === 'relevance' ? {} : { sort: { [sort]: 'asc' } }) };
}

export const searchResultsQueryOptions = (ref: SearchRef, state: SearchState) =>
  queryOptions({
    queryKey: indexKeys.searchResults(ref.path, { q: state.q, ...state.filters, sort: state.sort }),
    queryFn: async ({ client }): Promise<SearchResults> => {
      const pagefind = await client.ensureQueryData(searchEngineQueryOptions(ref));
      // A few kB, once: without them the counts beside the filters would be missing.
      await pagefind.filters();
      const response = await pagefind.search(state.q, pagefindOptions(state));
      if (!response) throw new Error('the search was cancelled');
      const counts = Object.fromEntries(SEARCH_FILTERS.map((name) => [name, response.filters[name] ?? {}]));
      return { hits: response.results, unfiltered: response.unfilteredResultCount, counts } as SearchResults;
    },
    enabled: state.q !== '',
  });
