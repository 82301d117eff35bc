/** Stage 3c, the extra drafts of events.json: `published: false`, some about an event, some off-topic. */
import { at } from '../at';
import { newArt } from '../articles';
import type { Corpus } from '../model';
import { makeEvent, topicSpec } from '../news-event';
import { clampTime, DAY, minutes } from '../time';

export function addDrafts(ctx: Corpus): void {
  const { data, random, providers } = ctx;
  for (const d of data.drafts) {
    const topic = topicSpec(data, at(d.topics, 0));
    const spec = d.event === null ? undefined : data.events.find((e) => e.key === d.event);
    if (d.event !== null && !spec) throw new Error(`draft about unknown event ${d.event}`);
    const p = random.weighted(providers.filter((x) => x.focus.includes(topic.name)), (x) => x.weight + 0.1);
    ctx.usedTitles.add(d.title.toLowerCase());
    const ev = spec ? makeEvent(ctx, topic, spec.kind) : makeEvent(ctx, topic);
    const a = newArt(ctx, ev, p, 'article', d.title, d.excerpt, clampTime(ctx, minutes(ctx, data.shape.now - Math.round(d.daysAgo * DAY))));
    a.isPublished = false;
    a.draftOf = d.event ?? 'off-topic';
    a.topics = [...d.topics];
  }
}
