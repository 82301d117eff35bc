import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { hrefParams, type SearchState } from '../search-params';
import { SEARCH_SORTS, type SearchSort } from '../../../shared/search';

const labels: Record<SearchSort, string> = { relevance: 'Relevance', hot: 'Hot', newest: 'Newest' };

/** The feed's sort control, for results: links, so each order has an address. */
export function SearchSortControl({ state }: { state: SearchState }) {
  return (
    <nav className="sort" aria-label="Sort results">
      <ul>
        {SEARCH_SORTS.map((sort) => (
          <li key={sort}>
            <Link
              className="sort__link"
              to={paths.search.getHref({ ...hrefParams(state), sort })}
              aria-current={sort === state.sort ? 'page' : undefined}
            >
              {labels[sort]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
