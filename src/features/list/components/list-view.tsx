import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import type { ListRef, Sort } from '../../../shared/index-schema';
import { listHeadQueryOptions } from '../../../lib/index-client/list-queries';
import { useSorts } from '../../../lib/use-sort';
import { ListFilterContext } from '../list-filter';
import { useListFilterState } from '../api/use-list-filter-state';
import { CardList } from './card-list';
import { HiddenLine } from './hidden-line';
import { ListTools } from './list-tools';
import { SortControl } from './sort-control';

type ListViewProps = { listRef: ListRef; sort: Sort; hrefFor: (sort: Sort) => string };

/** The sortable, virtualised story list shared by the feed, topic and source pages. */
export function ListView({ listRef, sort, hrefFor }: ListViewProps) {
  const { data: head } = useSuspenseQuery(listHeadQueryOptions(listRef, sort));
  const sorts = useSorts();
  const queryClient = useQueryClient();
  // Hovering a sort starts loading its first screen.
  const prefetch = (next: Sort) => void queryClient.prefetchQuery(listHeadQueryOptions(listRef, next));
  const hidden = useListFilterState(head);
  const partial = !listRef.all && listRef.entries > head.length;
  return (
    <>
      <SortControl sort={sort} sorts={sorts} hrefFor={hrefFor} onIntent={prefetch} />
      <ListTools
        listRef={listRef}
        readKey={listRef.key}
        hideRead={hidden.hideRead}
        onHideRead={hidden.setHideRead}
      />
      <HiddenLine
        muted={hidden.muted}
        read={hidden.read}
        partial={partial}
        revealMuted={hidden.revealMuted}
        onToggleMuted={() => hidden.setRevealMuted(!hidden.revealMuted)}
        onShowRead={() => hidden.setHideRead(false)}
      />
      {head.length === 0 ? (
        <p className="empty">No stories yet.</p>
      ) : (
        <ListFilterContext.Provider value={hidden.filter}>
          <CardList key={`${listRef.key}|${sort}`} listRef={listRef} sort={sort} head={head} />
        </ListFilterContext.Provider>
      )}
    </>
  );
}
