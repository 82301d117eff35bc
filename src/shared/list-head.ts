/**
 * A list's first screen in a sort, for the reader and for the feed's static
 * entry point alike: a small list is one shard (`all`) that is sorted and
 * cut to one entry per story where it is shown; a large one has a head shard
 * per sort, ranked and cut by the indexer already.
 */
import type { Card, ListRef, Sort } from './index-schema';
import { sortItems } from './sort-order';
import { collapseStories } from './story-lists';

/** The shard that holds the list's first screen in `sort`, if the list has one. */
export const listHeadShard = (ref: ListRef, sort: Sort): string | undefined => ref.all ?? ref.heads?.[sort];

/** That shard's cards in the order and the one-entry-per-story cut the list shows. */
export const listHeadCards = (ref: ListRef, sort: Sort, cards: Card[]): Card[] =>
  ref.all ? collapseStories(sortItems(cards, sort), (card) => card.story) : cards;
