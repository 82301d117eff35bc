/** Article URLs in each outlet's style, the canonical form the indexer computes, and look-alike spellings of a URL. */
import { at } from './at';
import type { Corpus, Provider } from './model';
import { slugify } from './slug';
import { capFirst } from './templates';
import { ymd } from './time';

/** A new URL for an article; another slug suffix when its canonical form is taken. */
export function articleUrl({ random, usedUrls }: Corpus, p: Provider, slug: string, t: number, topic: string): string {
  const { int } = random;
  const host = p.www ? `www.${p.domain}` : p.domain;
  const d = ymd(t).split('-');
  const [y, m, dd] = [at(d, 0), at(d, 1), at(d, 2)];
  for (;;) {
    let path: string;
    switch (p.style) {
      case 'date':
        path = `/${y}/${m}/${dd}/${slug}/`;
        break;
      case 'newsid':
        path = `/news/${slug}-${int(100000, 999999)}`;
        break;
      case 'section':
        path = `/${slugify(topic)}/${slug}`;
        break;
      case 'articles':
        path = `/articles/${int(10000, 99999)}/${slug}`;
        break;
      case 'query':
        path = `/story.php?id=${int(10000, 99999)}`;
        break;
      case 'blog':
        path = `/blog/${y}/${slug}.html`;
        break;
    }
    const url = `https://${host}${path}`;
    const key = canonical(url);
    if (!usedUrls.has(key)) {
      usedUrls.add(key);
      return url;
    }
    slug = `${slug}-${int(2, 99)}`;
  }
}

/** The canonical form the indexer is expected to compute (used here only to check uniqueness). */
export function canonical(url: string): string {
  const u = new URL(url);
  u.hash = '';
  u.hostname = u.hostname.toLowerCase().replace(/^www\./, '');
  for (const k of [...u.searchParams.keys()]) if (k.startsWith('utm_')) u.searchParams.delete(k);
  let s = u.toString();
  if (u.pathname.endsWith('/') && u.pathname !== '/') s = s.replace(/\/(?=$|\?)/, '');
  return s;
}

/** A URL that canonicalises to the same page: www toggled, trailing slash, utm, fragment, host case. */
export function urlVariant({ data, random }: Corpus, url: string): string {
  const m = /^https:\/\/([^/?#]+)([^?#]*)(\?[^#]*)?$/.exec(url);
  if (!m) return url;
  let host = m[1] ?? '';
  let path = m[2] ?? '';
  let query = m[3] ?? '';
  let frag = '';
  // Upper-casing the host goes last so the www toggle sees the plain host.
  const ops = random.shuffle(['www', 'slash', 'utm', 'frag', 'case']).slice(0, random.int(1, 2)).sort((x, y) => Number(x === 'case') - Number(y === 'case'));
  for (const op of ops) {
    if (op === 'www') host = host.startsWith('www.') ? host.slice(4) : `www.${host}`;
    if (op === 'slash' && path.length > 1) path = path.endsWith('/') ? path.slice(0, -1) : `${path}/`;
    if (op === 'utm') {
      const utm = random.pick(data.urls.utmQueries);
      query = query ? `${query}&${utm}` : `?${utm}`;
    }
    if (op === 'frag') frag = random.pick(data.urls.fragments);
    if (op === 'case') host = host.split('.').map((part, i) => (i === host.split('.').length - 1 ? part.toUpperCase() : capFirst(part))).join('.');
  }
  return `https://${host}${path}${query}${frag}`;
}
