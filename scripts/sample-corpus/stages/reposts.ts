/**
 * Stage 8b, syndicated re-posts: the same outlet posts the same article again
 * on the same day under a second URL (one in the biggest event, one single).
 */
import { at } from '../at';
import { securedBlob, singles } from '../articles';
import type { EventSpec } from '../data-types';
import type { Art, Corpus } from '../model';
import { slugify } from '../slug';
import { DAY, HOUR, MINUTE, minutes } from '../time';
import { articleUrl } from '../urls';

/** The event covered by the most outlets (the hub of the related widgets too). */
export const biggestEvent = (events: readonly EventSpec[]): EventSpec | undefined => [...events].sort((x, y) => y.outlets - x.outlets)[0];

function repost(ctx: Corpus, orig: Art): Art {
  const { data, random } = ctx;
  const dayEnd = Math.floor(orig.published / DAY) * DAY + DAY - MINUTE;
  const t = minutes(ctx, Math.min(dayEnd, data.shape.now - 5 * MINUTE, orig.published + random.int(40, 300) * MINUTE));
  const webUrl = articleUrl(ctx, orig.provider, slugify(orig.title), t, at(orig.topics, 0));
  const copy: Art = { ...orig, n: ctx.serial++, webUrl, originalUrl: webUrl, published: t, images: [...orig.images], topics: [...orig.topics], related: [...orig.related] };
  copy.repostOf = orig;
  copy.secured = securedBlob(random);
  if (orig.heat !== undefined) copy.heat = Math.max(1, Math.round(orig.heat * (0.3 + 0.4 * random.next())));
  ctx.arts.push(copy);
  return copy;
}

export function addReposts(ctx: Corpus): void {
  const { data, random, arts } = ctx;
  const biggest = biggestEvent(data.events);
  const now = data.shape.now;
  const members = arts.filter((a) => a.story === biggest?.key && a.published < now - 6 * HOUR && a.published % DAY < 18 * HOUR);
  repost(ctx, random.pick(members));
  const single = random.shuffle(singles(ctx).filter((a) => a.type === 'article' && a.isPublished && !a.removed && !a.deleted && a.webUrl && !a.body && a.related.length === 0));
  repost(ctx, at(single, 0));
}
