import { useEffect, useRef, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ArticleCard } from '../../../components/cards/article-card';
import { CardSkeleton } from '../../../components/cards/card-skeleton';
import { ListLoadError } from '../../../components/errors/list-load-error';
import { countLabel } from '../../../lib/count-label';
import { searchCountsQueryOptions, searchResultsQueryOptions } from '../api/search-results';
import { useSearchCards } from '../api/search-records';
import { useTopics } from '../api/topic-names';
import { highlight } from '../highlight';
import { useSearchTerms } from '../api/use-search-terms';
import { hrefParams, type SearchState } from '../search-params';
import type { SearchRef } from '../../../shared/search';
import type { FilterCounts } from '../engine/engine';
import { FilterChips, type NameOf } from './filter-chips';
import { SearchSortControl } from './search-sort';
import { NoResults, SearchError } from './search-states';

const PAGE = 20;
/** Until the counts are in, only a chosen filter shows (its chip takes it off). */
const NO_COUNTS: FilterCounts = { topic: {}, source: {}, type: {} };
const SKELETON_ROWS = [0, 1, 2, 3];
const typeNames: Record<string, string> = { article: 'Articles', video: 'Videos', download: 'Downloads', collection: 'Collections' };

type Props = { searchRef: SearchRef; state: SearchState };

/** Results 20 at a time, as the feed's cards with the matching words marked; records load only when shown. */
export function SearchResultsView({ searchRef, state }: Props) {
  const results = useQuery({ ...searchResultsQueryOptions(searchRef, state), placeholderData: keepPreviousData });
  // Counted once the results are in: the chips come a moment after them, never in their way.
  const counts = useQuery({
    ...searchCountsQueryOptions(searchRef, state),
    enabled: state.q !== '' && !!results.data && !results.isPlaceholderData,
    placeholderData: keepPreviousData,
  });
  const search = JSON.stringify(hrefParams(state));
  const [paging, setPaging] = useState({ search, count: PAGE });
  const count = paging.search === search ? paging.count : PAGE;
  const hits = results.data?.hits ?? [];
  const { cards, more, error, retry } = useSearchCards(searchRef, hits, count);
  // After "Show more", focus goes to the first card it added, not to the page's top.
  const list = useRef<HTMLOListElement>(null);
  const firstNew = useRef<number | null>(null);
  useEffect(() => {
    const at = firstNew.current;
    const link = at === null ? null : list.current?.children[at]?.querySelector<HTMLAnchorElement>('h2 a');
    if (!link) return;
    firstNew.current = null;
    link.focus();
  });
  const terms = useSearchTerms(searchRef, state.q);
  const topics = useTopics();

  const nameOf: NameOf = (filter, value) => {
    if (filter === 'topic') return topics.find((topic) => topic.slug === value)?.name ?? value;
    if (filter === 'type') return typeNames[value] ?? value;
    return counts.data?.sourceNames[value] ?? cards.find((card) => card?.provider.domain === value)?.provider.name ?? value;
  };

  if (results.isError && !results.data) return <SearchError onRetry={() => void results.refetch()} />;
  if (!results.data) {
    return (
      <div className="card-list card-list--static" role="status" aria-busy="true" aria-label="Searching">
        <div className="skeleton skeleton--count" />
        {SKELETON_ROWS.map((row) => (
          <CardSkeleton key={row} />
        ))}
      </div>
    );
  }
  const { unfiltered } = results.data;
  return (
    <div className={results.isPlaceholderData ? 'search-results search-results--stale' : 'search-results'} aria-busy={results.isPlaceholderData}>
      <p className="list-page__count" role="status">
        {results.isPlaceholderData ? (
          // The results shown are the last search's: their count would be wrong for this one.
          <>Searching for “{state.q}”…</>
        ) : (
          <>
            {countLabel(hits.length, 'article', 'articles')} {hits.length === 1 ? 'matches' : 'match'} “{state.q}”
          </>
        )}
      </p>
      <div className="search-controls">
        <FilterChips state={state} counts={counts.data?.counts ?? NO_COUNTS} stale={counts.isPlaceholderData} total={hits.length} nameOf={nameOf} />
        <SearchSortControl state={state} />
      </div>
      {hits.length === 0 ? (
        <NoResults state={state} unfiltered={unfiltered} nameOf={nameOf} searchable={terms.words.length > 0} />
      ) : (
        <ol ref={list} className="card-list card-list--static" aria-label="Search results">
          {cards.map((card, index) => (
            <li key={card?.id ?? `pending-${index}`}>
              {card ? <ArticleCard card={card} highlight={(text) => highlight(text, terms)} /> : <CardSkeleton />}
            </li>
          ))}
        </ol>
      )}
      {error && <ListLoadError error={error} onRetry={retry} />}
      {more && cards.length >= count && (
        <p className="search-more">
          <button
            type="button"
            className="button"
            onClick={() => {
              firstNew.current = count;
              setPaging({ search, count: count + PAGE });
            }}
          >
            Show more results
          </button>
        </p>
      )}
    </div>
  );
}
