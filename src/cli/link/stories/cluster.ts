/**
 * Stories from similarity evidence. Pairs are merged most similar first
 * (Kruskal's order), but two groups join only when the groups as a whole
 * are alike (group-average linkage: the mean cosine over every pair across
 * them), not merely the one pair that connects them. So A–B and B–C put A and C together only when A, B and C share what
 * B shares with each, and a hub that a thousand articles link to (or that
 * resembles a little of everything) cannot chain them into one story. A
 * story also never spans more than the window or holds more than the cap.
 */
import { NUMBER_BIT } from './features';
import { compare, type Vectors } from './vectors';
import type { Pairs } from './candidates';

export type ClusterOptions = {
  windowMs: number;
  maxSize: number;
};

/** Two groups join when their articles are on average at least this alike… */
const STORY_MIN_COS = 0.22;
/**
 * …but a story starts only from a pair this alike: two lone articles that
 * share a phrase ("Live demo:", "shares slide after") are the likeliest
 * false story, while an article that resembles a whole group is not.
 */
const STORY_SEED_COS = 0.4;
/**
 * A `related:` link between two articles counts as this much similarity:
 * strong evidence, but not enough alone (a widget linking anything to
 * anything gives links between articles with nothing in common).
 */
const LINK_BONUS = 0.15;
/** Key terms of a group that whatever joins it must use. */
const KEY_TERMS = 1;
/** From this size on, a group's key terms say what it is about. */
const KEYED_SIZE = 3;
/** What a gap of a whole window between two groups adds to the similarity they need. */
const GAP_PENALTY = 0.15;
/** Linked articles must still share this much text to count as a pair. */
const LINK_MIN_COS = 0.1;

type Edge = { a: number; b: number; weight: number; link: boolean };

class Group {
  constructor(
    public size: number,
    public first: number,
    public last: number,
    /** The sum of the members' unit vectors. */
    public sum: Map<number, number>,
  ) {}

  /** The mean cosine over every pair across the two groups: the dot product of their sums over the pair count. */
  averageCosine(other: Group): number {
    const [small, large] = this.sum.size < other.sum.size ? [this.sum, other.sum] : [other.sum, this.sum];
    let dot = 0;
    for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
    return dot / (this.size * other.size);
  }

  /** The words (not numbers) that weigh most across the group: for a story, usually the names it is about. */
  keyTerms(): number[] {
    const top: [number, number][] = [];
    for (const entry of this.sum) {
      if (entry[0] >= NUMBER_BIT) continue;
      if (top.length < KEY_TERMS) top.push(entry);
      else if (entry[1] > top[KEY_TERMS - 1]![1]) top[KEY_TERMS - 1] = entry;
      else continue;
      top.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    }
    return top.map(([t]) => t);
  }

  /** The smaller sum is added into the larger. */
  absorb(other: Group): void {
    const [small, large] = this.sum.size < other.sum.size ? [this.sum, other.sum] : [other.sum, this.sum];
    for (const [t, w] of small) large.set(t, (large.get(t) ?? 0) + w);
    this.sum = large;
    this.size += other.size;
    this.first = Math.min(this.first, other.first);
    this.last = Math.max(this.last, other.last);
  }
}

function groupOf(v: Vectors, i: number): Group {
  const sum = new Map<number, number>();
  for (let k = v.start[i]!; k < v.start[i + 1]!; k++) sum.set(v.terms[k]!, v.weights[k]!);
  return new Group(1, v.time[i]!, v.time[i]!, sum);
}

/**
 * `links` are [a, b] index pairs from `related:` entries. Returns, per
 * article, the index of its story's root (the same for every member), or -1
 * for an article on its own.
 */
export function clusterStories(
  v: Vectors,
  pairs: Pairs,
  links: [number, number][],
  options: ClusterOptions,
  /** Same-title copies: joined first, whatever their text says. */
  forced: [number, number][] = [],
): Int32Array {
  const edges: Edge[] = [];
  const decay = (a: number, b: number) => 1 - (0.25 * Math.abs(v.time[a]! - v.time[b]!)) / options.windowMs;
  for (let n = 0; n < pairs.length; n++) {
    const a = pairs.a[n]!;
    const b = pairs.b[n]!;
    if (pairs.cos[n]! >= STORY_MIN_COS && Math.abs(v.time[a]! - v.time[b]!) <= options.windowMs) {
      edges.push({ a, b, weight: pairs.cos[n]! * decay(a, b), link: false });
    }
  }
  for (const [a, b] of links) {
    if (Math.abs(v.time[a]! - v.time[b]!) > options.windowMs) continue;
    const { cos } = compare(v, a, b);
    if (cos >= LINK_MIN_COS) edges.push({ a: Math.min(a, b), b: Math.max(a, b), weight: (cos + LINK_BONUS) * decay(a, b), link: true });
  }
  edges.sort((x, y) => y.weight - x.weight || x.a - y.a || x.b - y.b || Number(y.link) - Number(x.link));

  const parent = Int32Array.from({ length: v.size }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const groups = new Map<number, Group>();
  const group = (root: number) => {
    let g = groups.get(root);
    if (!g) groups.set(root, (g = groupOf(v, root)));
    return g;
  };
  // The earlier article is the root, so a story's root is its earliest member.
  const join = (ra: number, rb: number) => {
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    group(root).absorb(group(child));
    groups.delete(child);
    parent[child] = root;
  };
  for (const [a, b] of forced) {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb || group(ra).size + group(rb).size > options.maxSize) continue;
    join(ra, rb);
  }
  for (const edge of edges) {
    const ra = find(edge.a);
    const rb = find(edge.b);
    if (ra === rb) continue;
    const [ga, gb] = [group(ra), group(rb)];
    if (ga.size + gb.size > options.maxSize) continue;
    if (Math.max(ga.last, gb.last) - Math.min(ga.first, gb.first) > options.windowMs) continue;
    // Coverage of one event bunches within a day or two: the longer the gap
    // between two groups, the more alike they must be.
    const gap = Math.max(0, Math.max(ga.first, gb.first) - Math.min(ga.last, gb.last));
    // Two stories of the same kind ("factory fire at X", "factory fire at Y")
    // share their wording but not what they are about: once a group
    // has formed, whatever joins it must use one of its key terms.
    const [small, large] = ga.size < gb.size ? [ga, gb] : [gb, ga];
    if (large.size >= KEYED_SIZE && !large.keyTerms().some((t) => small.sum.has(t))) continue;
    const needed = (ga.size === 1 && gb.size === 1 ? STORY_SEED_COS : STORY_MIN_COS) + (GAP_PENALTY * gap) / options.windowMs;
    if (ga.averageCosine(gb) + (edge.link ? LINK_BONUS : 0) < needed) continue;
    join(ra, rb);
  }

  const story = new Int32Array(v.size).fill(-1);
  for (let i = 0; i < v.size; i++) {
    const root = find(i);
    if ((groups.get(root)?.size ?? 1) > 1) story[i] = root;
  }
  return story;
}
