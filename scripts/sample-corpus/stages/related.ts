/** Stage 7, related entries: cluster members are linked to each other deliberately, a few other articles point outside the corpus. */
import { at } from '../at';
import type { Art, Corpus, Related } from '../model';
import { makeEvent, makeExcerpt } from '../news-event';
import { slugify } from '../slug';
import { renderAny } from '../templates';
import { DAY, HOUR } from '../time';
import { canonical, urlVariant } from '../urls';

/** A related entry pointing at `target`, under another spelling of its URL when `varied`. */
export function relatedFrom(ctx: Corpus, target: Art, varied: boolean): Related {
  const url = target.webUrl ?? target.originalUrl;
  return {
    title: target.title,
    excerpt: target.excerpt.length > 300 ? target.excerpt.slice(0, target.excerpt.lastIndexOf(' ', 300)) : target.excerpt,
    published: target.published,
    webUrl: varied ? urlVariant(ctx, url) : url,
    type: target.type,
    provider: { name: target.provider.name, domain: target.provider.domain },
    quality: target.quality,
    images: target.images.filter((i) => i.url.startsWith('https://')).slice(0, 1),
  };
}

function outsideRelated(ctx: Corpus, a: Art): Related {
  const { data, random, usedUrls } = ctx;
  const { chance, int, pick } = random;
  const sameOutlet = chance(0.35);
  const outlet = sameOutlet ? a.provider : chance(0.5) ? pick(data.outlets.outsideOutlets) : pick(ctx.providers);
  const ev = makeEvent(ctx, a.event.topic);
  const title = renderAny(random, data.kinds[ev.kind].headlines, ev.slots) ?? 'More coverage';
  const t = a.published - int(1, 20 * 24) * HOUR;
  const host = 'www' in outlet && outlet.www ? `www.${outlet.domain}` : outlet.domain;
  let url: string;
  do url = `https://${host}/${pick(data.urls.relatedSections)}/${slugify(title, 50)}-${int(1000, 99999)}`;
  while (usedUrls.has(canonical(url)));
  usedUrls.add(canonical(url));
  const rel: Related = {
    title,
    excerpt: makeExcerpt(ctx, ev),
    published: Math.max(t, data.shape.now - 120 * DAY),
    webUrl: url,
    type: 'article',
    provider: { name: outlet.name, domain: outlet.domain },
    images: [],
  };
  if (chance(0.85)) rel.quality = Math.round(Math.exp(random.normal(3.6, 0.5)));
  if (chance(0.8)) {
    const [w, h] = pick(data.shape.imageSizes);
    rel.images = [{ url: `https://img.${outlet.domain}/${random.hex(10)}-${w}x${h}.jpg`, width: w, height: h, isCached: true }];
  }
  return rel;
}

/** Links each cluster into one connected story: a tree of links, sometimes one more, some in both directions. */
function linkCluster(ctx: Corpus, c: number): void {
  const { random } = ctx;
  const members = ctx.arts.filter((a) => a.cluster === c).sort((x, y) => x.published - y.published || x.n - y.n);
  const deg = new Map<Art, number>(members.map((m) => [m, 0]));
  const link = (from: Art, to: Art): boolean => {
    if (from.related.some((r) => canonical(r.webUrl) === canonical(to.webUrl ?? to.originalUrl))) return true;
    if (from.related.length >= 4) return false;
    from.related.push(relatedFrom(ctx, to, random.chance(0.5)));
    return true;
  };
  const edges: Array<[Art, Art]> = [];
  for (let i = 1; i < members.length; i++) {
    const later = at(members, i);
    const earlierOk = members.slice(0, i).filter((m) => (deg.get(m) ?? 0) < 3);
    const earlier = earlierOk.length ? random.pick(earlierOk) : at(members, i - 1);
    edges.push([later, earlier]);
    deg.set(later, (deg.get(later) ?? 0) + 1);
    deg.set(earlier, (deg.get(earlier) ?? 0) + 1);
  }
  if (members.length >= 4 && random.chance(0.6)) {
    const [x, y] = random.shuffle(members);
    if (x && y) edges.push([x.published > y.published ? x : y, x.published > y.published ? y : x]);
  }
  for (const [later, earlier] of edges) {
    const r = random.next();
    const ok = r < 0.5 ? link(later, earlier) : r < 0.72 ? link(earlier, later) : [link(later, earlier), link(earlier, later)].some(Boolean);
    if (!ok && !link(later, earlier) && !link(earlier, later)) throw new Error(`story ${c}: could not link two articles`);
  }
}

export function addRelated(ctx: Corpus, clusterCount: number): void {
  const { random } = ctx;
  for (let c = 0; c < clusterCount; c++) linkCluster(ctx, c);
  for (const a of ctx.arts) {
    if (a.fixedName || a.story || a.draftOf) continue;
    const want = a.cluster === undefined ? (random.chance(0.07) ? random.int(1, 3) : 0) : random.chance(0.12) ? 1 : 0;
    for (let i = 0; i < want && a.related.length < 4; i++) a.related.push(outsideRelated(ctx, a));
  }
}
