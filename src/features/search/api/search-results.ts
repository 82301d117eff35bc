import { queryOptions } from '@tanstack/react-query';
import { indexKeys } from '../../../lib/index-client/query-keys';
import type { SearchState } from '../search-params';
import type { SearchRef } from '../../../shared/search';
import type { FilterCounts, SearchAnswer } from '../engine/engine';
import { searchEngineQueryOptions } from './search-engine';

export type SearchResults = SearchAnswer;
export type SearchCounts = { counts: FilterCounts; sourceNames: Record<string, string> };

const keyOf = ({ q, filters, sort }: SearchState) => ({ q, ...filters, sort });

/** The matches of a search, best first in its sort, after its filters: numbers only, the cards load as they are shown. */
export const searchResultsQueryOptions = (ref: SearchRef, state: SearchState) =>
  queryOptions({
    queryKey: indexKeys.searchResults(ref.path, keyOf(state)),
    queryFn: async ({ client }): Promise<SearchResults> => {
      const engine = await client.ensureQueryData(searchEngineQueryOptions(ref));
      return engine.search(state.q, state);
    },
    enabled: state.q !== '',
  });

/**
 * How many results carry each filter value: asked for after the results,
 * since a search of several common words reads the filter blocks of every
 * match (a one-word search reads its term's counts, a few kB).
 */
export const searchCountsQueryOptions = (ref: SearchRef, state: SearchState) =>
  queryOptions({
    queryKey: indexKeys.searchCounts(ref.path, keyOf({ ...state, sort: 'relevance' })),
    queryFn: async ({ client }): Promise<SearchCounts> => {
      const engine = await client.ensureQueryData(searchEngineQueryOptions(ref));
      const counts = await engine.counts(state.q, state.filters);
      const domains = [...Object.keys(counts.source), ...(state.filters.source ? [state.filters.source] : [])];
      return { counts, sourceNames: await engine.sourceNames(domains) };
    },
    enabled: state.q !== '',
  });
