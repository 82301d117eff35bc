/** Stories as the index shows them: lead, outlets, span, and the card and page views. */
import type { Card, StoryCard, StoryMember, StoryPage, StorySummary } from '../../../shared/index-schema';

export type StoryGroup = {
  id: string;
  /** Every member, oldest first, same-title copies included. */
  members: number[];
  /** The members shown: copies folded into their original. */
  distinct: number[];
  lead: number;
  outlets: number;
};

const MAX_OTHER_OUTLETS = 3;

/** `cards` are in publication order; `root` and `duplicateOf` come from findStories. */
export function groupStories(cards: Card[], root: Int32Array, duplicateOf: Int32Array): StoryGroup[] {
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < cards.length; i++) {
    const r = root[i]!;
    if (r < 0) continue;
    const members = byRoot.get(r);
    if (members) members.push(i);
    else byRoot.set(r, [i]);
  }
  const groups: StoryGroup[] = [];
  for (const [r, members] of byRoot) {
    const distinct = members.filter((i) => duplicateOf[i]! < 0);
    // The hottest, then the earliest: members are oldest first, so the first of equals wins.
    const lead = distinct.reduce((a, b) => ((cards[b]!.heat ?? 0) > (cards[a]!.heat ?? 0) ? b : a));
    const outlets = new Set(distinct.map((i) => cards[i]!.provider.domain)).size;
    groups.push({ id: cards[r]!.id, members, distinct, lead, outlets });
  }
  return groups;
}

/** Gives every member card its story summary (copies too: lists must fold them away). */
export function summarise(cards: Card[], group: StoryGroup): void {
  const perOutlet = new Map<string, { name: string; count: number }>();
  for (const i of group.distinct) {
    const { domain, name } = cards[i]!.provider;
    const entry = perOutlet.get(domain) ?? { name, count: 0 };
    entry.count++;
    perOutlet.set(domain, entry);
  }
  const ranked = [...perOutlet].sort(([da, a], [db, b]) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : da < db ? -1 : 1));
  const newest = cards[group.members[group.members.length - 1]!]!;
  const { published: latest } = newest;
  for (const i of group.members) {
    const card = cards[i]!;
    const summary: StorySummary = {
      id: group.id,
      size: group.distinct.length,
      outlets: group.outlets,
      others: ranked.filter(([domain]) => domain !== card.provider.domain).slice(0, MAX_OTHER_OUTLETS).map(([, o]) => o.name),
      latest,
      ...(newest.dateOnly ? { latestDateOnly: true as const } : {}),
      ...(i === group.lead ? { lead: true as const } : {}),
    };
    card.story = summary;
  }
}

/** A card as related panels list it. */
export function storyCard(card: Card): StoryCard {
  const { excerpt: _excerpt, topics: _topics, story: _story, ...rest } = card;
  return rest;
}

export function storyPage(cards: Card[], group: StoryGroup, duplicateOf: Int32Array): StoryPage {
  const copies = new Map<number, NonNullable<StoryMember['duplicates']>>();
  for (const i of group.members) {
    const of = duplicateOf[i]!;
    if (of < 0) continue;
    const list = copies.get(of) ?? [];
    const { slug, published, dateOnly } = cards[i]!;
    list.push({ slug, published, ...(dateOnly ? { dateOnly } : {}) });
    copies.set(of, list);
  }
  const lead = cards[group.lead]!;
  const first = cards[group.members[0]!]!;
  const last = cards[group.members[group.members.length - 1]!]!;
  const articles: StoryMember[] = group.distinct.map((i) => {
    const { topics: _topics, story: _story, ...card } = cards[i]!;
    const duplicates = copies.get(i);
    return duplicates ? { ...card, duplicates } : card;
  });
  return {
    id: group.id,
    title: lead.title,
    lead: lead.slug,
    first: first.published,
    last: last.published,
    ...(first.dateOnly ? { firstDateOnly: true as const } : {}),
    ...(last.dateOnly ? { lastDateOnly: true as const } : {}),
    size: group.distinct.length,
    outlets: group.outlets,
    duplicates: group.members.length - group.distinct.length,
    articles,
  };
}
