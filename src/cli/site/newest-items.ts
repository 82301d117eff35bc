import type { Card } from '../../shared/index-schema';

/**
 * The `limit` newest cards of a list, kept while the cards stream past in
 * any order: a bounded set per list, so the feeds of a thousand lists cost
 * a thousand × `limit` cards, whatever the index's size.
 */
export class NewestItems {
  private items: Card[] = [];
  constructor(private readonly limit: number) {}

  offer(card: Card): void {
    const { items } = this;
    if (items.length === this.limit && !newer(card, items[items.length - 1]!)) return;
    let at = items.length;
    while (at > 0 && newer(card, items[at - 1]!)) at--;
    items.splice(at, 0, card);
    if (items.length > this.limit) items.pop();
  }

  /** Newest first. */
  get newest(): readonly Card[] {
    return this.items;
  }
}

/** Newest first, then by id, so the same index gives the same feed. */
function newer(a: Card, b: Card): boolean {
  return a.published > b.published || (a.published === b.published && a.id < b.id);
}
