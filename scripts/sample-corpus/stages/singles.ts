/** Stage 3, single articles, videos and downloads, until the corpus has shape.clustersAndSingles files. */
import { newArt, primaryTopicFor, uniquePair, uniqueTitle } from '../articles';
import type { Art, Corpus } from '../model';
import { makeEvent, makeExcerpt } from '../news-event';
import { slugify } from '../slug';
import { renderAny } from '../templates';
import { randomTime } from '../time';
import { canonical } from '../urls';

const YT_ALPHABET: readonly string[] = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'];

export function addSingles(ctx: Corpus): void {
  const { data, random, providers, arts } = ctx;
  const { chance, int, pick, weighted } = random;
  const { media } = data;
  while (arts.length < data.shape.clustersAndSingles) {
    const r = random.next();
    const type: Art['type'] = r < 0.09 ? 'video' : r < 0.15 ? 'download' : 'article';
    const p = type === 'video' ? weighted(providers, (x) => x.weight * (x.videoHeavy ? 6 : 1)) : weighted(providers, (x) => x.weight);
    const topic = primaryTopicFor(ctx, p);
    const ev = makeEvent(ctx, topic);
    const headlines = data.kinds[ev.kind].headlines;
    let title: string;
    let excerpt: string;
    if (type === 'video') {
      if (chance(0.3)) {
        title = uniqueTitle(ctx, () => `${pick(media.videoPrefixes)}${renderAny(random, headlines, ev.slots) ?? ''}`);
        excerpt = makeExcerpt(ctx, ev);
      } else [title, excerpt] = uniquePair(ctx, media.videos, ev.slots);
    } else if (type === 'download') {
      [title, excerpt] = uniquePair(ctx, media.downloads, ev.slots);
    } else {
      title = uniqueTitle(ctx, () => renderAny(random, headlines, ev.slots));
      excerpt = makeExcerpt(ctx, ev);
    }
    const a = newArt(ctx, ev, p, type, title, excerpt, randomTime(ctx));
    if (type === 'video') {
      const id = Array.from({ length: 11 }, () => pick(YT_ALPHABET)).join('');
      a.originalUrl = chance(0.5) ? `https://youtube.com/watch?v=${id}` : `https://www.youtube.com/watch?v=${id}`;
      // Most videos are known only by their YouTube address.
      if (chance(0.6)) {
        ctx.usedUrls.delete(canonical(a.webUrl ?? ''));
        delete a.webUrl;
      }
      a.featuredContent = `<iframe width="800" height="500" frameborder="0" src="https://www.youtube.com/embed/${id}" allow="accelerometer; autoplay; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe>`;
      a.images = [{ url: `https://i.ytimg.com/vi/${id}/maxresdefault.jpg`, width: 1280, height: 720, isCached: true }];
    }
    if (type === 'download') {
      const base = a.webUrl ?? a.originalUrl;
      const file = `${slugify(title, 40)}.${pick(media.downloadExtensions)}`;
      const host = new URL(base).hostname.replace(/^www\./, '');
      a.actions = Array.from({ length: chance(0.25) ? 2 : 1 }, (_, i) => ({
        url: `https://downloads.${host}/files/${random.hex(6)}/${i ? `extras-${file}` : file}`,
        type: 'download',
        title: i ? 'Download slides' : pick(media.downloadActions),
        attribution: p.name,
      }));
      a.authors = random.shuffle(data.words.authors).slice(0, int(1, 2));
    }
  }
}
