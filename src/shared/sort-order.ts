/**
 * The list orders, defined once: the indexer writes lists in them and the
 * reader sorts small lists with the same comparators, so a list sorts the
 * same whatever its size. `published` is always ISO 8601 UTC from
 * `Date#toISOString`, so comparing the strings compares the times.
 */
import type { Sort } from './index-schema';

export type Sortable = { id: string; published: string; hot?: number; heat?: number; quality?: number };

/**
 * Hot: heat with time decay, in the spirit of Hacker News' (p - 1) / (t + 2)^1.8,
 * with t in hours since the newest article of the corpus (not the clock, so a
 * build is deterministic and an archive still has a front page). Stored as
 * its logarithm, rounded: the order is the same and the number stays short.
 * An article without heat counts as heat 0, so it still decays like the rest.
 */
const HOT_GRAVITY = 1.8;
export function hotScore(heat: number | undefined, publishedMs: number, newestMs: number): number {
  const ageHours = Math.max(0, newestMs - publishedMs) / 3_600_000;
  return Math.round((Math.log(Math.max(0, heat ?? 0) + 1) - HOT_GRAVITY * Math.log(ageHours + 2)) * 1e4) / 1e4;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const byNewest = (a: Sortable, b: Sortable) => cmp(b.published, a.published) || cmp(a.id, b.id);
const byScore = (score: (s: Sortable) => number) => (a: Sortable, b: Sortable) => score(b) - score(a) || byNewest(a, b);

export const comparators: Record<Sort, (a: Sortable, b: Sortable) => number> = {
  hot: byScore((s) => s.hot ?? Number.NEGATIVE_INFINITY),
  heat: byScore((s) => s.heat ?? 0),
  quality: byScore((s) => s.quality ?? 0),
  newest: byNewest,
};

export function sortItems<T extends Sortable>(items: readonly T[], sort: Sort): T[] {
  return [...items].sort(comparators[sort]);
}
