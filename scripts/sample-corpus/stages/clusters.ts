/** Stage 1, story clusters: the same event told by several outlets within two days (linked later, in related.ts). */
import { at } from '../at';
import { newArt, uniqueTitle } from '../articles';
import type { Kind } from '../data-types';
import type { Corpus, Provider } from '../model';
import { makeEvent, makeExcerpt } from '../news-event';
import { MissingSlot, render } from '../templates';
import { DAY, HOUR, MINUTE, randomTime } from '../time';

/** Returns how many clusters there are. */
export function addClusters(ctx: Corpus): number {
  const { data, random, providers } = ctx;
  const { chance, int, pick, shuffle, weighted } = random;
  const { now, windowDays } = data.shape;
  const clusterSizes = shuffle(data.shape.clusterSizes.flatMap(([size, count]) => Array.from({ length: count }, () => size)));
  const clusterTopics = shuffle(data.topics.flatMap((t) => Array.from({ length: Math.max(1, Math.round(t.weight / 3)) }, () => t)));
  clusterSizes.forEach((size, c) => {
    const topic = at(clusterTopics, c % clusterTopics.length);
    const kinds = (Object.entries(topic.kinds) as Array<[Kind, number]>).filter(([k]) => k !== 'trend');
    const ev = makeEvent(ctx, topic, weighted(kinds, ([, w]) => w)[0]);
    const covering = providers.filter((p) => p.focus.includes(topic.name));
    const others = providers.filter((p) => !p.focus.includes(topic.name));
    const chosen: Provider[] = [];
    while (chosen.length < size) {
      const pool = (covering.some((p) => !chosen.includes(p)) && chance(0.85) ? covering : others).filter((p) => !chosen.includes(p));
      chosen.push(weighted(pool, (p) => p.weight + 0.15));
    }
    const base = randomTime(ctx) - int(0, 30) * HOUR;
    const headlines = shuffle(data.kinds[ev.kind].headlines);
    chosen.forEach((p, i) => {
      let t = base + Math.round(random.next() * 44 * HOUR) + int(0, 59) * MINUTE;
      t = Math.min(t, now - int(10, 90) * MINUTE);
      t = Math.max(t, now - windowDays * DAY + HOUR);
      t = Math.floor(t / 1000) * 1000;
      let k = i;
      // Past the last template, headlines come round again with a prefix.
      const title = uniqueTitle(ctx, () => {
        const tpl = at(headlines, k++ % headlines.length);
        const prefix = k > headlines.length ? pick(data.followUpPrefixes) : '';
        try {
          return prefix + render(tpl, ev.slots);
        } catch (e) {
          if (e instanceof MissingSlot) return undefined;
          throw e;
        }
      });
      const a = newArt(ctx, ev, p, 'article', title, makeExcerpt(ctx, ev), t);
      a.cluster = c;
      if (!a.topics.includes(topic.name)) a.topics.unshift(topic.name);
    });
  });
  return clusterSizes.length;
}
