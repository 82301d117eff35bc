import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import type { ListRef, Sort } from '../../../shared/index-schema';
import { listHeadQueryOptions } from '../../../lib/index-client/list-queries';
import { useSorts } from '../../../lib/use-sort';
import { CardList } from './card-list';
import { SortControl } from './sort-control';

type ListViewProps = { listRef: ListRef; sort: Sort; hrefFor: (sort: Sort) => string };

/** The sortable, virtualised story list shared by the feed, topic and source pages. */
export function ListView({ listRef, sort, hrefFor }: ListViewProps) {
  const { data: head } = useSuspenseQuery(listHeadQueryOptions(listRef, sort));
  const sorts = useSorts();
  const queryClient = useQueryClient();
  // Hovering a sort starts loading its first screen.
  const prefetch = (next: Sort) => void queryClient.prefetchQuery(listHeadQueryOptions(listRef, next));
  return (
    <>
      <SortControl sort={sort} sorts={sorts} hrefFor={hrefFor} onIntent={prefetch} />
      {head.length === 0 ? (
        <p className="empty">No stories yet.</p>
      ) : (
        <CardList key={`${listRef.key}|${sort}`} listRef={listRef} sort={sort} head={head} />
      )}
    </>
  );
}
