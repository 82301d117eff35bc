/**
 * Story clustering for the whole corpus: candidate pairs by content and
 * time, `related:` links as extra evidence, bounded merging, then the
 * same-title copies inside each story and each article's most similar
 * articles outside it.
 */
import { fnv1a } from '../../../shared/hash';
import { candidatePairs } from './candidates';
import { clusterStories } from './cluster';
import { buildVectors } from './vectors';

export type StoryInput = {
  id: string;
  title: string;
  publishedMs: number;
  heat?: number;
  providerDomain: string;
  /** Encoded text features (features.ts). */
  features: string;
  /** Indices of the articles this one's `related:` entries point at. */
  links: number[];
};

export type StoryOptions = { windowDays: number; maxSize: number };

export type Stories = {
  /** Per article: its story's root article (the earliest member), or -1. */
  root: Int32Array;
  /** Per article: the article it is a same-title copy of, or -1. */
  duplicateOf: Int32Array;
  /** The most similar articles outside the article's story, most similar first. */
  similar(i: number): number[];
};

/** "Similar coverage" looks this many story windows around an article. */
const SIMILAR_WINDOWS = 2;
const SIMILAR_MIN_COS = 0.15;
const SIMILAR_MAX = 5;
const SIMILAR_KEPT = 8;
const DAY_MS = 86_400_000;

/** Same outlet, same title (ignoring case and spacing), same UTC day. */
function copyKey(input: StoryInput): number {
  return fnv1a(`${input.providerDomain}\0${input.title.toLocaleLowerCase('en').replace(/\s+/g, ' ')}\0${Math.floor(input.publishedMs / DAY_MS)}`);
}

/** The copy that stands for the others: the hottest, then the earliest (inputs are in time order). */
const better = (inputs: StoryInput[], a: number, b: number) => ((inputs[b]!.heat ?? 0) > (inputs[a]!.heat ?? 0) ? b : a);

/** `inputs` must be in publication order (then id). */
export function findStories(inputs: StoryInput[], options: StoryOptions): Stories {
  const windowMs = options.windowDays * DAY_MS;
  const vectors = buildVectors(inputs.map((r) => r.features), inputs.map((r) => r.publishedMs));
  const pairs = candidatePairs(vectors, {
    windowMs: windowMs * SIMILAR_WINDOWS,
    minCos: SIMILAR_MIN_COS,
    minShared: 2,
    perArticle: 24,
  });

  const duplicateOf = new Int32Array(inputs.length).fill(-1);
  const firstCopy = new Map<number, number>();
  const forced: [number, number][] = [];
  inputs.forEach((input, i) => {
    const key = copyKey(input);
    const seen = firstCopy.get(key);
    if (seen === undefined) return void firstCopy.set(key, i);
    const keep = better(inputs, seen, i);
    const drop = keep === i ? seen : i;
    duplicateOf[drop] = keep;
    if (keep === i) firstCopy.set(key, i);
    forced.push([keep, drop]);
  });
  // A copy of a copy points at the one kept.
  for (let i = 0; i < inputs.length; i++) {
    let target = duplicateOf[i]!;
    while (target >= 0 && duplicateOf[target]! >= 0) target = duplicateOf[target]!;
    duplicateOf[i] = target;
  }

  const links: [number, number][] = [];
  inputs.forEach((input, i) => {
    for (const j of input.links) if (j !== i) links.push([i, j]);
  });
  const root = clusterStories(vectors, pairs, links, { windowMs, maxSize: options.maxSize }, forced);
  // A copy outside its original's story (the cap was reached) is an article of its own.
  for (let i = 0; i < inputs.length; i++) {
    const of = duplicateOf[i]!;
    if (of >= 0 && (root[i]! < 0 || root[i] !== root[of])) duplicateOf[i] = -1;
  }

  const best = new Int32Array(inputs.length * SIMILAR_KEPT).fill(-1);
  const bestCos = new Float32Array(inputs.length * SIMILAR_KEPT);
  const offer = (i: number, j: number, cos: number) => {
    const base = i * SIMILAR_KEPT;
    let k = SIMILAR_KEPT - 1;
    if (best[base + k]! >= 0 && bestCos[base + k]! >= cos) return;
    while (k > 0 && (best[base + k - 1]! < 0 || bestCos[base + k - 1]! < cos)) {
      best[base + k] = best[base + k - 1]!;
      bestCos[base + k] = bestCos[base + k - 1]!;
      k--;
    }
    best[base + k] = j;
    bestCos[base + k] = cos;
  };
  for (let n = 0; n < pairs.length; n++) {
    const [a, b, cos] = [pairs.a[n]!, pairs.b[n]!, pairs.cos[n]!];
    if (root[a]! >= 0 && root[a] === root[b]) continue;
    if (duplicateOf[a]! >= 0 || duplicateOf[b]! >= 0) continue;
    offer(a, b, cos);
    offer(b, a, cos);
  }
  return {
    root,
    duplicateOf,
    similar: (i) => {
      const out: number[] = [];
      for (let k = 0; k < SIMILAR_KEPT && out.length < SIMILAR_MAX; k++) {
        const j = best[i * SIMILAR_KEPT + k]!;
        if (j < 0) break;
        out.push(j);
      }
      return out;
    },
  };
}
