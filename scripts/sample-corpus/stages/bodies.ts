/** Stage 8, bodies: markdown or HTML for about 15% of the articles, three of them hostile (bodies.json). */
import { at } from '../at';
import type { Art, Corpus } from '../model';
import { fill, render } from '../templates';
import { HOUR, iso } from '../time';

const escHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function paragraphs({ data, random }: Corpus, a: Art, n: number): string[] {
  const k = data.kinds[a.event.kind];
  const leads = random.shuffle(k.excerpts);
  const extras = random.shuffle(k.extras);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const sentences = [leads[i], extras[i]].filter((t): t is string => t !== undefined).map((t) => render(t, a.event.slots));
    if (sentences.length) out.push(sentences.join(' '));
  }
  return out;
}

function bullets({ data, random }: Corpus, a: Art): string[] {
  const s = a.event.slots;
  const values = { ...s, outlet: a.provider.name, coverage: s.trend ?? s.issue ?? 'the sector' };
  return random.shuffle(data.bodies.bullets.map((b) => fill(b, values))).slice(0, random.int(2, 4));
}

function markdownBody(ctx: Corpus, a: Art): string {
  const { data, random } = ctx;
  const [p1, p2] = paragraphs(ctx, a, 2);
  const link = a.webUrl ?? a.originalUrl;
  const parts = [p1 ?? a.excerpt, `## ${random.pick(data.words.headings)}`, p2 ?? '', bullets(ctx, a).map((b) => `- ${b}`).join('\n')];
  if (random.chance(0.4)) parts.push(`> ${render(random.pick(data.kinds[a.event.kind].extras), a.event.slots)}`);
  parts.push(`Read the [full story on ${a.provider.name}](${link}) for more detail.`);
  if (random.chance(0.3)) parts.push(`<p class="note">Updated <time datetime="${iso(a.published + 3 * HOUR)}">three hours later</time> with more detail.</p>`);
  return parts.filter(Boolean).join('\n\n');
}

function htmlBody(ctx: Corpus, a: Art): string {
  const { data, random } = ctx;
  const [p1, p2] = paragraphs(ctx, a, 2);
  const link = a.webUrl ?? a.originalUrl;
  let html = `<p>${escHtml(p1 ?? a.excerpt)}</p>`;
  if (random.chance(0.5)) html += '<p>&nbsp;</p>';
  html += `<h2>${random.pick(data.words.headings)}</h2>`;
  if (p2) html += `<p>${escHtml(p2)}</p>`;
  html += `<ul>${bullets(ctx, a).map((b) => `<li>${escHtml(b)}</li>`).join('')}</ul>`;
  if (random.chance(0.4)) {
    const img = a.images.find((i) => i.url.startsWith('https://'));
    if (img) html += `<figure><img src="${img.url}" alt="${escHtml(a.title)}" width="${img.width ?? 640}" height="${img.height ?? 360}"><figcaption>Image: ${escHtml(a.provider.name)}</figcaption></figure>`;
  }
  if (random.chance(0.3)) html += `<blockquote><p>${escHtml(render(random.pick(data.kinds[a.event.kind].extras), a.event.slots))}</p></blockquote>`;
  html += `<p>Source: <a href="${escHtml(link)}" target="_blank">${escHtml(a.provider.name)}</a>. <em>Some details may change.</em></p>`;
  return html;
}

function hostileBody({ data }: Corpus, i: number, a: Art): string {
  const { format, parts } = at(data.bodies.hostile, i);
  const excerpt = format === 'html' ? escHtml(a.excerpt) : a.excerpt;
  return parts.map((p) => fill(p, { excerpt })).join(format === 'html' ? '' : '\n\n');
}

export function addBodies(ctx: Corpus): void {
  const { data, random, arts } = ctx;
  const candidates = random.shuffle(arts.filter((a) => !a.fixedName && !a.story && !a.nearMiss && !a.draftOf && a.type !== 'video'));
  const n = Math.round(arts.length * 0.12);
  candidates.slice(0, n).forEach((a, i) => {
    if (i < data.bodies.hostile.length) {
      a.body = hostileBody(ctx, i, a);
      a.hostile = true;
    } else a.body = a.type === 'download' || random.chance(0.45) ? htmlBody(ctx, a) : markdownBody(ctx, a);
  });
  for (const a of arts.filter((x) => x.type === 'download' && !x.body)) if (random.chance(0.6)) a.body = htmlBody(ctx, a);
}
