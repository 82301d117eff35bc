import { useSuspenseQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { manifestQueryOptions } from '../../../lib/index-client/manifest-query';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { PageHeading } from '../../../components/ui/page-heading';
import { searchRefOf } from '../api/search-engine';
import { parseSearchParams } from '../search-params';
import { SearchForm } from './search-form';
import { SearchResultsView } from './search-results-view';
import { SearchPrompt, SearchUnavailable } from './search-states';

/** `/search`: the address is the search, so it can be shared, and Back goes to the previous one. */
export function SearchPage() {
  const [params] = useSearchParams();
  const state = parseSearchParams(params);
  const { data: manifest } = useSuspenseQuery(manifestQueryOptions());
  const searchRef = searchRefOf(manifest);
  useDocumentTitle(state.q ? `Search: ${state.q}` : 'Search');
  return (
    <section className="list-page search-page">
      <div className="list-page__header">
        <PageHeading>Search</PageHeading>
        {searchRef && <SearchForm state={state} />}
      </div>
      {!searchRef ? (
        <SearchUnavailable />
      ) : state.q ? (
        <SearchResultsView searchRef={searchRef} state={state} />
      ) : (
        <SearchPrompt />
      )}
    </section>
  );
}
