/**
 * Outlet banners: many feeds put the outlet's own banner or logo where an
 * article's picture belongs, so the same image URL repeats across that
 * outlet's articles. Such an image says nothing about any one article, so
 * cards and article pages leave it out.
 */
import type { CompactRecord } from '../record';

/** An image is a banner when one outlet uses it on at least this many articles… */
export const BANNER_MIN_ARTICLES = 3;
/** …that are also at least this share of the outlet's articles. */
export const BANNER_MIN_SHARE = 0.2;

export type Banners = { has: (providerDomain: string, url: string | undefined) => boolean };

const keyOf = (providerDomain: string, url: string) => `${providerDomain}\n${url}`;

/** One pass over the records, counting each outlet's card image URLs. */
export function findBanners(records: Pick<CompactRecord, 'providerDomain' | 'image'>[]): Banners {
  const perOutlet = new Map<string, number>();
  const perImage = new Map<string, number>();
  for (const r of records) {
    perOutlet.set(r.providerDomain, (perOutlet.get(r.providerDomain) ?? 0) + 1);
    if (r.image) {
      const key = keyOf(r.providerDomain, r.image.url);
      perImage.set(key, (perImage.get(key) ?? 0) + 1);
    }
  }
  const banners = new Set<string>();
  for (const [key, count] of perImage) {
    const outlet = perOutlet.get(key.slice(0, key.indexOf('\n')))!;
    if (count >= BANNER_MIN_ARTICLES && count >= outlet * BANNER_MIN_SHARE) banners.add(key);
  }
  return { has: (providerDomain, url) => url !== undefined && banners.has(keyOf(providerDomain, url)) };
}
