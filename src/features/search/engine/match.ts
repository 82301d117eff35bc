/**
 * A query's matches: every word must match (a stem of it in one of the
 * index's languages, or, for the last word, a term it begins), except a
 * word only some of those languages call a stop word, which ranks but does
 * not narrow (shared/search.ts, queryWords); a
 * document scores, per word, its best term's weight: rarer terms weigh more
 * (idf), a title match three times an excerpt match, a prefix match half
 * an exact one.
 */
import { queryWords, termLength } from '../../../shared/search';
import type { SearchFileReader } from './search-files';
import { findPrefixed, findTerm, type TermPostings } from './term-lookup';

/** Terms a typed prefix may stand for: the most frequent, as typing narrows them. */
const PREFIX_TERMS = 8;
/** Shorter words are not read as prefixes: "ne" would stand for a few of thousands of words, and cost their postings. */
const PREFIX_MIN = 3;
const TITLE_WEIGHT = 3;
const PREFIX_WEIGHT = 0.5;

/** Matching documents in id order (newest first), with their scores. */
export type Matches = { docs: Int32Array; scores: Float32Array };
const NONE: Matches = { docs: new Int32Array(0), scores: new Float32Array(0) };

type Weighted = TermPostings & { weight: number };

const scoreOf = (list: Weighted, docCount: number) => Math.log(1 + docCount / list.df) * list.weight;

/** One word's documents: the union of its terms' postings, each document at its best term's score. */
function wordMatches(lists: Weighted[], docCount: number): Matches {
  if (lists.length === 0) return NONE;
  if (lists.length === 1) {
    // Most words are one term: its postings are the answer, in order already.
    const [list] = lists as [Weighted];
    const idf = scoreOf(list, docCount);
    return { docs: list.docs, scores: Float32Array.from(list.title, (title) => (title ? idf * TITLE_WEIGHT : idf)) };
  }
  const best = new Map<number, number>();
  for (const list of lists) {
    const idf = scoreOf(list, docCount);
    const { docs, title } = list;
    for (let i = 0; i < docs.length; i++) {
      const score = title[i] ? idf * TITLE_WEIGHT : idf;
      const doc = docs[i]!;
      if (score > (best.get(doc) ?? 0)) best.set(doc, score);
    }
  }
  const docs = Int32Array.from(best.keys()).sort();
  return { docs, scores: Float32Array.from(docs, (doc) => best.get(doc)!) };
}

/** Documents in both, scores added: a walk along two ascending lists. */
function intersect(a: Matches, b: Matches): Matches {
  const docs: number[] = [];
  const scores: number[] = [];
  for (let i = 0, j = 0; i < a.docs.length && j < b.docs.length; ) {
    const x = a.docs[i]!;
    const y = b.docs[j]!;
    if (x === y) {
      docs.push(x);
      scores.push(a.scores[i++]! + b.scores[j++]!);
    } else if (x < y) i++;
    else j++;
  }
  return { docs: Int32Array.from(docs), scores: Float32Array.from(scores) };
}

/** Every document of `a`, with `b`'s score added where `b` has it: an optional word ranks, never narrows. */
function boost(a: Matches, b: Matches): Matches {
  const scores = Float32Array.from(a.scores);
  for (let i = 0, j = 0; i < a.docs.length && j < b.docs.length; ) {
    const x = a.docs[i]!;
    const y = b.docs[j]!;
    if (x === y) scores[i++]! += b.scores[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return { docs: a.docs, scores };
}

export type QueryMatches = Matches & {
  /** The single term whose postings are the whole answer, if one is and its counts were written (k/). */
  soleTerm: string | null;
};

export async function matchQuery(files: SearchFileReader, query: string): Promise<QueryMatches> {
  const meta = await files.meta();
  const words = queryWords(query, meta.languages);
  if (words.length === 0) return { ...NONE, soleTerm: null };
  const perWord = await Promise.all(
    words.map(async (word, n) => {
      const exact = (await Promise.all(word.stems.map((stem) => findTerm(files, stem)))).filter((t): t is TermPostings => !!t);
      const last = n === words.length - 1 && termLength(word.prefix) >= PREFIX_MIN;
      const prefixed = last ? await findPrefixed(files, word.prefix, PREFIX_TERMS, new Set(word.stems)) : [];
      return [...exact.map((t) => ({ ...t, weight: 1 })), ...prefixed.map((t) => ({ ...t, weight: PREFIX_WEIGHT }))];
    }),
  );
  const required = perWord.filter((_, n) => !words[n]!.optional);
  const sets = required.map((lists) => wordMatches(lists, meta.docs)).sort((a, b) => a.docs.length - b.docs.length);
  let matches = sets[0]!;
  for (const next of sets.slice(1)) matches = intersect(matches, next);
  perWord.forEach((lists, n) => {
    if (words[n]!.optional && matches.docs.length) matches = boost(matches, wordMatches(lists, meta.docs));
  });
  // One required word, and one of its terms holds every match: that term's counts, if it has them, are the answer's.
  const sole = required.length === 1 ? required[0]!.find((t) => t.counted && t.df === matches.docs.length) : undefined;
  return { ...matches, soleTerm: sole?.term ?? null };
}
