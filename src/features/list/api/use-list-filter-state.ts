import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Card } from '../../../shared/index-schema';
import { HIDE_READ } from '../../../config/paths';
import { useReaderState } from '../../../lib/reader-state/hooks';
import { hiddenReason, type HiddenReason, type ListFilter } from '../list-filter';


/**
 * One list view's filter: "Hide read" from the URL (`?read=hide`, so a
 * reload or a shared link keeps it), "Show" for muted cards
 * as view state, and the count of what is hidden: exact over the first
 * screen (`head`), and over deeper rows as they load.
 */
export type ListFilterState = ReturnType<typeof useListFilterState>;

export function useListFilterState(head: Card[], newSince?: string) {
  const [params, setParams] = useSearchParams();
  const hideRead = params.get(HIDE_READ.param) === HIDE_READ.value;
  const [revealMuted, setRevealMuted] = useState(false);
  const [deep, setDeep] = useState<ReadonlyMap<string, HiddenReason>>(() => new Map());

  const seen = useCallback((id: string, reason: HiddenReason | undefined) => {
    setDeep((previous) => {
      if (previous.get(id) === reason) return previous;
      const next = new Map(previous);
      if (reason) next.set(id, reason);
      else next.delete(id);
      return next;
    });
  }, []);

  // A string, so the selector's answer compares equal while nothing changed.
  const headCounts = useReaderState((state) => {
    if (!state.ready) return '0,0';
    let muted = 0;
    let read = 0;
    for (const card of head) {
      const reason = hiddenReason(state, card, hideRead);
      if (reason === 'muted') muted++;
      else if (reason === 'read') read++;
    }
    return `${muted},${read}`;
  });
  const [headMuted = 0, headRead = 0] = headCounts.split(',').map(Number);
  let deepMuted = 0;
  let deepRead = 0;
  for (const reason of deep.values()) {
    if (reason === 'muted') deepMuted++;
    else deepRead++;
  }

  const setHideRead = (on: boolean) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (on) next.set(HIDE_READ.param, HIDE_READ.value);
        else next.delete(HIDE_READ.param);
        return next;
      },
      { preventScrollReset: true },
    );

  const filter: ListFilter = useMemo(() => ({ hideRead, revealMuted, seen, newSince }), [hideRead, revealMuted, seen, newSince]);
  return {
    filter,
    muted: headMuted + deepMuted,
    read: headRead + deepRead,
    hideRead,
    setHideRead,
    revealMuted,
    setRevealMuted,
  };
}
