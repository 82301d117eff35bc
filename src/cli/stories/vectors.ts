/**
 * TF-IDF vectors of every article, packed in typed arrays (a few tens of
 * bytes per term, no object per article), with each article's terms sorted
 * by hash so two articles compare by a merge join.
 */
import { decodeFeatures } from './features';

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

/** `features` and `times` are in publication order. */
export function buildVectors(features: string[], times: number[]): Vectors {
  const size = features.length;
  // Decoded twice rather than kept: a typed array per article costs more
  // than the decoding, and nothing here may grow with every article's text.
  const df = new Map<number, number>();
  const start = new Uint32Array(size + 1);
  features.forEach((text, i) => {
    const { terms } = decodeFeatures(text);
    for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
    start[i + 1] = start[i]! + terms.length;
  });
  const terms = new Uint32Array(start[size]!);
  const weights = new Float32Array(start[size]!);
  features.forEach((text, i) => {
    const f = decodeFeatures(text);
    const order = Array.from(f.terms.keys()).sort((a, b) => f.terms[a]! - f.terms[b]!);
    let norm = 0;
    const w = order.map((k) => {
      // IDF as if the corpus also held BACKGROUND articles using none of
      // these words: in a small corpus, where one event is much of the
      // text, the event's own names still count as rare.
      const value = (1 + Math.log(f.weights[k]!)) * Math.log(1 + (size + BACKGROUND) / df.get(f.terms[k]!)!);
      norm += value * value;
      return value;
    });
    norm = Math.sqrt(norm) || 1;
    order.forEach((k, n) => {
      terms[start[i]! + n] = f.terms[k]!;
      weights[start[i]! + n] = w[n]! / norm;
    });
  });
  return { size, time: Float64Array.from(times), start, terms, weights, df };
}

/** Cosine similarity of two articles and how many terms they share. */
export function compare(v: Vectors, a: number, b: number): { cos: number; shared: number } {
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
      cos += v.weights[i++]! * v.weights[j++]!;
      shared++;
    } else if (ta < tb) i++;
    else j++;
  }
  return { cos, shared };
}
