/**
 * The reader's search engine over one search folder: answers a query with
 * its matching documents in the chosen order, after the chosen filters, and
 * counts filter values among them. It reads only the files a query needs
 * (search-files.ts); what it read stays for the next query.
 */
import type { Card } from '../../../shared/index-schema';
import { BLOCK, SEARCH_FILTERS, SEARCH_FORMAT, decodePostings, type SearchFilter, type SearchSort } from '../../../shared/search';
import { matchQuery, type QueryMatches } from './match';
import { searchFileReader, type SearchFolder } from './search-files';

export type SearchHit = { doc: number; score: number };
export type SearchAnswer = {
  /** Best first, in the chosen sort, after the filters. */
  hits: SearchHit[];
  /** Matches of the terms alone, before the filters. */
  unfiltered: number;
};
export type SearchOptions = { filters: Partial<Record<SearchFilter, string>>; sort: SearchSort };
/** `approximate`: scaled up from a sample of the matches (several common words), so "about" that many. */
export type FilterCounts = Record<SearchFilter, Record<string, number>> & { approximate?: true };

/**
 * Filter blocks read at most to count a query's matches. Beyond, the counts
 * are scaled up from this many blocks spread over the matches: two words
 * that half the articles carry would otherwise read a block for every
 * 1,024 articles of the corpus.
 */
const COUNT_BLOCKS = 12;

/** Queries whose matches are kept: typing back and forth, paging and counting reuse them. */
const KEPT_QUERIES = 24;

export class SearchFormatError extends Error {}

/**
 * Positions (in id order) best score first, ties newest first: grouped by
 * score, since a query's scores take few values (a word's weight, in the
 * title or not), which beats a comparison sort of 50,000 matches.
 */
function byScore(positions: number[], scores: Float32Array): number[] {
  const groups = new Map<number, number[]>();
  for (const n of positions) {
    const score = scores[n]!;
    const group = groups.get(score);
    if (group) group.push(n);
    else groups.set(score, [n]);
  }
  return [...groups.keys()].sort((a, b) => b - a).flatMap((score) => groups.get(score)!);
}

export async function openSearchEngine(folder: SearchFolder) {
  const files = searchFileReader(folder);
  const meta = await files.meta();
  if (meta.format !== SEARCH_FORMAT) throw new SearchFormatError(`the search index has format ${meta.format}; this reader reads ${SEARCH_FORMAT}`);

  const kept = new Map<string, Promise<QueryMatches>>();
  const matchesOf = (query: string) => {
    let matches = kept.get(query);
    if (!matches) {
      matches = matchQuery(files, query);
      matches.catch(() => kept.delete(query));
      kept.set(query, matches);
      if (kept.size > KEPT_QUERIES) kept.delete(kept.keys().next().value!);
    }
    return matches;
  };

  /** One file per block of the given documents, loaded together. */
  const perBlock = async <T>(docs: Int32Array, load: (doc: number) => Promise<T>): Promise<Map<number, T>> => {
    const blocks = [...new Set(Array.from(docs, (doc) => Math.floor(doc / BLOCK)))];
    const loaded = await Promise.all(blocks.map((block) => load(block * BLOCK)));
    return new Map(blocks.map((block, n) => [block, loaded[n]!]));
  };

  /** The documents (positions in `matches`, in order) that carry every chosen filter value: a walk along each value's postings. */
  async function filtered(matches: QueryMatches, filters: SearchOptions['filters']): Promise<number[]> {
    let kept = Array.from(matches.docs, (_, n) => n);
    const chosen = SEARCH_FILTERS.filter((name) => filters[name]);
    const lists = await Promise.all(chosen.map(async (name) => decodePostings(await files.filterPostings(name, filters[name]!)).docs));
    for (const docs of lists) {
      const next: number[] = [];
      for (let i = 0, j = 0; i < kept.length && j < docs.length; ) {
        const doc = matches.docs[kept[i]!]!;
        if (doc === docs[j]) {
          next.push(kept[i++]!);
          j++;
        } else if (doc < docs[j]!) i++;
        else j++;
      }
      kept = next;
    }
    return kept;
  }

  return {
    documents: meta.docs,
    /** The languages the index stems in: a query is read in each. */
    languages: meta.languages,
    async search(query: string, { filters, sort }: SearchOptions): Promise<SearchAnswer> {
      const matches = await matchesOf(query);
      let kept = await filtered(matches, filters);
      if (sort === 'relevance') kept = byScore(kept, matches.scores);
      if (sort === 'hot') {
        const blocks = await perBlock(Int32Array.from(kept, (n) => matches.docs[n]!), files.hot);
        // Places in the hot order are distinct and below the document count: each match is put at its own.
        const atPlace = new Int32Array(meta.docs).fill(-1);
        for (const n of kept) {
          const doc = matches.docs[n]!;
          atPlace[blocks.get(Math.floor(doc / BLOCK))![doc % BLOCK]!] = n;
        }
        kept = Array.from(atPlace).filter((n) => n >= 0);
      }
      // Newest is the documents' own order, which `kept` is in already.
      return { hits: kept.map((n) => ({ doc: matches.docs[n]!, score: matches.scores[n]! })), unfiltered: matches.docs.length };
    },

    /** Per filter, how many of the query's matches (under the chosen filters) carry each value. */
    async counts(query: string, filters: SearchOptions['filters']): Promise<FilterCounts> {
      const matches = await matchesOf(query);
      const values = await files.values();
      const counts: FilterCounts = { topic: {}, source: {}, type: {} };
      const none = SEARCH_FILTERS.every((name) => !filters[name]);
      if (none && matches.soleTerm) {
        const precomputed = await files.counts(matches.soleTerm);
        for (const name of SEARCH_FILTERS) for (const [place, n] of precomputed[name]) counts[name][values[name][place]!] = n;
        return counts;
      }
      const kept = (await filtered(matches, filters)).map((n) => matches.docs[n]!);
      const touched = [...new Set(kept.map((doc) => Math.floor(doc / BLOCK)))];
      // Evenly spread over the matches' blocks, so the newest do not stand for all.
      const sample =
        touched.length <= COUNT_BLOCKS ? new Set(touched) : new Set(Array.from({ length: COUNT_BLOCKS }, (_, i) => touched[Math.floor(((i + 0.5) * touched.length) / COUNT_BLOCKS)]!));
      const counted = kept.filter((doc) => sample.has(Math.floor(doc / BLOCK)));
      const blocks = await perBlock(Int32Array.from(counted), files.facets);
      const add = (name: SearchFilter, place: number) => {
        const value = values[name][place]!;
        counts[name][value] = (counts[name][value] ?? 0) + 1;
      };
      for (const doc of counted) {
        const block = blocks.get(Math.floor(doc / BLOCK))!;
        const at = doc % BLOCK;
        for (const place of block.topic[at]!) add('topic', place);
        add('source', block.source[at]!);
        add('type', block.type[at]!);
      }
      if (counted.length === kept.length) return counts;
      const scale = kept.length / counted.length;
      for (const name of SEARCH_FILTERS) for (const value of Object.keys(counts[name])) counts[name][value] = Math.max(1, Math.round(counts[name][value]! * scale));
      return { ...counts, approximate: true };
    },

    /** The outlets' names, by domain, for the given domains (chips name outlets, not domains). */
    async sourceNames(domains: readonly string[]): Promise<Record<string, string>> {
      const values = await files.values();
      const wanted = new Set(domains);
      return Object.fromEntries(values.source.flatMap((domain, place) => (wanted.has(domain) ? [[domain, values.sourceNames[place] ?? domain]] : [])));
    },

    card: (doc: number): Promise<Card> => files.card(doc),
  };
}
export type SearchEngine = Awaited<ReturnType<typeof openSearchEngine>>;
