import { createContext, useContext } from 'react';
import type { Card } from '../../shared/index-schema';
import { isRead, mutedBy } from '../../lib/reader-state/rules';
import type { ReaderSnapshot } from '../../lib/reader-state/state';

/** Why a list leaves a card out: a muted source or topic, or read while "Hide read" is on. */
export type HiddenReason = 'muted' | 'read';

export function hiddenReason(state: ReaderSnapshot, card: Card, hideRead: boolean): HiddenReason | undefined {
  if (mutedBy(state, card)) return 'muted';
  if (hideRead && isRead(state, card)) return 'read';
  return undefined;
}

/**
 * What one list hides, handed to its rows. Rows past the head report the
 * cards they hide (`seen`), so the list can say how many it has hidden so
 * far without loading every card first.
 */
export type ListFilter = {
  hideRead: boolean;
  /** "Show" on the hidden line: muted cards are listed again, for this view only. */
  revealMuted: boolean;
  seen: (id: string, reason: HiddenReason | undefined) => void;
  /** The feed only: the newest article time of the reader's last visit, where Newest draws its "new" line. */
  newSince?: string;
};

export const ListFilterContext = createContext<ListFilter>({ hideRead: false, revealMuted: true, seen: () => {} });

export const useListFilter = () => useContext(ListFilterContext);
