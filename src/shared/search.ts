/**
 * The search index's contract, shared by the indexer (src/cli/search) and
 * the reader (src/features/search): where it lives, and what each Pagefind
 * record carries. Pagefind (pagefind.app) writes the index as chunks the
 * browser loads per query.
 */
import type { Card } from './index-schema';

/** The folder under the data folder that holds one `search/<id>/` per build. */
export const SEARCH_DIR = 'search';

/** `manifest.search`: the index folder (with its trailing slash) and how many records it holds. */
export type SearchRef = { path: string; records: number };

/** Record filters, by Pagefind filter name: topic slugs, the outlet's domain, the article type. */
export const SEARCH_FILTERS = ['topic', 'source', 'type'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** Orders a search offers; relevance is Pagefind's own, the others are sort keys on every record (ascending position). */
export const SEARCH_SORTS = ['relevance', 'hot', 'newest'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** The part of a Pagefind record that carries the card (filters and sort keys aside). */
export type SearchRecord = { url: string; content: string; meta: { title: string } };

/**
 * A card as a search record: the title is metadata (searched, and weighted
 * as a title), the excerpt is the content (searched), and the rest of the
 * card rides in the URL after `#`. Pagefind indexes every metadata value, and
 * the URL is the one per-record field it stores without indexing: a card's
 * ids, times and image addresses as metadata doubled the index and half again
 * its build time (10,000 cards: 1.5 MB of index chunks instead of 0.7 MB).
 */
export function searchRecordOf(card: Card): SearchRecord {
  const { slug, title, excerpt, ...rest } = card;
  return { url: `${slug}#${JSON.stringify(rest)}`, content: excerpt ?? '', meta: { title } };
}

/** The card a record was made from (`url` as stored: Pagefind's own `raw_url` in the browser). */
export function cardOfSearchRecord(record: SearchRecord): Card {
  const hash = record.url.indexOf('#');
  if (hash < 0) throw new Error(`search record ${record.url} holds no card`);
  const rest = JSON.parse(record.url.slice(hash + 1)) as Omit<Card, 'slug' | 'title' | 'excerpt'>;
  const excerpt = record.content;
  return { ...rest, slug: record.url.slice(0, hash), title: record.meta.title, ...(excerpt ? { excerpt } : {}) } as Card;
}
