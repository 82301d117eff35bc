/**
 * Pairs of articles close in time that share informative words, with their
 * cosine similarity. An inverted index walked in publication order: each
 * article meets only the later articles within the window that share one of
 * its terms, so the work grows with the corpus, not with its square. Terms
 * on more than a small share of all articles ("update", "report") are not
 * walked: they cost the most and tell the least.
 */
import { compare, type Vectors } from './vectors';

export type Pairs = { a: Uint32Array; b: Uint32Array; cos: Float32Array; length: number };

export type CandidateOptions = {
  windowMs: number;
  /** Keep pairs at least this similar. */
  minCos: number;
  /** Keep pairs that share at least this many terms: one shared name or number is not a story. */
  minShared: number;
  /** The most pairs kept per article, the most similar first. */
  perArticle: number;
};

/** Terms used by more than this share of the corpus (and more than MIN_COMMON articles) are not walked. */
const COMMON_SHARE = 0.05;
/** Only terms on at most this share of the corpus (and MIN_COMMON articles) are walked. */
const WALK_SHARE = 0.01;
/** Terms of each article walked through the index, heaviest first. */
const WALK_TERMS = 16;
/** What the walked terms must add up to before a candidate is compared in full. */
const PREFIX_MIN_DOT = 0.1;
const MIN_COMMON = 1000;

class PairList {
  a = new Uint32Array(1024);
  b = new Uint32Array(1024);
  cos = new Float32Array(1024);
  length = 0;
  push(a: number, b: number, cos: number): void {
    if (this.length === this.a.length) {
      const grow = <T extends Uint32Array | Float32Array>(arr: T): T => {
        const next = new (arr.constructor as new (n: number) => T)(arr.length * 2);
        next.set(arr);
        return next;
      };
      [this.a, this.b, this.cos] = [grow(this.a), grow(this.b), grow(this.cos)];
    }
    this.a[this.length] = a;
    this.b[this.length] = b;
    this.cos[this.length++] = cos;
  }
}

export function candidatePairs(v: Vectors, options: CandidateOptions): Pairs {
  const { size, time, start, terms, weights } = v;
  const maxDf = Math.max(MIN_COMMON, Math.floor(size * COMMON_SHARE));
  // Walking a term costs its articles within the window; rarer terms say more and cost less.
  const walkDf = Math.max(MIN_COMMON, Math.floor(size * WALK_SHARE));
  // Postings of every walkable term, in publication order.
  const slot = new Map<number, number>();
  for (const [term, df] of v.df) if (df >= 2 && df <= maxDf) slot.set(term, slot.size);
  const postStart = new Uint32Array(slot.size + 1);
  for (const [term, s] of slot) postStart[s + 1] = v.df.get(term)!;
  for (let s = 0; s < slot.size; s++) postStart[s + 1]! += postStart[s]!;
  const cursor = postStart.slice(0, slot.size);
  const postDoc = new Uint32Array(postStart[slot.size]!);
  const postWeight = new Float32Array(postStart[slot.size]!);
  const termSlot = new Int32Array(terms.length).fill(-1);
  for (let i = 0; i < size; i++) {
    for (let k = start[i]!; k < start[i + 1]!; k++) {
      const s = slot.get(terms[k]!);
      if (s === undefined) continue;
      termSlot[k] = s;
      postDoc[cursor[s]!] = i;
      postWeight[cursor[s]!++] = weights[k]!;
    }
  }
  cursor.set(postStart.subarray(0, slot.size));

  const dot = new Float64Array(size);
  const touched: number[] = [];
  const found: { j: number; cos: number }[] = [];
  const pairs = new PairList();
  const keys = new Float64Array(64);
  const from = new Uint32Array(64);
  for (let i = 0; i < size; i++) {
    const until = time[i]! + options.windowMs;
    // Walk from the article's heaviest terms only (prefix filtering): a
    // pair alike enough to matter shares one of them, and each candidate
    // is then compared on all its terms.
    let walkable = 0;
    for (let k = start[i]!; k < start[i + 1]!; k++) {
      const s = termSlot[k]!;
      if (s < 0) continue;
      // Articles are visited in posting order, so article i sits at the cursor.
      from[k - start[i]!] = ++cursor[s]!;
      if (postStart[s + 1]! - postStart[s]! <= walkDf) keys[walkable++] = -(Math.round(weights[k]! * 1e6) * 64 + (k - start[i]!));
    }
    const heaviest = keys.subarray(0, walkable).sort();
    for (let h = 0; h < Math.min(WALK_TERMS, walkable); h++) {
      const offset = -heaviest[h]! % 64;
      const k = start[i]! + offset;
      const s = termSlot[k]!;
      const wi = weights[k]!;
      const end = postStart[s + 1]!;
      for (let q = from[offset]!; q < end; q++) {
        const j = postDoc[q]!;
        if (time[j]! > until) break;
        if (dot[j] === 0) touched.push(j);
        dot[j]! += wi * postWeight[q]!;
      }
    }
    for (const j of touched) {
      if (dot[j]! >= PREFIX_MIN_DOT) {
        // Words on a large share of the corpus say nothing about an event.
        const exact = compare(v, i, j, termSlot);
        if (exact.shared >= options.minShared && exact.cos >= options.minCos) found.push({ j, cos: exact.cos });
      }
      dot[j] = 0;
    }
    touched.length = 0;
    if (found.length > options.perArticle) found.sort((x, y) => y.cos - x.cos || x.j - y.j).length = options.perArticle;
    for (const { j, cos } of found) pairs.push(i, j, cos);
    found.length = 0;
  }
  return pairs;
}

