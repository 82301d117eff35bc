import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { useTopics } from '../api/topic-names';
import { hrefParams, type SearchState } from '../search-params';
import { SEARCH_FILTERS } from '../../../shared/search';
import type { NameOf } from './filter-chips';

/** No terms yet: what search covers, and a few searches to start from (the biggest specific topics). */
export function SearchPrompt() {
  const examples = useTopics()
    .filter((topic) => !topic.generic)
    .slice(0, 5);
  return (
    <div className="search-state">
      <p>Search the title and summary of every article, from every outlet.</p>
      {examples.length > 0 && (
        <p className="search-state__examples">
          Try{' '}
          {examples.map((topic) => (
            <Link key={topic.slug} className="chip" to={paths.search.getHref({ q: topic.name })}>
              {topic.name}
            </Link>
          ))}
        </p>
      )}
    </div>
  );
}

type NoResultsProps = { state: SearchState; unfiltered: number; nameOf: NameOf; searchable: boolean };

/**
 * Nothing found: the ways out, a filter to drop first when the terms alone
 * would find something. Words too common ("the") or too short to be indexed
 * are said to be so, rather than misspelt.
 */
export function NoResults({ state, unfiltered, nameOf, searchable }: NoResultsProps) {
  const chosen = SEARCH_FILTERS.filter((filter) => state.filters[filter]);
  return (
    <div className="search-state" role="status">
      <h2 className="search-state__title">No articles match “{state.q}”</h2>
      <ul className="search-state__tips">
        {chosen.map((filter) => (
          <li key={filter}>
            <Link to={paths.search.getHref({ ...hrefParams(state), [filter]: undefined })}>
              Remove the filter {nameOf(filter, state.filters[filter]!)}
            </Link>
          </li>
        ))}
        {chosen.length > 1 && unfiltered > 0 && (
          <li>
            <Link to={paths.search.getHref({ q: state.q, sort: state.sort })}>
              Remove every filter ({unfiltered.toLocaleString('en')} {unfiltered === 1 ? 'match' : 'matches'})
            </Link>
          </li>
        )}
        {searchable ? (
          <li>Check the spelling, or try fewer or more general words.</li>
        ) : (
          <li>Its words are too common or too short to search for: add a word that says what the article is about.</li>
        )}
      </ul>
    </div>
  );
}

/** The search files are the index's too: most often the connection, or a deploy that left them out. */
export function SearchError({ onRetry }: { onRetry: () => void }) {
  return (
    <div className="search-state" role="alert">
      <h2 className="search-state__title">Search could not load</h2>
      <p>The search files could not be downloaded. Check your connection and try again.</p>
      <button type="button" className="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}

export function SearchUnavailable() {
  return (
    <div className="search-state" role="status">
      <h2 className="search-state__title">Search is not available</h2>
      <p>This edition of the news was published without a search index. You can still browse every story by topic or source.</p>
      <p>
        <Link className="button" to={paths.topics.getHref()}>
          Browse topics
        </Link>{' '}
        <Link className="button" to={paths.feed.getHref()}>
          Back to the feed
        </Link>
      </p>
    </div>
  );
}
