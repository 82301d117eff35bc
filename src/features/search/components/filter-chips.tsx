import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { hrefParams, type SearchState } from '../search-params';
import { SEARCH_FILTERS, type SearchFilter } from '../../../shared/search';
import type { FilterCounts } from '../engine/engine';

export type NameOf = (filter: SearchFilter, value: string) => string;

const groupLabels: Record<SearchFilter, string> = { topic: 'Topic', source: 'Source', type: 'Type' };
const FIRST_CHIPS = 8;

type GroupProps = { filter: SearchFilter; state: SearchState; counts: Record<string, number>; approximate: boolean; total: number; nameOf: NameOf };

/**
 * A filter's values among the results, most results first, with how many
 * each keeps; a value every result has narrows nothing and is left out.
 * Once chosen, the value stands alone, and its chip takes it off again.
 */
function FilterGroup({ filter, state, counts, approximate, total, nameOf }: GroupProps) {
  const [all, setAll] = useState(false);
  const chosen = state.filters[filter];
  // The chip clicked is gone once the address changes: focus goes to what replaced it, not to the page's top.
  const group = useRef<HTMLUListElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    group.current?.querySelector('a')?.focus();
  }, [chosen]);
  const onChoose = () => {
    refocus.current = true;
  };
  const href = (value: string | undefined) => paths.search.getHref({ ...hrefParams(state), [filter]: value });
  const values = Object.entries(counts)
    .filter(([, count]) => count > 0 && count < total)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  if (!chosen && values.length === 0) return null;
  const shown = all ? values : values.slice(0, FIRST_CHIPS);
  return (
    <div className="search-filters__group">
      <span className="search-filters__label" id={`filter-${filter}`}>
        {groupLabels[filter]}
      </span>
      <ul ref={group} className="chips" aria-labelledby={`filter-${filter}`}>
        {chosen ? (
          <li>
            <Link className="chip chip--chosen" to={href(undefined)} onClick={onChoose} aria-label={`${nameOf(filter, chosen)}: remove this filter`}>
              {nameOf(filter, chosen)} <span aria-hidden="true">×</span>
            </Link>
          </li>
        ) : (
          shown.map(([value, count]) => (
            <li key={value}>
              <Link className="chip" to={href(value)} onClick={onChoose}>
                {nameOf(filter, value)}{' '}
                <span className="chip__count">
                  {approximate && (
                    <>
                      <span aria-hidden="true">≈</span>
                      <span className="visually-hidden">about</span>{' '}
                    </>
                  )}
                  {count.toLocaleString('en')}
                </span>
              </Link>
            </li>
          ))
        )}
        {!chosen && values.length > shown.length && (
          <li>
            <button type="button" className="chip chip--more" onClick={() => setAll(true)}>
              {values.length - shown.length} more
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}

type FilterChipsProps = Omit<GroupProps, 'filter' | 'counts' | 'approximate'> & {
  counts: FilterCounts;
  /** The counts are an earlier search's, shown dimmed until this one's are in. */
  stale: boolean;
};

/** Counts scaled up from a sample (several common words: engine.ts) read "≈ 1,200", said as "about 1,200". */
export function FilterChips({ counts, stale, ...props }: FilterChipsProps) {
  return (
    <div className={stale ? 'search-filters search-filters--stale' : 'search-filters'} aria-busy={stale}>
      {SEARCH_FILTERS.map((filter) => (
        <FilterGroup key={filter} filter={filter} counts={counts[filter]} approximate={!!counts.approximate} {...props} />
      ))}
    </div>
  );
}
