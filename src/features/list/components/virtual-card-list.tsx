import { useLayoutEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { useWindowVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import type { Card, ListRef, Sort } from '../../../shared/index-schema';
import { useDeepCards } from '../api/use-deep-cards';
import { densityKey, rowEstimate } from '../row-estimate';
import { RowContent } from './row-content';
import { CardSkeleton } from '../../../components/cards/card-skeleton';
import { ListTrailContext } from '../../../components/cards/list-trail';
import { ListLoadError } from '../../../components/errors/list-load-error';
import { ListEnd } from '../../../components/ui/list-end';
import { countLabel } from '../../../lib/count-label';

/**
 * Row sizes (per list and sort) and the scroll offset (per history entry)
 * survive unmounting: back from an article, the list has the same height and
 * the virtualizer starts where <ScrollRestoration> puts the window, instead of
 * scrolling it to the top on mount.
 */
const measurements = new Map<string, VirtualItem[]>();
const offsets = new Map<string, number>();

/**
 * The virtualiser knows the rows up to a window that grows as the reader
 * nears its end: its work on every change is linear in the rows it knows,
 * and 100,000 of them made each sort switch tens of milliseconds slower.
 */
const WINDOW_STEP = 250;
const windows = new Map<string, number>();

export type CardListProps = { listRef: ListRef; sort: Sort; head: Card[] };

type LeadingRows = {
  /** The rows drawn in flow before, measured. */
  leading: VirtualItem[];
  /** Where their list started on the page, when it was measured. */
  leadingTop?: number | undefined;
};

/** Loaded after the first paint (see card-list.tsx). */
export default function VirtualCardList({ listRef, sort, head, leading, leadingTop }: CardListProps & LeadingRows) {
  const cacheKey = `${listRef.key}|${sort}`;
  const locationKey = useLocation().key;
  const count = listRef.all ? head.length : Math.max(listRef.entries, head.length);
  const listEl = useRef<HTMLOListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(leadingTop ?? 0);
  useLayoutEffect(() => {
    const measure = () => setScrollMargin((listEl.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, []);

  // Row sizes are kept per density too: after a switch in another tab, Back must not bring the other density's sizes.
  const sizesKey = `${cacheKey}|${densityKey()}`;
  const [estimate] = useState(() => rowEstimate(measurements.get(sizesKey) ?? leading));
  const [known, setKnown] = useState(() => Math.min(count, Math.max(windows.get(cacheKey) ?? 0, WINDOW_STEP)));
  const virtualizer = useWindowVirtualizer({
    count: known,
    estimateSize: () => estimate,
    overscan: 4,
    scrollMargin,
    // The window may have scrolled while this chunk loaded: start from where it is, not from the top.
    initialOffset: offsets.get(locationKey) ?? window.scrollY,
    initialMeasurementsCache: measurements.get(sizesKey) ?? leading,
  });
  // A layout-effect cleanup runs before the next page's layout effects, so
  // the offset is read before scroll restoration moves the window.
  useLayoutEffect(
    () => () => {
      measurements.set(sizesKey, virtualizer.takeSnapshot());
      offsets.set(locationKey, virtualizer.scrollOffset ?? 0);
      windows.set(cacheKey, known);
    },
    [cacheKey, sizesKey, locationKey, virtualizer, known],
  );

  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = (items[items.length - 1]?.index ?? -1) + 1;
  // One row more above: a row's day heading depends on the card before it.
  const { getCard, error, retry } = useDeepCards(listRef, sort, head, Math.max(0, first - 1), last);
  useLayoutEffect(() => {
    if (known < count && last > known - WINDOW_STEP / 5) setKnown(Math.min(count, known + WINDOW_STEP));
  }, [known, count, last]);

  return (
    <>
      {/* Rows past the known window count at the estimate: the page is as tall at the top as at the end. */}
      <ol
        ref={listEl}
        className="card-list"
        data-list={cacheKey}
        style={{ height: virtualizer.getTotalSize() + (count - known) * estimate }}
      >
        {items.map((item) => {
          const card = getCard(item.index);
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              aria-setsize={count}
              aria-posinset={item.index + 1}
              className="card-list__row"
              style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
            >
              {card ? (
                <ListTrailContext.Provider value={{ list: listRef.key, sort, index: item.index }}>
                  <RowContent
                    card={card}
                    previous={item.index > 0 ? getCard(item.index - 1) : null}
                    sort={sort}
                    deep={item.index >= head.length}
                  />
                </ListTrailContext.Provider>
              ) : (
                <CardSkeleton />
              )}
            </li>
          );
        })}
      </ol>
      {error && <ListLoadError error={error} onRetry={retry} />}
      <ListEnd count={countLabel(count)} />
    </>
  );
}
