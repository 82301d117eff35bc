/**
 * Stage 8c, "more to read" widgets: a few articles list unrelated earlier
 * articles of the corpus as related, most of them the same popular breach
 * story (a hub), which must not merge those stories.
 */
import { at } from '../at';
import { singles, visible } from '../articles';
import type { Corpus } from '../model';
import { HOUR } from '../time';
import { relatedFrom } from './related';
import { biggestEvent } from './reposts';

export function addWidgets(ctx: Corpus): void {
  const { data, random, arts } = ctx;
  const biggest = biggestEvent(data.events);
  const hub = [...arts].filter((a) => a.story === biggest?.key && !a.repostOf).sort((x, y) => (y.heat ?? 0) - (x.heat ?? 0))[0];
  if (!hub) throw new Error('no hub for the related widgets');
  const hosts = random.shuffle(
    singles(ctx).filter(
      (a) => a.type === 'article' && visible(a) && !a.repostOf && a.related.length <= 1 && !a.hostile && a.published > hub.published + 4 * HOUR && !biggest?.topics.includes(at(a.topics, 0)),
    ),
  ).slice(0, 6);
  if (hosts.length < 6) throw new Error('not enough articles after the hub for the related widgets');
  hosts.forEach((host, i) => {
    const earlier = random.shuffle(
      arts.filter((t) => t !== host && visible(t) && t.published < host.published - HOUR && at(t.topics, 0) !== at(host.topics, 0) && !t.repostOf && (t.webUrl ?? t.originalUrl).startsWith('https://')),
    );
    const targets = i < 4 ? [hub, ...earlier.filter((t) => t !== hub).slice(0, random.int(1, 2))] : earlier.slice(0, random.int(2, 3));
    for (const t of targets) host.related.push({ ...relatedFrom(ctx, t, false), widget: true });
  });
}
