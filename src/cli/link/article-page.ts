/**
 * The article page as JSON text: the card's fields, the page fields and
 * related entries the parse stage left as JSON (in memory or spilled), the
 * story panel and similar coverage. Built when its bucket is written, so a
 * large corpus never holds every page at once.
 */
import type { Card } from '../../shared/index-schema';
import { comparators } from '../../shared/sort-order';
import type { SpillReader } from '../parse/spill';
import type { CompactRecord } from '../record';
import type { Banners } from './banners';
import type { Stories } from './stories/find-stories';
import { storyCard, type StoryGroup } from './stories/story-groups';

/** Story members an article page lists. */
const STORY_LIST_MAX = 12;

export type PageInputs = {
  records: CompactRecord[];
  cards: Card[];
  /** Record index at each rank. */
  order: number[];
  spill: SpillReader;
  relatedSlugs: (string | undefined)[][];
  found: Pick<Stories, 'root' | 'duplicateOf' | 'similar'>;
  /** The story group of each story's first member. */
  groupOf: Map<number, StoryGroup>;
  banners: Banners;
};

/**
 * The page fields without the outlet's banner among the images. Only the few
 * articles whose card image was a banner are parsed again; the rest pass as
 * they came.
 */
function withoutBanner(detail: string, record: CompactRecord, banners: Banners): string {
  if (!detail || !banners.has(record.providerDomain, record.image?.url)) return detail;
  const fields = JSON.parse(`{${detail}}`) as { images?: { url: string }[] };
  fields.images = (fields.images ?? []).filter((image) => !banners.has(record.providerDomain, image.url));
  return JSON.stringify(fields).slice(1, -1);
}

/** The article at a rank as JSON text. */
export function articlePages({ records, cards, order, spill, relatedSlugs, found, groupOf, banners }: PageInputs): (rank: number) => string {
  return (rank: number): string => {
    const i = order[rank]!;
    const group = found.root[i]! >= 0 ? groupOf.get(found.root[i]!) : undefined;
    // Story cards go without excerpts and topics: the panel shows titles and
    // outlets, and a large story would otherwise swell every bucket it touches.
    const others = group?.distinct
      .filter((j) => j !== i && j !== found.duplicateOf[i])
      .sort((a, b) => comparators.heat(cards[a]!, cards[b]!))
      .slice(0, STORY_LIST_MAX)
      .map((j) => storyCard(cards[j]!));
    const story = group && others && others.length > 0
      ? { id: group.id, size: group.distinct.length, outlets: group.outlets, articles: others }
      : undefined;
    const similar = found.similar(i).map((j) => storyCard(cards[j]!));
    const { excerpt: _cardExcerpt, story: _summary, ...card } = cards[i]!;
    const text = spill.text(records[i]!.text);
    const detail = withoutBanner(text.detail, records[i]!, banners);
    const related = text.related;
    // Related entries stay JSON text; an internal one gets its slug spliced in.
    const entries = related.map((json, k) => {
      const slug = relatedSlugs[i]![k];
      return slug === undefined ? json : `{"slug":${JSON.stringify(slug)},${json.slice(1)}`;
    });
    return `${JSON.stringify(card).slice(0, -1)}${detail ? `,${detail}` : ''},"related":[${entries.join(',')}]` +
      `${story ? `,"story":${JSON.stringify(story)}` : ''}${similar.length ? `,"similar":${JSON.stringify(similar)}` : ''}}`;
  };
}
