import type { Card, Sort } from '../../../shared/index-schema';
import { dayOpenedBy } from '../day-groups';
import { useListFilter } from '../list-filter';
import { DayHeading } from './day-heading';
import { ListCard } from './list-card';

type RowContentProps = {
  card: Card;
  /** The card of the row above: null for the first row, undefined while it loads. */
  previous: Card | null | undefined;
  sort: Sort;
  deep: boolean;
};

/**
 * A list row's content. In Newest the first story of each day opens with
 * the day's heading, inside its row so the virtualiser measures the two as
 * one, and card titles go a level below it to keep the page's outline.
 */
export function RowContent({ card, previous, sort, deep }: RowContentProps) {
  const day = sort === 'newest' ? dayOpenedBy(card, previous) : undefined;
  const { newSince } = useListFilter();
  // Newest only: in the other orders the new stories are not one run of rows.
  const lastVisit = sort === 'newest' && newSince && previous && previous.published > newSince && card.published <= newSince;
  return (
    <>
      {lastVisit && <p className="new-divider">Before your last visit</p>}
      {day && <DayHeading day={day} />}
      <ListCard card={card} sort={sort} deep={deep} headingLevel={sort === 'newest' ? 3 : 2} />
    </>
  );
}
