import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { SearchRef } from '../../../shared/search';
import { searchTerms, type SearchTerms } from '../highlight';
import { NO_SEARCH, searchEngineQueryOptions } from './search-engine';

/** The query's words for marking matches, read in the index's languages once the engine is open. */
export function useSearchTerms(ref: SearchRef | null, q: string): SearchTerms {
  const engine = useQuery({ ...searchEngineQueryOptions(ref ?? NO_SEARCH), enabled: !!ref }).data;
  const languages = engine?.languages;
  return useMemo(() => searchTerms(q, languages), [q, languages]);
}
