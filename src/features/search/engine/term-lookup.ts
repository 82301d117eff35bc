/**
 * Finding terms in the bucket tree (src/shared/search.ts): a term's entry,
 * or the most frequent terms that start with a typed prefix. A bucket that
 * was split sends the walk one character deeper; most terms are one request.
 */
import { FIRST_DEPTH, bucketKey, decodePostings, termLength, type TermBucket, type TermEntry } from '../../../shared/search';
import type { SearchFileReader } from './search-files';

/** `counted`: a frequent term, whose counts per filter value have a file of their own (`k/`). */
export type TermPostings = { term: string; df: number; counted: boolean; docs: Int32Array; title: Uint8Array };

/** The bucket where `text` (a term or a prefix) is, or would be, and whether the walk reached its end. */
async function bucketOf(files: SearchFileReader, text: string, asTerm: boolean): Promise<TermBucket> {
  const length = termLength(text);
  for (let depth = FIRST_DEPTH; ; depth++) {
    const bucket = await files.bucket(bucketKey(text, depth));
    if (!bucket.split || length <= depth) return bucket;
    // A split bucket keeps its most frequent terms: one of them is found without going deeper.
    if (asTerm && Object.hasOwn(bucket.terms, text)) return bucket;
  }
}

const dfOf = (entry: TermEntry) => (typeof entry === 'number' ? entry : entry.length);

async function postingsOf(files: SearchFileReader, term: string, entry: TermEntry): Promise<TermPostings> {
  const encoded = typeof entry === 'number' ? await files.postings(term) : entry;
  return { term, df: dfOf(entry), counted: typeof entry === 'number', ...decodePostings(encoded) };
}

/** A term's postings; `null` when the index does not hold it. */
export async function findTerm(files: SearchFileReader, term: string): Promise<TermPostings | null> {
  const bucket = await bucketOf(files, term, true);
  const entry = Object.hasOwn(bucket.terms, term) ? bucket.terms[term] : undefined;
  return entry === undefined ? null : postingsOf(files, term, entry);
}

/**
 * Up to `max` terms that start with `prefix` (other than those in `except`),
 * most frequent first. Under a prefix too common to list whole, the split
 * bucket's own most frequent terms stand for it.
 */
export async function findPrefixed(files: SearchFileReader, prefix: string, max: number, except: ReadonlySet<string>): Promise<TermPostings[]> {
  if (termLength(prefix) < FIRST_DEPTH) return [];
  const bucket = await bucketOf(files, prefix, false);
  const found = Object.entries(bucket.terms)
    .filter(([term]) => term.startsWith(prefix) && !except.has(term))
    .sort(([a, x], [b, y]) => dfOf(y) - dfOf(x) || (a < b ? -1 : 1))
    .slice(0, max);
  return Promise.all(found.map(([term, entry]) => postingsOf(files, term, entry)));
}
