import { lazy, startTransition, Suspense, useEffect, useRef, useState } from 'react';
import type { VirtualItem } from '@tanstack/react-virtual';
import type { CardListProps } from './virtual-card-list';
import { LEADING_ROWS, rowEstimate } from '../row-estimate';
import { RowContent } from './row-content';
import { ListTrailContext } from '../../../components/cards/list-trail';
import { ListEnd } from '../../../components/ui/list-end';
import { countLabel } from '../../../lib/count-label';

let virtualListLoaded = false;
let virtualList: Promise<typeof import('./virtual-card-list')> | undefined;
const loadVirtualList = () =>
  (virtualList ??= import('./virtual-card-list').then((module) => {
    virtualListLoaded = true;
    return module;
  }));
const VirtualCardList = lazy(loadVirtualList);

/**
 * The first rows render at once, in flow; the virtualiser (its own chunk,
 * kept out of the first-load JavaScript) takes over once its chunk is here,
 * seeded with those rows' measured sizes so nothing on screen moves.
 */
export function CardList(props: CardListProps) {
  const { listRef, sort, head } = props;
  const rows = head.slice(0, LEADING_ROWS);
  const count = listRef.all ? head.length : Math.max(listRef.entries, head.length);
  const rowEls = useRef<(HTMLLIElement | null)[]>([]);
  const listEl = useRef<HTMLOListElement>(null);
  // Once the chunk is here (every list after the first) there is no in-flow
  // phase: a resolved lazy component renders without suspending.
  const [leading, setLeading] = useState<{ rows: VirtualItem[]; top?: number } | null>(() => (virtualListLoaded ? { rows: [] } : null));

  useEffect(() => {
    if (leading) return;
    let live = true;
    const measure = () => {
      let start = 0;
      const measured = rows.map((_card, index) => {
        const size = rowEls.current[index]?.getBoundingClientRect().height ?? rowEstimate();
        const item = { key: index, index, start, end: start + size, size, lane: 0 };
        start += size;
        return item;
      });
      // Where the list starts on the page: the virtualiser's first pass places its rows there, with no second pass to move them.
      const top = listEl.current ? listEl.current.getBoundingClientRect().top + window.scrollY : undefined;
      return { rows: measured, top };
    };
    // The switch waits for the chunk, so the virtualiser never suspends: a
    // suspended switch would draw these rows a second time as its fallback.
    // By then the rows have usually been laid out and painted, so measuring them
    // forces no layout inside the first screen's work, and the switch renders
    // as a transition, in slices a phone can interleave with input. A chunk
    // that fails to load still switches, to the list's error and its Retry.
    const settle = () => {
      if (live) startTransition(() => setLeading(measure()));
    };
    loadVirtualList().then(settle, settle);
    return () => {
      live = false;
    };
    // Measured once per list: the virtualiser measures from then on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [listRef.key, sort]);

  const fallback = (
    <>
      <ol ref={listEl} className="card-list card-list--leading" data-list={`${listRef.key}|${sort}`}>
        {rows.map((card, index) => (
          <li
            key={card.id}
            ref={(el) => {
              rowEls.current[index] = el;
            }}
            aria-setsize={count}
            aria-posinset={index + 1}
            className="card-list__row"
          >
            <ListTrailContext.Provider value={{ list: listRef.key, sort, index }}>
              <RowContent card={card} previous={index > 0 ? rows[index - 1] : null} sort={sort} deep={false} />
            </ListTrailContext.Provider>
          </li>
        ))}
        {count > rows.length && (
          <li aria-hidden="true" className="card-list__spacer" style={{ height: (count - rows.length) * rowEstimate() }} />
        )}
      </ol>
      <ListEnd count={countLabel(count)} />
    </>
  );
  if (!leading) return fallback;
  return (
    <Suspense fallback={fallback}>
      <VirtualCardList {...props} leading={leading.rows} leadingTop={leading.top} />
    </Suspense>
  );
}
