/**
 * Deterministic synthetic corpora for the benchmark: files in the real
 * format, front matter about 2.3 KB like the examples, with skewed topic and
 * provider popularity, related links that form stories, and dates spread over
 * a year before a fixed day.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mulberry32 } from '../scripts/random';

const FIXED_NOW = Date.UTC(2026, 10, 20, 12);
const DAY = 86_400_000;

const WORDS = (
  'grid battery model chip cloud network vaccine orbit rover reactor policy market startup privacy ' +
  'browser kernel database compiler robot drone satellite climate forecast turbine solar wind ' +
  'quantum sensor genome protein antibody telescope regulator merger funding outage breach patch ' +
  'release benchmark dataset pipeline cluster platform framework standard protocol'
).split(' ');
const VERBS = 'launches tests expands delays wins loses ships unveils questions doubles trims opens audits'.split(' ');
const TOPIC_NAMES = Array.from({ length: 300 }, (_, i) => `Topic ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}`);

export type CorpusOptions = { count: number; dir: string; seed?: number };

export async function generateCorpus({ count, dir, seed = 42 }: CorpusOptions): Promise<void> {
  const random = mulberry32(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  // Zipf-like popularity: a few providers and topics carry most articles.
  const skewed = (n: number) => Math.min(n - 1, Math.floor(n * random() ** 3));
  const providers = Math.max(20, Math.round(count / 50));
  const words = () => Array.from({ length: 30 + Math.floor(random() * 20) }, () => pick(WORDS)).join(' ');
  const urlOf = (i: number) => `https://www.outlet-${i % providers}.example.com/news/${i}-story`;

  await mkdir(dir, { recursive: true });
  const batch: Promise<void>[] = [];
  // Stories: runs of 2–8 consecutive articles on one event, within two days,
  // linked to earlier members (about a quarter of all articles).
  let story = { start: -1, end: -1, day: 0 };
  for (let i = 0; i < count; i++) {
    if (i >= story.end && random() < 0.07) story = { start: i, end: i + 2 + Math.floor(random() * 7), day: FIXED_NOW - Math.floor(random() * 365 * DAY) };
    const inStory = i > story.start && i < story.end;
    const provider = skewed(providers);
    const when = i >= story.start && i < story.end ? story.day + Math.floor(random() * 2 * DAY) : FIXED_NOW - Math.floor(random() * 365 * DAY);
    const published = new Date(Math.min(FIXED_NOW, when)).toISOString().replace('.000', '');
    const heat = Math.round(5 + 600 * random() ** 4);
    const quality = Math.max(1, Math.round(heat * (0.6 + 0.6 * random())));
    const topics = Array.from({ length: 1 + Math.floor(random() * 3) }, () => TOPIC_NAMES[skewed(TOPIC_NAMES.length)]);
    const title = `${pick(WORDS)} ${pick(VERBS)} ${pick(WORDS)} ${pick(WORDS)} as ${pick(WORDS)} ${pick(WORDS)} ${i}`;
    // Story members link to one or two earlier members; some others cite outside pages.
    const targets = inStory
      ? [...new Set([i - 1, story.start + Math.floor(random() * (i - story.start))]), -1 - i * 4].slice(0, 1 + Math.floor(random() * 3))
      : random() < 0.45 ? Array.from({ length: 1 + Math.floor(random() * 3) }, (_, k) => -1 - i * 4 - k) : [];
    const related = targets.length
      ? targets.map((target) => {
          return [
            `  - title: "Coverage of ${pick(WORDS)} ${pick(WORDS)} ${target}"`,
            `    excerpt: "${words()}"`,
            `    publishedDateTime: ${published}`,
            `    webUrl: "${target >= 0 ? urlOf(target) : `https://elsewhere${target}.example.org/a`}"`,
            '    type: article',
            `    provider:\n      name: Outlet ${Math.abs(target) % providers}\n      domain: outlet-${Math.abs(target) % providers}.example.com`,
            `    quality: ${Math.round(random() * 200)}`,
            '    images:',
            `      - url: "https://img.example.com/${Math.abs(target)}.jpg"\n        width: 640\n        height: 360`,
          ].join('\n');
        })
      : [];
    const text = [
      '---',
      'category: news',
      `title: "${title}"`,
      `excerpt: "${words()}"`,
      `publishedDateTime: ${published}`,
      `originalUrl: "${urlOf(i)}"`,
      `webUrl: "${urlOf(i)}"`,
      'type: article',
      `quality: ${quality}`,
      `heat: ${heat}`,
      'published: true',
      '',
      'provider:',
      `  name: Outlet ${provider}`,
      `  domain: outlet-${provider}.example.com`,
      provider % 3 === 0 ? `  images:\n    - url: "https://logos.example.com/${provider}.png"\n      width: 50\n      height: 50` : '',
      '',
      'topics:',
      ...[...new Set(topics)].map((t) => `  - ${t}`),
      '',
      'images:',
      `  - url: "https://img.example.com/${i}-1200x675.jpg"\n    width: 1200\n    height: 675\n    isCached: true`,
      '',
      related.length ? `related:\n${related.join('\n')}\n` : '',
      `secured: "${Buffer.from(`${words()} ${words()}`).toString('base64').slice(0, 520)};${Buffer.from(title).toString('base64').slice(0, 24)}"`,
      '---',
    ].filter((line) => line !== '').join('\n') + '\n';
    const sub = path.join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) await mkdir(sub, { recursive: true });
    batch.push(writeFile(path.join(sub, `${i}.md`), text));
    if (batch.length >= 256) await Promise.all(batch.splice(0));
  }
  await Promise.all(batch);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count = '10000', dir = '.bench-corpora/manual'] = process.argv.slice(2);
  await generateCorpus({ count: Number(count), dir });
}
