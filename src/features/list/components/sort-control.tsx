import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Sort } from '../../../shared/index-schema';
import { SortExplanation } from './sort-explanation';
import { sortLabels } from './sort-labels';

type SortControlProps = {
  sort: Sort;
  sorts: readonly Sort[];
  hrefFor: (sort: Sort) => string;
  onIntent?: (sort: Sort) => void;
};

/**
 * Links, not buttons: each sort is a URL that can be shared and gone back to.
 * "How is this ranked?" opens below the row, in flow, so it never covers a card.
 */
export function SortControl({ sort, sorts, hrefFor, onIntent }: SortControlProps) {
  const [explained, setExplained] = useState(false);
  const panelId = useId();
  return (
    <div className="sort-bar">
      <div className="sort-bar__row">
        <nav className="sort" aria-label="Sort stories">
          <ul>
            {sorts.map((option) => (
              <li key={option}>
                <Link
                  className="sort__link"
                  to={hrefFor(option)}
                  aria-current={option === sort ? 'page' : undefined}
                  preventScrollReset={false}
                  onMouseEnter={() => onIntent?.(option)}
                  onFocus={() => onIntent?.(option)}
                >
                  {sortLabels[option]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <button
          type="button"
          className="sort-bar__help"
          aria-expanded={explained}
          aria-controls={panelId}
          onClick={() => setExplained(!explained)}
        >
          How is this ranked?
        </button>
      </div>
      <SortExplanation id={panelId} sorts={sorts} hidden={!explained} />
    </div>
  );
}
