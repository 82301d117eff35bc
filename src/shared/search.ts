/**
 * The search index's contract, shared by the indexer (src/cli/search) and
 * the reader (src/features/search): where its files live, what each holds,
 * and how a term finds its file. The index is built for a reader that
 * downloads only what one query needs, whatever the corpus's size:
 *
 * - `meta.json`: a few numbers and the languages present (a few hundred bytes).
 * - `t/<hex of a prefix>.json`, a term bucket: the terms that start with the
 *   prefix (2 characters, or more where a prefix holds too much), each with
 *   its document frequency and, when short, its postings. A bucket that
 *   grew too big is split: it then holds the prefix itself as a term and
 *   its most frequent terms, and the rest one character deeper.
 * - `p/<hex of a term>.json`: the postings of a frequent term.
 * - `d/<n>.json`: the cards of documents n·DOC_CHUNK…, as the feed has them.
 * - `c/<n>.json` and `h/<n>.json`: per block of BLOCK documents, each
 *   document's topics, outlet and type (places in `c/values.json`), for
 *   filters and their counts, and its place in the hot order; loaded only
 *   when a filter, a count or the Hot sort needs them.
 * - `k/<hex of a term>.json`: for a frequent term, its documents' counts per
 *   filter value: a one-word search counts without reading blocks.
 * - `f/<filter>/<hex of a value>.json`: the documents carrying a filter
 *   value, as postings: a filter narrows by one file, not by blocks.
 *
 * Document ids run newest first, so Newest is the id order and a tie in
 * relevance goes to the newer article. Terms are stems (text-terms.ts);
 * postings are ascending ids, delta-coded, the low bit saying "in the title".
 */
import { LANGUAGES, isWordWorthATerm, languageByCode, languageOf, stem, withoutMarks, words, type Language } from './text-terms';

/** The folder under the data folder that holds one `search/<id>/` per build. */
export const SEARCH_DIR = 'search';
/** Bumped when the files change shape: a new format never reuses an old folder. */
export const SEARCH_FORMAT = 1;

/**
 * `manifest.search`: the index folder (with its trailing slash), how many
 * records it holds, and what its `meta.json` says, so the reader's first
 * query need not ask for it.
 */
export type SearchRef = { path: string; records: number; format: number; languages: string[] };

/** Filters a search offers: topic slugs, the outlet's domain, the article type. */
export const SEARCH_FILTERS = ['topic', 'source', 'type'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** Orders a search offers: relevance, the feed's Hot, and newest first. */
export const SEARCH_SORTS = ['relevance', 'hot', 'newest'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/**
 * Cards per `d/` file. Results are spread over the corpus, so each shown
 * result costs its file: small files keep a page of 20 results near 20
 * cards' worth, not 20 × 16.
 */
export const DOC_CHUNK = 4;
/** Documents per `c/` and `h/` file. */
export const BLOCK = 1024;
/** Characters of the first bucket level. */
export const FIRST_DEPTH = 2;

export type SearchMeta = { format: number; docs: number; languages: string[] };

/** A term's entry in its bucket: the postings themselves when short, else the document frequency (postings in `p/`). */
export type TermEntry = number[] | number;
export type TermBucket = { split?: true; terms: Record<string, TermEntry> };
/** Every filter value of the index, once: blocks and counts refer to them by place; each outlet's name beside its domain, for the chips. */
export type FacetValues = Record<SearchFilter, string[]> & { sourceNames: string[] };
/** Per document of a block, its value (`source`, `type`) or values (`topic`), as places in FacetValues. */
export type FacetBlock = { topic: number[][]; source: number[]; type: number[] };
/** For a frequent term: how many of its documents carry each filter value (places in FacetValues), so one-word searches count without blocks. */
export type TermCounts = Record<SearchFilter, [number, number][]>;
/** Each document's place in the hot order (0: hottest). */
export type HotBlock = number[];

const hex = (text: string) => Array.from(new TextEncoder().encode(text), (b) => b.toString(16).padStart(2, '0')).join('');
const chars = (text: string) => Array.from(text);

/** The first `depth` characters of a term (all of a shorter one): its bucket's key at that depth. */
export const bucketKey = (term: string, depth: number) => chars(term).slice(0, depth).join('');

export const searchFiles = {
  meta: 'meta.json',
  bucket: (prefix: string) => `t/${hex(prefix)}.json`,
  postings: (term: string) => `p/${hex(term)}.json`,
  docs: (chunk: number) => `d/${chunk}.json`,
  facetValues: 'c/values.json',
  facets: (block: number) => `c/${block}.json`,
  counts: (term: string) => `k/${hex(term)}.json`,
  filterPostings: (filter: SearchFilter, value: string) => `f/${filter}/${hex(value)}.json`,
  hot: (block: number) => `h/${block}.json`,
};

export const termLength = (term: string) => chars(term).length;

export type Posting = { doc: number; title: boolean };

export function encodePostings(postings: readonly Posting[]): number[] {
  let previous = -1;
  return postings.map(({ doc, title }) => {
    const delta = doc - previous;
    previous = doc;
    return delta * 2 + (title ? 1 : 0);
  });
}

/** Decoded into two arrays the query reads without allocating per posting. */
export function decodePostings(encoded: readonly number[]): { docs: Int32Array; title: Uint8Array } {
  const docs = new Int32Array(encoded.length);
  const title = new Uint8Array(encoded.length);
  let doc = -1;
  for (let i = 0; i < encoded.length; i++) {
    const value = encoded[i]!;
    doc += value >>> 1;
    docs[i] = doc;
    title[i] = value & 1;
  }
  return { docs, title };
}

const NOT_ASCII = /[\u0080-\uffff]/;

/**
 * A word's term in a language: its stem, without accents. The English
 * stemmer reads "é" as no vowel, so it stems the word without its accents
 * ("résumé" and "resume" meet); the other stemmers know their own letters.
 */
export const termOf = (language: Language, word: string) => stem(language, language.code === 'en' && NOT_ASCII.test(word) ? withoutMarks(word) : word);

/** A document's terms: stems of its title's and excerpt's words in its language, stop words out. */
export function documentTerms(title: string, excerpt: string): { language: Language; title: Set<string>; excerpt: Set<string> } {
  const titleWords = words(title);
  const excerptWords = words(excerpt);
  const language = languageOf([...titleWords, ...excerptWords]);
  const terms = (list: string[]) => new Set(list.filter((w) => !language.stop.has(w) && isWordWorthATerm(w)).map((w) => termOf(language, w)));
  return { language, title: terms(titleWords), excerpt: terms(excerptWords) };
}

/**
 * A document's terms as one short string (language, title terms, excerpt
 * terms, one line each): made where a file is parsed, so stemming runs on the
 * parse workers and a rebuild takes the terms of an unchanged file from the
 * build cache instead of stemming its words again. Terms never hold spaces.
 */
export function encodeDocumentTerms(title: string, excerpt: string): string {
  const terms = documentTerms(title, excerpt);
  return `${terms.language.code}\n${[...terms.title].join(' ')}\n${[...terms.excerpt].join(' ')}`;
}

const spaced = (line: string | undefined) => (line ? line.split(' ') : []);

export function decodeDocumentTerms(encoded: string): { language: string; title: string[]; excerpt: string[] } {
  const [language = '', title, excerpt] = encoded.split('\n');
  return { language, title: spaced(title), excerpt: spaced(excerpt) };
}

/**
 * A query word as the index may hold it: its stem in each language the index
 * has, and the word itself for prefix matching (accents off, not stemmed).
 * A stop word of every one of those languages is left out (the index never
 * holds it). A stop word of only some of them is optional: the documents of
 * those languages never hold it, so it cannot be required ("the harbour" in
 * an index with French in it), but where it is found it counts ("war crimes"
 * beside German puts articles about war first). A query of optional words
 * only requires them all, as typed.
 */
export type QueryWord = { word: string; stems: string[]; prefix: string; optional: boolean };
export function queryWords(query: string, languageCodes: readonly string[]): QueryWord[] {
  const languages = languageCodes.map(languageByCode).filter((l): l is Language => !!l);
  const used = languages.length ? languages : [LANGUAGES[0]!];
  const out: QueryWord[] = [];
  for (const word of new Set(words(query))) {
    if (!isWordWorthATerm(word)) continue;
    const kept = used.filter((language) => !language.stop.has(word));
    if (kept.length === 0) continue;
    const stems = [...new Set(kept.map((language) => termOf(language, word)))];
    out.push({ word, stems, prefix: withoutMarks(word), optional: kept.length < used.length });
  }
  return out.every((word) => word.optional) ? out.map((word) => ({ ...word, optional: false })) : out;
}
