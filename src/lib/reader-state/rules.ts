import type { Card } from '../../shared/index-schema';
import { listKey } from '../../shared/constants';
import type { Collections } from './state';

/** The list keys a card belongs to: the feed, its source, its topics. */
export function listsOf(card: Pick<Card, 'provider' | 'topics'>): string[] {
  return [listKey.feed(), listKey.source(card.provider.domain), ...card.topics.map((t) => listKey.topic(t.slug))];
}

/** The latest of a card's explicit mark and the "mark all as read" rules that cover it decides. */
export function isRead(state: Pick<Collections, 'marks' | 'readAll'>, card: Pick<Card, 'id' | 'published' | 'provider' | 'topics'>): boolean {
  const mark = state.marks[card.id];
  let ruleAt = -1;
  if (state.readAll.length > 0) {
    const lists = new Set(listsOf(card));
    for (const rule of state.readAll) {
      const covers = lists.has(rule.list) && card.published <= rule.to && (!rule.from || card.published >= rule.from);
      if (covers && rule.at > ruleAt) ruleAt = rule.at;
    }
  }
  if (mark && mark.at >= ruleAt) return mark.read;
  return ruleAt >= 0;
}

/** The muted list that hides a card (its source first), if any. */
export function mutedBy(state: Pick<Collections, 'mutes'>, card: Card): string | undefined {
  const source = listKey.source(card.provider.domain);
  if (state.mutes[source]) return source;
  return card.topics.map((t) => listKey.topic(t.slug)).find((key) => state.mutes[key]);
}

export function isFollowed(state: Pick<Collections, 'follows'>, card: Card): boolean {
  return listsOf(card).some((key) => state.follows[key]);
}
