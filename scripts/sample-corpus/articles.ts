/** Creating an article: unique title, URL, topics, images and the fields most articles carry. */
import { at } from './at';
import type { Art, Corpus, NewsEvent, Provider } from './model';
import type { TitleAndExcerpt, TopicSpec } from './data-types';
import { articleImage } from './images';
import { topicSpec } from './news-event';
import type { Random } from './seeded-random';
import { slugify } from './slug';
import { MissingSlot, render, renderAny, type Slots } from './templates';
import { ymd } from './time';
import { articleUrl } from './urls';

/** The opaque `secured` blob real feeds carry. */
export const securedBlob = ({ bytes, int }: Random): string => `${bytes(int(236, 300)).toString('base64')};${bytes(16).toString('base64')}`;

/** Articles outside clusters, events, look-alikes and drafts, and not the reference article. */
export const singles = ({ arts }: Corpus): Art[] => arts.filter((a) => a.cluster === undefined && !a.fixedName && !a.story && !a.nearMiss && !a.draftOf);

export const visible = (a: Art): boolean => a.isPublished && !a.removed && !a.deleted;

function topicsFor({ data, random }: Corpus, primary: TopicSpec, p: Provider): string[] {
  const { chance } = random;
  const { ki, donnees } = data.outlets.extraTags;
  const out = [primary.name];
  const extra = random.weighted([0, 1, 2, 3], (k) => [4, 4, 2, 0.6][k] ?? 0);
  for (const t of random.shuffle(primary.near)) {
    if (out.length > extra) break;
    if (!out.includes(t)) out.push(t);
  }
  if (p.extraTag === 'ki' && ['AI', 'Machine Learning'].some((t) => out.includes(t)) && chance(0.85)) out.splice(1, 0, ki);
  if (p.extraTag === 'donnees' && chance(0.85)) out.splice(1, 0, donnees);
  if (!p.extraTag && out.includes('AI') && chance(0.04)) out.push(ki);
  if (!p.extraTag && (out.includes('Data Engineering') || out.includes('Databases')) && chance(0.25)) out.push(donnees);
  return out.slice(0, 4);
}

/** Mostly one of the outlet's own topics. */
export function primaryTopicFor({ data, random }: Corpus, p: Provider): TopicSpec {
  if (random.chance(0.72)) return topicSpec(data, random.weighted(p.focus, (n) => topicSpec(data, n).weight));
  return random.weighted(data.topics, (t) => t.weight);
}

/** Claims a title no article has yet (case-insensitive). */
export function uniqueTitle({ usedTitles }: Corpus, make: () => string | undefined): string {
  for (let i = 0; i < 40; i++) {
    const t = make();
    if (t && !usedTitles.has(t.toLowerCase())) {
      usedTitles.add(t.toLowerCase());
      return t;
    }
  }
  throw new Error('could not find a unique title');
}

/** A title and its matching excerpt from the first template pair whose slots are all there. */
export function uniquePair(ctx: Corpus, pairs: readonly TitleAndExcerpt[], slots: Slots): [string, string] {
  const { data, random, usedTitles } = ctx;
  for (const pair of random.shuffle(pairs)) {
    try {
      const title = render(pair.title, slots);
      const excerpt = render(pair.excerpt, slots);
      if (usedTitles.has(title.toLowerCase())) continue;
      usedTitles.add(title.toLowerCase());
      return [title, excerpt];
    } catch (err) {
      if (!(err instanceof MissingSlot)) throw err;
    }
  }
  const trend = data.kinds.trend;
  return [uniqueTitle(ctx, () => renderAny(random, trend.headlines, slots)), render(at(trend.excerpts, 0), slots)];
}

/** A new published article of `ev` by `p`, added to the corpus. */
export function newArt(ctx: Corpus, ev: NewsEvent, p: Provider, type: Art['type'], title: string, excerpt: string, t: number): Art {
  const { random } = ctx;
  const slug = slugify(title);
  const webUrl = articleUrl(ctx, p, slug, t, ev.topic.name);
  const a: Art = {
    n: ctx.serial++,
    event: ev,
    provider: p,
    type,
    title,
    excerpt,
    published: t,
    webUrl,
    originalUrl: webUrl,
    isPublished: true,
    topics: topicsFor(ctx, ev.topic, p),
    images: [],
    related: [],
    file: '',
  };
  if (random.chance(0.06)) a.originalUrl = `${webUrl}${webUrl.includes('?') ? '&' : '?'}ref=feed`;
  if (random.chance(0.7)) a.category = 'news';
  if (random.chance(0.8)) a.secured = securedBlob(random);
  const r = random.next();
  if (r < 0.025) a.images = [{ url: `/assets/images/${ymd(t).slice(0, 4)}/${slug.slice(0, 40)}.jpg`, width: 640, height: 360 }];
  else if (r < 0.13) a.images = [];
  else if (r < 0.16) a.images = [articleImage(ctx, p, slug, t), articleImage(ctx, p, `${slug}-2`, t)];
  else a.images = [articleImage(ctx, p, slug, t)];
  ctx.arts.push(a);
  return a;
}
