/**
 * The search folder's files as the engine reads them: each fetched once per
 * page (a promise per path, kept), and checked for the shape the contract
 * (src/shared/search.ts) gives it, so a damaged file is an error, not a
 * wrong answer.
 */
import type { Card } from '../../../shared/index-schema';
import {
  BLOCK,
  DOC_CHUNK,
  searchFiles,
  type FacetBlock,
  type SearchFilter,
  type FacetValues,
  type HotBlock,
  type SearchMeta,
  type TermBucket,
  type TermCounts,
} from '../../../shared/search';

export type Shape<T> = { name: string; test: (value: unknown) => value is T };
/** Reads a file of the folder by its name in it (`t/…json`), checked against `shape`. */
export type ReadJson = <T>(file: string, shape: Shape<T>) => Promise<T>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumbers = (value: unknown): value is number[] => Array.isArray(value) && value.every((n) => typeof n === 'number');

export const searchShapes = {
  meta: {
    name: 'search metadata',
    test: (v: unknown): v is SearchMeta => isObject(v) && typeof v.format === 'number' && typeof v.docs === 'number' && Array.isArray(v.languages),
  },
  bucket: { name: 'search terms', test: (v: unknown): v is TermBucket => isObject(v) && isObject(v.terms) },
  postings: { name: 'search postings', test: isNumbers },
  counts: { name: 'search counts', test: (v: unknown): v is TermCounts => isObject(v) && Array.isArray(v.topic) && Array.isArray(v.source) },
  docs: { name: 'search records', test: (v: unknown): v is Card[] => Array.isArray(v) && v.every((c) => isObject(c) && typeof c.slug === 'string') },
  values: { name: 'search filter values', test: (v: unknown): v is FacetValues => isObject(v) && Array.isArray(v.topic) && Array.isArray(v.source) && Array.isArray(v.sourceNames) },
  facets: { name: 'search filter block', test: (v: unknown): v is FacetBlock => isObject(v) && Array.isArray(v.topic) && isNumbers(v.source) },
  hot: { name: 'search hot order', test: isNumbers as (v: unknown) => v is HotBlock },
} satisfies Record<string, Shape<unknown>>;

/** How the folder is read, how a read says the file is not there, and its `meta.json` when the manifest already said it. */
export type SearchFolder = { read: ReadJson; isMissing: (error: unknown) => boolean; meta?: SearchMeta };

const EMPTY_BUCKET: TermBucket = { terms: {} };

/** One folder's files, each read at most once while the page lives (a failed read is retried next time). */
export function searchFileReader({ read, isMissing, meta: known }: SearchFolder) {
  const kept = new Map<string, Promise<unknown>>();
  const keep = <T>(file: string, load: () => Promise<T>): Promise<T> => {
    let promise = kept.get(file) as Promise<T> | undefined;
    if (!promise) {
      promise = load();
      kept.set(file, promise);
      promise.catch(() => kept.delete(file));
    }
    return promise;
  };
  const once = <T>(file: string, shape: Shape<T>) => keep(file, () => read(file, shape));
  /** A file that may rightly be absent: its absence is kept as `absent`, so it is asked for once, not on every key. */
  const onceOr = <T>(file: string, shape: Shape<T>, absent: T) =>
    keep(file, () =>
      read(file, shape).catch((error: unknown) => {
        if (isMissing(error)) return absent;
        throw error;
      }),
    );
  return {
    meta: () => (known ? Promise.resolve(known) : once(searchFiles.meta, searchShapes.meta)),
    // Only prefixes that start a term have a bucket: no bucket, no such term.
    bucket: (prefix: string) => onceOr(searchFiles.bucket(prefix), searchShapes.bucket, EMPTY_BUCKET),
    postings: (term: string) => once(searchFiles.postings(term), searchShapes.postings),
    counts: (term: string) => once(searchFiles.counts(term), searchShapes.counts),
    // A value no document carries has no file: none match it.
    filterPostings: (filter: SearchFilter, value: string) => onceOr(searchFiles.filterPostings(filter, value), searchShapes.postings, []),
    values: () => once(searchFiles.facetValues, searchShapes.values),
    facets: (doc: number) => once(searchFiles.facets(Math.floor(doc / BLOCK)), searchShapes.facets),
    hot: (doc: number) => once(searchFiles.hot(Math.floor(doc / BLOCK)), searchShapes.hot),
    card: async (doc: number): Promise<Card> => {
      const chunk = await once(searchFiles.docs(Math.floor(doc / DOC_CHUNK)), searchShapes.docs);
      const card = chunk[doc % DOC_CHUNK];
      if (!card) throw new Error(`search record ${doc} is missing from its file`);
      return card;
    },
  };
}
export type SearchFileReader = ReturnType<typeof searchFileReader>;
