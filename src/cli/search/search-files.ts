/**
 * The search index's files (layout in src/shared/search.ts), made from the
 * linked cards: one pass to collect each term's postings, then the files,
 * handed to `write` one at a time so none but the current one is held as
 * text. Terms are held as postings of small numbers, never as documents.
 */
import { comparators } from '../../shared/sort-order';
import {
  BLOCK,
  DOC_CHUNK,
  FIRST_DEPTH,
  SEARCH_FILTERS,
  SEARCH_FORMAT,
  bucketKey,
  decodeDocumentTerms,
  encodePostings,
  searchFiles,
  termLength,
  type FacetBlock,
  type FacetValues,
  type SearchFilter,
  type SearchMeta,
  type TermCounts,
  type TermBucket,
  type TermEntry,
} from '../../shared/search';
import type { Card } from '../../shared/index-schema';

/** `terms`: each card's terms as `encodeDocumentTerms` gave them for its title and excerpt, by rank. */
export type SearchDocuments = { cards: readonly Card[]; topicSlugs: readonly (readonly string[])[]; terms: readonly string[] };
/** `cardsId`: a hash of every card in rank order (the card index shard's name), which names the folder. */
export type SearchInput = SearchDocuments & { cardsId: string };
export type WriteFile = (name: string, text: string) => void;

/** Postings kept in the bucket itself up to this many: a rare term costs no second request. */
const INLINE_POSTINGS = 24;
/** A bucket larger than this (characters of JSON) is split one character deeper. */
const BUCKET_LIMIT = 24_000;
/** Terms a split bucket keeps for prefix matching: the most frequent under its prefix. */
const SPLIT_TOP = 12;

/** Ranks in an order: `order[n]` is the card at place n. */
function orderOf(cards: readonly Card[], compare: (a: Card, b: Card) => number): Int32Array {
  return Int32Array.from(cards.map((_, rank) => rank).sort((a, b) => compare(cards[a]!, cards[b]!)));
}

/** Per term, its postings as pushed: doc·2 + (in title); docs arrive in ascending order. */
function collectPostings(terms: readonly string[], docOrder: Int32Array, languages: Set<string>): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  const push = (term: string, value: number) => {
    const list = postings.get(term);
    if (list) list.push(value);
    else postings.set(term, [value]);
  };
  for (let doc = 0; doc < docOrder.length; doc++) {
    const { language, title, excerpt } = decodeDocumentTerms(terms[docOrder[doc]!]!);
    languages.add(language);
    const inTitle = new Set(title);
    for (const term of inTitle) push(term, doc * 2 + 1);
    for (const term of new Set(excerpt)) if (!inTitle.has(term)) push(term, doc * 2);
  }
  return postings;
}

function entryOf(term: string, raw: number[], facets: FacetBlock, write: WriteFile): TermEntry {
  const encoded = encodePostings(raw.map((value) => ({ doc: value >>> 1, title: (value & 1) === 1 })));
  if (raw.length <= INLINE_POSTINGS) return encoded;
  write(searchFiles.postings(term), JSON.stringify(encoded));
  write(searchFiles.counts(term), JSON.stringify(termCounts(raw, facets)));
  return raw.length;
}

/** Sorted terms in runs that share their first `depth` characters. */
function* byPrefix(terms: readonly string[], depth: number): Generator<[string, string[]]> {
  let group: string[] = [];
  let key = '';
  for (const term of terms) {
    const next = bucketKey(term, depth);
    if (next !== key && group.length) {
      yield [key, group];
      group = [];
    }
    key = next;
    group.push(term);
  }
  if (group.length) yield [key, group];
}

/** The terms under `prefix` (sorted), as one bucket or split deeper; entries are made once each. */
function writeBuckets(prefix: string, depth: number, terms: string[], entries: Map<string, TermEntry>, write: WriteFile): void {
  const bucket: TermBucket = { terms: Object.fromEntries(terms.map((term) => [term, entries.get(term)!])) };
  const text = JSON.stringify(bucket);
  const deeper = terms.filter((term) => termLength(term) > depth);
  if (text.length <= BUCKET_LIMIT || deeper.length === 0) {
    write(searchFiles.bucket(prefix), text);
    return;
  }
  const df = (term: string) => {
    const entry = entries.get(term)!;
    return typeof entry === 'number' ? entry : entry.length;
  };
  const top = [...deeper].sort((a, b) => df(b) - df(a) || (a < b ? -1 : 1)).slice(0, SPLIT_TOP);
  const kept = terms.filter((term) => termLength(term) === depth || top.includes(term));
  write(searchFiles.bucket(prefix), JSON.stringify({ split: true, terms: Object.fromEntries(kept.map((t) => [t, entries.get(t)!])) } satisfies TermBucket));
  for (const [key, group] of byPrefix(deeper, depth + 1)) writeBuckets(key, depth + 1, group, entries, write);
}

/** Every filter value, each given a place on first sight. */
class FacetPlaces {
  readonly values: FacetValues = { topic: [], source: [], type: [], sourceNames: [] };
  private readonly places = { topic: new Map<string, number>(), source: new Map<string, number>(), type: new Map<string, number>() };
  placeOf(filter: SearchFilter, value: string): number {
    let place = this.places[filter].get(value);
    if (place === undefined) {
      this.places[filter].set(value, (place = this.values[filter].length));
      this.values[filter].push(value);
    }
    return place;
  }
}

/** Each document's filter values, as places. */
function documentFacets(cards: readonly Card[], topicSlugs: SearchDocuments['topicSlugs'], docOrder: Int32Array): { places: FacetPlaces; docs: FacetBlock } {
  const places = new FacetPlaces();
  const docs: FacetBlock = { topic: [], source: [], type: [] };
  for (const rank of docOrder) {
    const card = cards[rank]!;
    docs.topic.push(topicSlugs[rank]!.map((slug) => places.placeOf('topic', slug)));
    const known = places.values.source.length;
    docs.source.push(places.placeOf('source', card.provider.domain));
    if (places.values.source.length > known) places.values.sourceNames.push(card.provider.name);
    docs.type.push(places.placeOf('type', card.type));
  }
  return { places, docs };
}

/** Per filter value, the documents carrying it, as postings (no title bit). */
function writeFilterPostings({ places, docs }: { places: FacetPlaces; docs: FacetBlock }, write: WriteFile): void {
  for (const filter of SEARCH_FILTERS) {
    const members = places.values[filter].map((): number[] => []);
    docs[filter].forEach((value: number | number[], doc) => {
      for (const place of typeof value === 'number' ? [value] : value) members[place]!.push(doc);
    });
    members.forEach((list, place) => {
      write(searchFiles.filterPostings(filter, places.values[filter][place]!), JSON.stringify(encodePostings(list.map((doc) => ({ doc, title: false })))));
    });
  }
}

/** A frequent term's counts per filter value, most first. */
function termCounts(raw: readonly number[], docs: FacetBlock): TermCounts {
  const tally = { topic: new Map<number, number>(), source: new Map<number, number>(), type: new Map<number, number>() };
  const add = (map: Map<number, number>, place: number) => map.set(place, (map.get(place) ?? 0) + 1);
  for (const value of raw) {
    const doc = value >>> 1;
    for (const place of docs.topic[doc]!) add(tally.topic, place);
    add(tally.source, docs.source[doc]!);
    add(tally.type, docs.type[doc]!);
  }
  const sorted = (map: Map<number, number>) => [...map].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  return { topic: sorted(tally.topic), source: sorted(tally.source), type: sorted(tally.type) };
}

/** Writes every file of the index through `write`; returns what `meta.json` says. */
export function writeSearchFiles({ cards, topicSlugs, terms: documentTerms }: SearchDocuments, write: WriteFile): SearchMeta {
  const docOrder = orderOf(cards, comparators.newest);
  const languages = new Set<string>();
  const postings = collectPostings(documentTerms, docOrder, languages);
  const facets = documentFacets(cards, topicSlugs, docOrder);

  const entries = new Map<string, TermEntry>();
  for (const [term, raw] of postings) entries.set(term, entryOf(term, raw, facets.docs, write));
  postings.clear();
  const terms = [...entries.keys()].sort();
  for (const [key, group] of byPrefix(terms, FIRST_DEPTH)) writeBuckets(key, FIRST_DEPTH, group, entries, write);
  entries.clear();

  for (let start = 0; start < docOrder.length; start += DOC_CHUNK) {
    write(searchFiles.docs(start / DOC_CHUNK), JSON.stringify(Array.from(docOrder.subarray(start, start + DOC_CHUNK), (rank) => cards[rank])));
  }
  const hotPlace = new Int32Array(cards.length);
  orderOf(cards, comparators.hot).forEach((rank, place) => (hotPlace[rank] = place));
  write(searchFiles.facetValues, JSON.stringify(facets.places.values));
  writeFilterPostings(facets, write);
  for (let start = 0; start < docOrder.length; start += BLOCK) {
    const end = start + BLOCK;
    const { topic, source, type } = facets.docs;
    write(searchFiles.facets(start / BLOCK), JSON.stringify({ topic: topic.slice(start, end), source: source.slice(start, end), type: type.slice(start, end) } satisfies FacetBlock));
    write(searchFiles.hot(start / BLOCK), JSON.stringify(Array.from(docOrder.subarray(start, end), (rank) => hotPlace[rank])));
  }
  const meta: SearchMeta = { format: SEARCH_FORMAT, docs: cards.length, languages: [...languages].sort() };
  write(searchFiles.meta, JSON.stringify(meta));
  return meta;
}
