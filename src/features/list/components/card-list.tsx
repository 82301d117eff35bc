import { lazy, Suspense, useLayoutEffect, useRef, useState } from 'react';
import type { VirtualItem } from '@tanstack/react-virtual';
import type { CardListProps } from './virtual-card-list';
import { rowEstimate } from '../row-estimate';
import { RowContent } from './row-content';
import { ListTrailContext } from '../../../components/cards/list-trail';
import { ListEnd } from '../../../components/ui/list-end';
import { countLabel } from '../../../lib/count-label';

const LEADING_ROWS = 8;

let virtualListLoaded = false;
const VirtualCardList = lazy(() =>
  import('./virtual-card-list').then((module) => {
    virtualListLoaded = true;
    return module;
  }),
);

/**
 * The first rows render at once, in flow; the virtualiser (its own chunk,
 * kept out of the first-load JavaScript) takes over right after, seeded with
 * those rows' measured sizes so nothing on screen moves.
 */
export function CardList(props: CardListProps) {
  const { listRef, sort, head } = props;
  const rows = head.slice(0, LEADING_ROWS);
  const count = listRef.all ? head.length : Math.max(listRef.entries, head.length);
  const rowEls = useRef<(HTMLLIElement | null)[]>([]);
  // Once the chunk is here (every list after the first) there is no in-flow
  // phase: a resolved lazy component renders without suspending.
  const [leading, setLeading] = useState<VirtualItem[] | null>(() => (virtualListLoaded ? [] : null));

  useLayoutEffect(() => {
    if (leading) return;
    let start = 0;
    const measured = rows.map((_card, index) => {
      const size = rowEls.current[index]?.getBoundingClientRect().height ?? rowEstimate();
      const item = { key: index, index, start, end: start + size, size, lane: 0 };
      start += size;
      return item;
    });
    setLeading(measured);
    // Measured once per list: the virtualiser measures from then on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [listRef.key, sort]);

  const fallback = (
    <>
      <ol className="card-list card-list--leading" data-list={`${listRef.key}|${sort}`}>
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
      <VirtualCardList {...props} leading={leading} />
    </Suspense>
  );
}
