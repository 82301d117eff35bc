/**
 * TF-IDF vectors of every article, packed in typed arrays (a few tens of
 * bytes per term, no object per article), with each article's terms sorted
 * by hash so two articles compare by a merge join.
 */
import { MAX_TERMS } from './features';

export type Vectors = {
  /** Articles, in publication order. */
  size: number;
  /** Publication times, ascending. */
  time: Float64Array;
  /** Article i's terms are terms[start[i]..start[i+1]), ascending. */
  start: Uint32Array;
  terms: Uint32Array;
  /** Unit-length TF-IDF weights, beside `terms`. */
  weights: Float32Array;
  /** Articles that use each term. */
  df: Map<number, number>;
};

const BACKGROUND = 1000;
// Positions fit the sort key below.
if (MAX_TERMS > 64) throw new Error('MAX_TERMS must be at most 64');

/** `features` and `times` are in publication order. */
export function buildVectors(features: string[], times: number[]): Vectors {
  const size = features.length;
  // One pass straight into flat typed arrays: no array per article, and
  // nothing here grows with any article's text.
  const start = new Uint32Array(size + 1);
  features.forEach((text, i) => (start[i + 1] = start[i]! + termCount(text)));
  const terms = new Uint32Array(start[size]!);
  const raw = new Uint8Array(start[size]!);
  const df = new Map<number, number>();
  features.forEach((text, i) => {
    const bytes = Buffer.from(text, 'base64');
    const base = start[i]!;
    const n = start[i + 1]! - base;
    for (let k = 0; k < n; k++) {
      const term = bytes.readUInt32LE(k * 4);
      terms[base + k] = term;
      raw[base + k] = bytes[n * 4 + k]!;
      df.set(term, (df.get(term) ?? 0) + 1);
    }
  });

  const weights = new Float32Array(start[size]!);
  // Each article's terms sorted by hash through one numeric key per term
  // (hash × 64 + position): a typed-array sort, no comparator calls.
  const keys = new Float64Array(64);
  const sortedTerms = new Uint32Array(64);
  const sortedWeights = new Float64Array(64);
  for (let i = 0; i < size; i++) {
    const base = start[i]!;
    const n = start[i + 1]! - base;
    for (let k = 0; k < n; k++) keys[k] = terms[base + k]! * 64 + k;
    const order = keys.subarray(0, n).sort();
    let norm = 0;
    for (let k = 0; k < n; k++) {
      const at = base + (order[k]! % 64);
      // IDF as if the corpus also held BACKGROUND articles using none of
      // these words: in a small corpus, where one event is much of the
      // text, the event's own names still count as rare.
      const value = (1 + Math.log(raw[at]!)) * Math.log(1 + (size + BACKGROUND) / df.get(terms[at]!)!);
      sortedTerms[k] = terms[at]!;
      sortedWeights[k] = value;
      norm += value * value;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < n; k++) {
      terms[base + k] = sortedTerms[k]!;
      weights[base + k] = sortedWeights[k]! / norm;
    }
  }
  return { size, time: Float64Array.from(times), start, terms, weights, df };
}

/** Terms in an encoded feature string (5 bytes each, base64). */
function termCount(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return ((text.length * 3) / 4 - padding) / 5;
}

/**
 * Cosine similarity of two articles and how many terms they share; with
 * `counted`, only terms at positions where it is not negative take part.
 */
export function compare(v: Vectors, a: number, b: number, counted?: Int32Array): { cos: number; shared: number } {
  let i = v.start[a]!;
  let j = v.start[b]!;
  const endA = v.start[a + 1]!;
  const endB = v.start[b + 1]!;
  let cos = 0;
  let shared = 0;
  while (i < endA && j < endB) {
    const ta = v.terms[i]!;
    const tb = v.terms[j]!;
    if (ta === tb) {
      if (!counted || counted[i]! >= 0) {
        cos += v.weights[i]! * v.weights[j]!;
        shared++;
      }
      i++;
      j++;
    } else if (ta < tb) i++;
    else j++;
  }
  return { cos, shared };
}
