/**
 * A corpus that can be published again and again: every edition keeps the
 * same articles (titles, links, scores, so addresses and order stay) and
 * rewrites their excerpts and bodies, so each edition's shards differ from
 * the last. Large enough (over 200 articles) that the feed is read in pages
 * past its first screen, and every article its own story (no shared words).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildIndex } from '../../src/cli/build-index';

export const ARTICLES = 240;

const syllables = ['ka', 'lo', 'mi', 'nu', 'pe', 'ra', 'si', 'to', 'vu', 'ze', 'bo', 'da', 'fe', 'gi', 'ho', 'ju', 'ly', 'mo', 'ne', 'po'];
/** A made-up word per number: no two articles share one. */
const word = (n: number) =>
  [Math.floor(n / 400) % 20, Math.floor(n / 20) % 20, n % 20].map((i) => syllables[i]).join('');
const outlets = [
  ['Harbor Post', 'harbor.example.com'],
  ['Ridge Daily', 'ridge.example.org'],
  ['Meadow Wire', 'meadow.example.net'],
] as const;
const topics = ['Energy', 'Science', 'Markets', 'Health'];

export const titleOf = (i: number) => {
  const [a, b, c] = [word(3 * i), word(3 * i + 1), word(3 * i + 2)];
  return `${a.charAt(0).toUpperCase()}${a.slice(1)} ${b} ${c}`;
};
const excerptOf = (i: number, edition: number) => `Edition ${edition} of the ${titleOf(i).toLowerCase()} report.`;
export const bodyOf = (i: number, edition: number) => `Edition ${edition} body text for ${titleOf(i).toLowerCase()}.`;

function render(i: number, edition: number): string {
  const [name, domain] = outlets[i % outlets.length]!;
  const published = new Date(Date.UTC(2026, 0, 1) + i * 3 * 3600_000).toISOString();
  return [
    '---',
    `title: "${titleOf(i)}"`,
    `excerpt: "${excerptOf(i, edition)}"`,
    `publishedDateTime: ${published}`,
    `webUrl: "https://${domain}/${i}"`,
    `heat: ${(i * 37) % 500}`,
    `provider:\n  name: ${name}\n  domain: ${domain}`,
    `topics:\n  - ${topics[i % topics.length]}`,
    '---',
    bodyOf(i, edition),
    '',
  ].join('\n');
}

/** Writes `edition` of the corpus into `contentDir` and indexes it into `outDir`, as a deploy would. */
export async function publishEdition(contentDir: string, outDir: string, edition: number): Promise<void> {
  await mkdir(contentDir, { recursive: true });
  await Promise.all(
    Array.from({ length: ARTICLES }, (_, i) => writeFile(path.join(contentDir, `${i}.md`), render(i, edition))),
  );
  const report = await buildIndex({ contentDir, outDir, workers: 0 });
  if (report.articles !== ARTICLES) throw new Error(`edition ${edition} indexed ${report.articles} articles`);
}
