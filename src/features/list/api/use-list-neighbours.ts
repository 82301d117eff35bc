import { useEffect, useState } from 'react';
import type { Card, ListRef, Sort } from '../../../shared/index-schema';
import { mutedBy } from '../../../lib/reader-state/rules';
import { useReaderState } from '../../../lib/reader-state/hooks';
import { useDeepCards } from './use-deep-cards';

export type Neighbour = { card: Card; index: number };

/** How far past muted cards a neighbour is looked for, in list positions. */
const MAX_REACH = 64;

/**
 * The cards around position `index` of a list, as the list shows them:
 * `here` (the card at `index`), and the nearest card before and after it
 * that no mute hides, which is what the list put beside it. Only the rows
 * looked at load (the head, or their ranks page and card chunks); the look
 * widens past muted cards. A neighbour is `undefined` while it loads and
 * `null` when there is none.
 */
export function useListNeighbours(listRef: ListRef, sort: Sort, head: Card[], index: number) {
  const count = listRef.all ? head.length : Math.max(listRef.entries, head.length);
  const [reach, setReach] = useState(1);
  const mutes = useReaderState((state) => state.mutes);
  const { getCard } = useDeepCards(listRef, sort, head, Math.max(0, index - reach), Math.min(count, index + reach + 1));

  const look = (direction: 1 | -1): Neighbour | null | undefined | 'further' => {
    for (let step = 1; step <= reach; step++) {
      const at = index + direction * step;
      if (at < 0 || at >= count) return null;
      const card = getCard(at);
      if (!card) return undefined;
      if (!mutedBy({ mutes }, card)) return { card, index: at };
    }
    return reach < MAX_REACH ? 'further' : null;
  };
  const previous = look(-1);
  const next = look(1);
  const further = previous === 'further' || next === 'further';
  useEffect(() => {
    if (further) setReach((current) => Math.min(current * 4, MAX_REACH));
  }, [further, reach]);

  return {
    here: index < count ? getCard(index) : undefined,
    previous: previous === 'further' ? undefined : previous,
    next: next === 'further' ? undefined : next,
  };
}
