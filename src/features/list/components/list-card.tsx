import { useEffect } from 'react';
import type { Card, Sort } from '../../../shared/index-schema';
import { useReaderState } from '../../../lib/reader-state/hooks';
import { ArticleCard } from '../../../components/cards/article-card';
import { hiddenReason, useListFilter } from '../list-filter';

/**
 * A list row's card, or nothing when the reader has hidden it: the row is
 * then empty, and CSS collapses an empty row to no height, so the
 * virtualiser measures it as 0 and the list closes up.
 */
type ListCardProps = { card: Card; sort: Sort; deep: boolean; headingLevel?: 2 | 3 };

export function ListCard({ card, sort, deep, headingLevel }: ListCardProps) {
  const filter = useListFilter();
  const reason = useReaderState((state) => (state.ready ? hiddenReason(state, card, filter.hideRead) : undefined));
  const hidden = reason === 'read' || (reason === 'muted' && !filter.revealMuted);
  const { seen } = filter;
  useEffect(() => {
    if (deep) seen(card.id, reason);
  }, [deep, seen, card.id, reason]);
  return hidden ? null : <ArticleCard card={card} sort={sort} headingLevel={headingLevel} />;
}
