import { describe, expect, it } from 'vitest';
import { link } from '../../src/cli/link/link';
import { findBanners } from '../../src/cli/link/banners';
import type { ArticleRecord } from '../../src/cli/record';
import { accept, articlesOf, articleText } from './helpers';

let n = 0;
/** An article of `domain` whose first image is `image` (none when undefined). */
function rec(domain: string, image: string | undefined, extra: Record<string, unknown> = {}): ArticleRecord {
  n += 1;
  return accept(articleText({
    title: `Headline number ${n} about thing ${n}`,
    webUrl: `https://${domain}/a/${n}`,
    provider: { name: domain, domain },
    ...(image ? { images: [{ url: image }] } : {}),
    ...extra,
  }), {}, `f${n}.md`).record;
}

const BANNER = 'https://cdn.example/banner.png';

describe('outlet banners', () => {
  it('takes an image used on 3 of an outlet\'s 10 articles off cards and article pages', () => {
    const records = [
      ...[0, 1, 2].map(() => rec('a.example', BANNER, { images: [{ url: BANNER }, { url: 'https://cdn.example/own.jpg' }] })),
      ...Array.from({ length: 7 }, (_, i) => rec('a.example', `https://cdn.example/photo-${i}.jpg`)),
    ];
    const out = link(records);
    const articles = articlesOf(out);
    expect(out.cards.filter((c) => c.image?.url === BANNER)).toEqual([]);
    expect(out.cards.filter((c) => c.image)).toHaveLength(7);
    const bannered = articles.filter((a) => a.images.some((i) => i.url === 'https://cdn.example/own.jpg'));
    expect(bannered).toHaveLength(3);
    for (const a of bannered) {
      expect(a.images.map((i) => i.url)).toEqual(['https://cdn.example/own.jpg']);
      expect(a.image).toBeUndefined();
    }
  });

  it('keeps an image repeated on fewer than 3 articles, or on less than 20% of the outlet', () => {
    const twice = findBanners([{ providerDomain: 'a', image: { url: BANNER } }, { providerDomain: 'a', image: { url: BANNER } }]);
    expect(twice.has('a', BANNER)).toBe(false);
    const rare = [
      ...[0, 1, 2].map(() => ({ providerDomain: 'a', image: { url: BANNER } })),
      ...Array.from({ length: 13 }, (_, i) => ({ providerDomain: 'a', image: { url: `https://cdn.example/${i}.jpg` } })),
    ];
    expect(findBanners(rare).has('a', BANNER)).toBe(false); // 3 of 16 < 20%
    expect(findBanners(rare.slice(0, 15)).has('a', BANNER)).toBe(true); // 3 of 15 = 20%
  });

  it('never takes the image of an outlet with one article', () => {
    const out = link([rec('solo.example', BANNER)]);
    expect(out.cards[0]!.image?.url).toBe(BANNER);
    expect(articlesOf(out)[0]!.images.map((i) => i.url)).toEqual([BANNER]);
  });

  it('counts per outlet: a URL that is one outlet\'s banner stays another\'s picture', () => {
    const records = [
      ...[0, 1, 2].map(() => rec('a.example', BANNER)),
      rec('b.example', BANNER),
      ...Array.from({ length: 9 }, (_, i) => rec('b.example', `https://cdn.example/b-${i}.jpg`)),
    ];
    const out = link(records);
    expect(out.cards.filter((c) => c.provider.domain === 'a.example').map((c) => c.image)).toEqual([undefined, undefined, undefined]);
    expect(out.cards.filter((c) => c.provider.domain === 'b.example' && c.image?.url === BANNER)).toHaveLength(1);
    expect(findBanners([...[0, 1, 2].map(() => ({ providerDomain: 'a', image: { url: BANNER } })), { providerDomain: 'b', image: { url: BANNER } }]).has('b', BANNER)).toBe(false);
  });
});
