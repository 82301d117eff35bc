/** Stage 2, the reference-style article of reference-article.json: .txt, mojibake title, unpublished, one outside related entry. */
import { at } from '../at';
import { newArt, securedBlob } from '../articles';
import { articleImage } from '../images';
import type { Corpus } from '../model';
import { makeEvent, topicSpec } from '../news-event';
import { fill } from '../templates';
import { DAY, HOUR, MINUTE } from '../time';

const before = (ago: { days?: number; hours?: number; minutes?: number }): number =>
  (ago.days ?? 0) * DAY + (ago.hours ?? 0) * HOUR + (ago.minutes ?? 0) * MINUTE;

export function addReferenceArticle(ctx: Corpus): void {
  const { data, random, providers } = ctx;
  const ref = data.reference;
  const p = providers.find((x) => x.domain === ref.outlet) ?? at(providers, 0);
  const ev = makeEvent(ctx, topicSpec(data, ref.topic), ref.kind);
  const t = data.shape.now - before(ref.ago);
  // URLs and the file name come from the clean title, as the CMS made them.
  const a = newArt(ctx, ev, p, 'article', ref.cleanTitle, '', t);
  a.title = ref.title;
  a.originalUrl = a.webUrl ?? a.originalUrl;
  ctx.usedTitles.add(ref.title.toLowerCase());
  a.excerpt = ref.excerpt;
  a.topics = [...ref.topics];
  a.isPublished = false;
  a.category = 'news';
  a.secured = securedBlob(random);
  a.quality = ref.quality;
  a.heat = ref.heat;
  a.images = [articleImage(ctx, p, ref.imageSlug, t)];
  a.fixedName = `000_${random.hex(16)}.txt`;
  const outlet = at(data.outlets.outsideOutlets, 0);
  const rel = ref.related;
  a.related = [
    {
      title: rel.title,
      excerpt: rel.excerpt,
      published: t - before(rel.ago),
      webUrl: fill(rel.url, { domain: outlet.domain }),
      type: 'article',
      provider: outlet,
      quality: rel.quality,
      images: [{ ...rel.image, url: fill(rel.image.url, { domain: outlet.domain }), isCached: true }],
    },
  ];
}
