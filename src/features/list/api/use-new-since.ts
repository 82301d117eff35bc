import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ListRef } from '../../../shared/index-schema';
import { listHeadQueryOptions } from '../../../lib/index-client/list-queries';
import { useReaderStore } from '../../../lib/reader-state/hooks';
import { visitBaseline } from '../../../lib/reader-state/visit';

export type NewSince = {
  /** The newest article time seen on the last visit; articles after it are new. */
  baseline: string;
  /** New stories in the feed, counted over its newest first screen. */
  count: number;
  /** Every story of that screen is new: there may be more. */
  more: boolean;
};

/**
 * The feed's "new since your last visit": read the last visit's mark once,
 * then move the mark to this index's newest article for the next visit.
 * Counted over the Newest head (one small shard), so the count costs the
 * same at any index size; past a full screen it reads "50+".
 */
export function useNewSince(feed: ListRef, newest: string | undefined): NewSince | null {
  const store = useReaderStore();
  const [baseline, setBaseline] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void visitBaseline(store).then((seen) => {
      if (live) setBaseline(seen);
      if (newest) store.recordVisit(newest);
    });
    return () => {
      live = false;
    };
  }, [store, newest]);
  const head = useQuery({ ...listHeadQueryOptions(feed, 'newest'), enabled: baseline !== null });
  if (!baseline || !head.data || !newest || newest <= baseline) return null;
  const count = head.data.filter((card) => card.published > baseline).length;
  return count === 0 ? null : { baseline, count, more: count === head.data.length && !feed.all };
}
