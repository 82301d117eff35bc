/** The outlets of outlets.json with a share that falls with their position, a logo and an image host. */
import type { CorpusData } from './data-types';
import type { Provider } from './model';
import type { Random } from './seeded-random';
import { slugify } from './slug';
import { fill } from './templates';

export function makeProviders(data: CorpusData, random: Random): Provider[] {
  return data.outlets.outlets.map((p, i) => {
    const weight = 1 / Math.pow(i + 1, 0.85);
    const logoUrl = p.logo ? fill(random.pick(data.urls.logoUrls), { domain: p.domain, slug: slugify(p.name) }) : undefined;
    const imageHost = random.chance(0.55) ? `media.${p.domain}` : random.pick(data.outlets.sharedImageHosts);
    return { ...p, weight, logoUrl, imageHost };
  });
}
