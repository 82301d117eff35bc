import type { Card, Sort } from '../shared/index-schema';

const time = (card: Card) => Date.parse(card.published) || 0;
const byId = (a: Card, b: Card) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const newest = (a: Card, b: Card) => time(b) - time(a) || byId(a, b);

/** The same orders the CLI writes (docs/index-format.md), for `all` lists sorted here. */
const comparators: Record<Sort, (a: Card, b: Card) => number> = {
  heat: (a, b) => (b.heat ?? 0) - (a.heat ?? 0) || newest(a, b),
  quality: (a, b) => (b.quality ?? 0) - (a.quality ?? 0) || newest(a, b),
  newest,
};

export function sortCards(cards: readonly Card[], sort: Sort): Card[] {
  return [...cards].sort(comparators[sort]);
}
