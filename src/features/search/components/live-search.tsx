import { useEffect, useMemo, useState, type RefObject } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import type { Card } from '../../../shared/index-schema';
import { paths } from '../../../config/paths';
import { countLabel } from '../../../lib/count-label';
import { manifestQueryOptions } from '../../../lib/index-client/manifest-query';
import { NO_SEARCH, searchEngineQueryOptions, searchRefOf } from '../api/search-engine';
import { searchResultsQueryOptions } from '../api/search-results';
import { useSearchCards } from '../api/search-records';
import { useSearchTerms } from '../api/use-search-terms';
import { cleanQuery } from '../search-params';
import { useLatestWhenIdle } from '../use-latest-when-idle';
import { LiveRow } from './live-row';
import type { LiveKeys } from './search-box';

const SHOWN = 6;

type LiveSearchProps = {
  id: string;
  term: string;
  open: boolean;
  keys: RefObject<LiveKeys | null>;
  onActive: (id: string | undefined) => void;
  onDone: () => void;
};

/** The popup under the header's box: the best few matches while typing, and the way to all of them. */
export default function LiveSearch({ id, term, open, keys, onActive, onDone }: LiveSearchProps) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const manifest = useQuery(manifestQueryOptions()).data;
  const ref = manifest ? searchRefOf(manifest) : null;
  const search = ref ?? NO_SEARCH;
  const [busy, setBusy] = useState(false);
  const q = useLatestWhenIdle(cleanQuery(term), busy);
  const [active, setActive] = useState(-1);
  const terms = useSearchTerms(ref, q);

  // The engine opens on the first focus, before the first key.
  useEffect(() => {
    if (ref) void queryClient.prefetchQuery(searchEngineQueryOptions(ref));
  }, [queryClient, ref]);

  const state = useMemo(() => ({ q, filters: {}, sort: 'relevance' as const }), [q]);
  const results = useQuery({
    ...searchResultsQueryOptions(search, state),
    enabled: !!ref && q !== '',
    placeholderData: keepPreviousData,
  });
  const hits = results.data?.hits ?? [];
  // Six stories: a story met many times is one row, and the next stories fill the rest.
  const { cards, pending } = useSearchCards(search, hits, SHOWN);
  // The next text is searched once this one's matches and their cards are in.
  const searching = results.isFetching || pending;
  useEffect(() => setBusy(searching), [searching]);
  const rows = cards.slice(0, SHOWN).filter((card): card is Card => !!card);
  const visible = open && term.trim() !== '';
  // Until the text in the box has been searched and its cards are in, the rows are an earlier text's.
  const settling = q !== cleanQuery(term) || searching;
  const optionId = (index: number) => `${id}-option-${index}`;
  const activeId = visible && active >= 0 ? optionId(active) : undefined;

  useEffect(() => setActive(-1), [q]);
  useEffect(() => onActive(activeId), [onActive, activeId]);

  const go = (card: Card) => {
    void navigate(paths.article.getHref(card.slug));
    onDone();
  };
  const onKey: LiveKeys = (event) => {
    if (!visible || rows.length === 0) return false;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // From the last row on to none (the box itself), and round again.
      setActive((current) => {
        const next = current + step;
        return next < -1 ? rows.length - 1 : next >= rows.length ? -1 : next;
      });
      return true;
    }
    const card = rows[active];
    if (event.key === 'Enter' && card) {
      go(card);
      return true;
    }
    return false;
  };
  useEffect(() => {
    keys.current = onKey;
  });

  if (!visible) return null;
  const status = !ref
    ? 'Search is not available for this edition of the news.'
    : results.isError
      ? 'Search could not load. Press Enter to try on the search page.'
      : rows.length === 0 && (results.isPending || settling)
        ? 'Searching…'
        : hits.length === 0
          ? `No articles match “${q}”.`
          : null;
  return (
    <div className="live-search__panel" aria-busy={settling}>
      {rows.length > 0 && (
        <ul role="listbox" aria-label="Top matches" className="live-search__list">
          {rows.map((card, index) => (
            <LiveRow
              key={card.id}
              id={optionId(index)}
              card={card}
              terms={terms}
              selected={index === active}
              onPick={() => go(card)}
              onHover={() => setActive(index)}
            />
          ))}
        </ul>
      )}
      {status && (
        <p className="live-search__status" role="status">
          {status}
        </p>
      )}
      {ref && hits.length > 0 && (
        <Link className="live-search__all" to={paths.search.getHref({ q: term })} onClick={onDone}>
          See all {countLabel(hits.length, 'result', 'results')}
        </Link>
      )}
    </div>
  );
}
