import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import type { ListRef, Sort } from '../../../shared/index-schema';
import { listKey } from '../../../shared/constants';
import { windowStartMs } from '../../../shared/time-windows';
import { withHideRead } from '../../../config/paths';
import type { TimeFilter } from '../../../config/time-filter';
import { ensureList, listHeadQueryOptions } from '../../../lib/index-client/list-queries';
import { useSorts } from '../../../lib/use-sort';
import { useTimeWindows } from '../../../lib/use-time-filter';
import { ListFilterContext } from '../list-filter';
import { useListFilterState } from '../api/use-list-filter-state';
import { CardList } from './card-list';
import { HiddenLine } from './hidden-line';
import { ListTools } from './list-tools';
import { SortControl } from './sort-control';
import { EmptyWindow } from './empty-window';
import { TimeControl } from './time-control';

type ListViewProps = {
  /** The list shown: the time window's own list when one is chosen (`listKey.window`). */
  listRef: ListRef;
  sort: Sort;
  time?: TimeFilter;
  /** The address of the list in a sort and time filter: each control keeps the other's choice. */
  hrefFor: (sort: Sort, time?: TimeFilter) => string;
  /** The feed: where the reader's last visit left off (use-new-since.ts). */
  newSince?: string;
};

/** The sortable, time-filtered, virtualised story list shared by the feed, topic and source pages. */
export function ListView({ listRef, sort, time = 'all', hrefFor, newSince }: ListViewProps) {
  const { data: head } = useSuspenseQuery(listHeadQueryOptions(listRef, sort));
  const sorts = useSorts();
  const windows = useTimeWindows();
  const queryClient = useQueryClient();
  const { base } = listKey.split(listRef.key);
  // Hovering a sort or a period starts loading its first screen.
  const prefetch = (next: Sort) => void queryClient.prefetchQuery(listHeadQueryOptions(listRef, next));
  const prefetchTime = (next: TimeFilter) => void ensureList(queryClient, base, sort, next).catch(() => undefined);
  const from = time !== 'all' && windows.newest
    ? new Date(windowStartMs(Date.parse(windows.newest.published), time)).toISOString()
    : undefined;
  const hidden = useListFilterState(head, newSince);
  const viewHref = (next: Sort, nextTime: TimeFilter) => withHideRead(hrefFor(next, nextTime), hidden.hideRead);
  const partial = !listRef.all && listRef.entries > head.length;
  return (
    <>
      <SortControl sort={sort} sorts={sorts} hrefFor={(next) => viewHref(next, time)} onIntent={prefetch} />
      {windows.offered && (
        <TimeControl time={time} newest={windows.newest} hrefFor={(next) => viewHref(sort, next)} onIntent={prefetchTime} />
      )}
      <ListTools
        listRef={listRef}
        readKey={base}
        from={from}
        hideRead={hidden.hideRead}
        onHideRead={hidden.setHideRead}
      />
      <HiddenLine hidden={hidden} partial={partial} />
      {head.length === 0 && time !== 'all' ? (
        <EmptyWindow window={time} allHref={hrefFor(sort, 'all')} />
      ) : head.length === 0 ? (
        <p className="empty">No stories yet.</p>
      ) : (
        <ListFilterContext.Provider value={hidden.filter}>
          <CardList key={`${listRef.key}|${sort}`} listRef={listRef} sort={sort} head={head} />
        </ListFilterContext.Provider>
      )}
    </>
  );
}
