/** Article images on the outlet's own media host or on a shared image CDN. */
import type { Corpus, Img, Provider } from './model';
import { ymd } from './time';

export function articleImage({ data, random }: Corpus, p: Provider, slug: string, t: number): Img {
  const [w, h] = random.pick(data.shape.imageSizes);
  const [y, m] = ymd(t).split('-');
  const short = slug.slice(0, 40).replace(/-+$/, '');
  let url: string;
  if (p.imageHost.startsWith('media.')) {
    url = `https://${p.imageHost}/${y}/${m}/${short}-${w}x${h}.jpg`;
    if (random.chance(0.25)) url += `?cb=${ymd(t).replace(/-/g, '')}`;
  } else if (p.imageHost === 'cdn.pixelquay.net') {
    url = `https://cdn.pixelquay.net/${random.hex(8)}/${w}x${h}/${short}.webp`;
  } else if (p.imageHost === 'images.framewharf.io') {
    url = `https://images.framewharf.io/p/${random.hex(12)}.jpg?w=${w}`;
  } else {
    url = `https://${p.imageHost}/uploads/${y}/${m}/${short}.png`;
  }
  const img: Img = { url, width: w, height: h };
  if (random.chance(0.9)) img.isCached = true;
  return img;
}
