import { Link } from 'react-router-dom';
import type { Sort } from '../../shared/index-schema';
import { SORTS } from '../../shared/constants';

const labels: Record<Sort, string> = { heat: 'Heat', quality: 'Quality', newest: 'Newest' };

type SortControlProps = { sort: Sort; hrefFor: (sort: Sort) => string; onIntent?: (sort: Sort) => void };

/** Links, not buttons: each sort is a URL that can be shared and gone back to. */
export function SortControl({ sort, hrefFor, onIntent }: SortControlProps) {
  return (
    <nav className="sort" aria-label="Sort stories">
      <ul>
        {SORTS.map((option) => (
          <li key={option}>
            <Link
              className="sort__link"
              to={hrefFor(option)}
              aria-current={option === sort ? 'page' : undefined}
              preventScrollReset={false}
              onMouseEnter={() => onIntent?.(option)}
              onFocus={() => onIntent?.(option)}
            >
              {labels[option]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
