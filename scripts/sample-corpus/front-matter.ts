/** An article as a file: YAML front matter between `---` lines, then the body. */
import type { Art, Corpus, Img } from './model';
import type { Random } from './seeded-random';
import { iso } from './time';

const YAML_WORDS = /^(true|false|yes|no|on|off|null|y|n|~)$/i;
/** Plain scalar when obviously safe, else a JSON string (a valid YAML double-quoted scalar). */
function scalar(s: string): string {
  if (/^[\p{L}][\p{L}\p{N} .&'-]*[\p{L}\p{N}]$/u.test(s) && !YAML_WORDS.test(s) && !/ [#&]|: /.test(s)) return s;
  return JSON.stringify(s);
}
const q = (s: string): string => JSON.stringify(s);

/** How a topic is written in the file: sometimes in another case or padded with spaces. */
function topicSpelling(random: Random, t: string): string {
  const r = random.next();
  if (r < 0.06) return t.toLowerCase();
  if (r < 0.09) return ` ${t} `;
  if (r < 0.1) return t.toUpperCase();
  if (r < 0.12) return `${t.toLowerCase()} `;
  return t;
}

function imagesYaml(random: Random, imgs: Img[], indent: string): string[] {
  const out: string[] = [];
  for (const i of imgs) {
    out.push(`${indent}- url: ${i.url.startsWith('/') && random.chance(0.5) ? i.url : q(i.url)}`);
    if (i.width !== undefined) out.push(`${indent}  width: ${i.width}`);
    if (i.height !== undefined) out.push(`${indent}  height: ${i.height}`);
    if (i.isCached) out.push(`${indent}  isCached: true`);
  }
  return out;
}

/** The fields before `provider`; downloads list them in another order (URLs before the date, heat before quality). */
function headFields(a: Art): string[] {
  const L: string[] = [];
  const excerptLine = `excerpt: ${a.excerptYaml ?? q(a.excerpt)}`;
  if (a.category) L.push(`category: ${a.category}`);
  if (a.type === 'download') {
    L.push(`title: ${q(a.title)}`, excerptLine, `originalUrl: ${q(a.originalUrl)}`);
    if (a.webUrl) L.push(`webUrl: ${q(a.webUrl)}`);
    L.push(`type: download`, `publishedDateTime: ${iso(a.published)}`);
    if (a.heat !== undefined) L.push(`heat: ${a.heat}`);
    if (a.quality !== undefined) L.push(`quality: ${a.quality}`);
  } else {
    L.push(`title: ${q(a.title)}`, excerptLine, `publishedDateTime: ${iso(a.published)}`, `originalUrl: ${q(a.originalUrl)}`);
    if (a.webUrl) L.push(`webUrl: ${q(a.webUrl)}`);
    L.push(`type: ${a.type}`);
    if (a.quality !== undefined) L.push(`quality: ${a.quality}`);
    if (a.heat !== undefined) L.push(`heat: ${a.heat}`);
  }
  L.push(`published: ${a.isPublished}`);
  if (a.removed) L.push('removed: true');
  if (a.deleted) L.push('deleted: true');
  return L;
}

/** Draws random numbers (topic spellings, image URL quoting): call in file order. */
export function toFile({ random }: Corpus, a: Art): string {
  const L: string[] = ['---', ...headFields(a)];
  if (a.featuredContent) L.push('', `featuredContent: ${q(a.featuredContent)}`);
  if (a.actions) {
    L.push('', 'actions:');
    for (const x of a.actions) L.push(`  - url: ${q(x.url)}`, `    type: ${q(x.type)}`, `    title: ${q(x.title)}`, `    attribution: ${q(x.attribution)}`);
  }
  L.push('', 'provider:', `  name: ${scalar(a.provider.name)}`, `  domain: ${a.provider.domain}`);
  if (a.provider.logoUrl) L.push('  images:', ...imagesYaml(random, [{ url: a.provider.logoUrl, width: 50, height: 50 }], '    '));
  if (a.authors) L.push('  authors:', ...a.authors.map((n) => `    - name: ${scalar(n)}`));
  L.push('', 'topics:', ...a.topics.map((t) => `  - ${scalar(topicSpelling(random, t))}`));
  if (a.images.length) L.push('', 'images:', ...imagesYaml(random, a.images, '  '));
  if (a.related.length) {
    L.push('', 'related:');
    for (const r of a.related) {
      L.push(`  - title: ${q(r.title)}`);
      if (r.excerpt) L.push(`    excerpt: ${q(r.excerpt)}`);
      L.push(`    publishedDateTime: ${iso(r.published)}`, `    webUrl: ${q(r.webUrl)}`, `    type: ${r.type}`);
      L.push('    provider:', `      name: ${scalar(r.provider.name)}`, `      domain: ${r.provider.domain}`);
      if (r.quality !== undefined) L.push(`    quality: ${r.quality}`);
      if (r.images.length) L.push('    images:', ...imagesYaml(random, r.images, '      '));
    }
  }
  if (a.secured) L.push('', `secured: ${q(a.secured)}`);
  L.push('---');
  return `${L.join('\n')}\n${a.body ? `${a.body}\n` : '\n'}`;
}
