/**
 * npm run bench [-- --quick] [--sizes 10000,100000] [--runs N]
 * Generates synthetic corpora (once; see synthetic-corpus.ts), measures index
 * builds against a naive baseline in the same run, index sizes, the app bundle
 * and the reader in headless Chromium on the standard corpus, cold builds and
 * the baseline on the link-heavy corpus, story figures from the indexer's
 * `--json` report for both, and writes bench/results.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build, preview } from 'vite';
import { launchBrowser, measureBrowser, type BrowserFigures } from './browser';
import type { ArticleIndexShard, ArticleShard, CardsShard, Manifest, TopicsShard } from '../src/shared/index-schema';
import { parseArticleSlug } from '../src/shared/article-slug';
import { articleLocation } from '../src/shared/shard-paths';
import { CORPUS_VERSION, generateCorpus, type CorpusShape } from './synthetic-corpus';
import { indexSizes, type IndexSizes } from './index-sizes';
import { median, runChild, touchFiles, type ChildResult, type StoryFigures } from './measure';

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, '.bench-corpora');
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    runs: { type: 'string' },
    out: { type: 'string' },
  },
});
const sizes = (values.sizes ?? (values.quick ? '2000' : '10000,100000')).split(',').map(Number);
const runs = Number(values.runs ?? (values.quick ? 1 : 3));
const resultsFile = values.out ?? path.join(root, values.quick ? '.cache/bench-quick.md' : 'bench/results.md');

type SizeFigures = {
  size: number;
  cold: ChildResult[];
  naive: ChildResult[];
  unchanged: ChildResult[];
  touched: ChildResult[];
  index: IndexSizes;
  browser?: BrowserFigures;
};

/** The link-heavy corpus: cold builds and the naive baseline only. */
type LinkHeavyFigures = { size: number; cold: ChildResult[]; naive: ChildResult[] };

/** A corpus under .bench-corpora, generated once per shape, version and size. */
async function corpus(size: number, shape: CorpusShape): Promise<string> {
  const name = size >= 1000 && size % 1000 === 0 ? `${size / 1000}k` : String(size);
  const dir = path.join(work, shape === 'standard' ? name : `${shape}-${name}`);
  const marker = path.join(dir, '.complete');
  const stamp = `${shape} v${CORPUS_VERSION[shape]} ${size}\n`;
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== stamp) {
    process.stderr.write(`generating ${size} ${shape} articles in ${dir}\n`);
    await rm(dir, { recursive: true, force: true });
    await generateCorpus({ count: size, dir, shape });
    await writeFile(marker, stamp);
  }
  return dir;
}

/** Fresh output and no build cache: what a first `npm run index -- DIR --json --no-cache` does. */
async function freshStart(out: string): Promise<void> {
  await rm(path.dirname(out), { recursive: true, force: true });
  await rm(path.join(root, '.cache/heatline'), { recursive: true, force: true });
}

async function measureSize(size: number, appDist: string): Promise<SizeFigures> {
  const content = await corpus(size, 'standard');
  const out = path.join(root, '.cache/bench', String(size), 'data');
  const cold: ChildResult[] = [];
  const naive: ChildResult[] = [];
  const unchanged: ChildResult[] = [];
  const touched: ChildResult[] = [];
  // Interleaved, so a burst of load on this shared machine hits both alike.
  for (let i = 0; i < runs; i++) {
    await freshStart(out);
    process.stderr.write(`${size}: run ${i + 1}/${runs}\n`);
    naive.push(runChild(['naive', content, path.join(os.tmpdir(), `heatline-naive-${size}.json`)]));
    cold.push(runChild(['heatline-cold', content, out]));
    // Fills the build cache (not measured) for the two rebuilds.
    runChild(['heatline', content, out]);
    unchanged.push(runChild(['heatline', content, out]));
    const restore = await touchFiles(content, 0.01);
    touched.push(runChild(['heatline', content, out]));
    await restore();
    runChild(['heatline', content, out]);
  }
  const figures: SizeFigures = { size, cold, naive, unchanged, touched, index: await indexSizes(out) };

  const distData = path.join(appDist, 'data');
  await rm(distData, { recursive: true, force: true });
  await symlink(out, distData);
  const server = await preview({ root, logLevel: 'silent', build: { outDir: appDist }, preview: { port: 0, host: '127.0.0.1' } });
  const browser = await launchBrowser();
  try {
    const biggestTopic = JSON.parse(readFileSync(path.join(out, (JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as Manifest).topics), 'utf8')) as TopicsShard;
    figures.browser = await measureBrowser(browser, server.resolvedUrls!.local[0]!.replace(/\/$/, ''), storyArticle(out), biggestTopic.topics[0]!.slug);
  } finally {
    await browser.close();
    await server.close();
  }
  return figures;
}

async function measureLinkHeavy(size: number): Promise<LinkHeavyFigures> {
  const content = await corpus(size, 'link-heavy');
  const out = path.join(root, '.cache/bench', `link-heavy-${size}`, 'data');
  const figures: LinkHeavyFigures = { size, cold: [], naive: [] };
  for (let i = 0; i < runs; i++) {
    await freshStart(out);
    process.stderr.write(`${size} link-heavy: run ${i + 1}/${runs}\n`);
    figures.naive.push(runChild(['naive', content, path.join(os.tmpdir(), `heatline-naive-link-heavy-${size}.json`)]));
    figures.cold.push(runChild(['heatline-cold', content, out]));
  }
  await rm(path.dirname(out), { recursive: true, force: true });
  return figures;
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;

/** Story figures of the cold builds: counts from the first run that has them, clustering time as a median. */
function storyRow(corpus: string, size: number, cold: ChildResult[]): string {
  const first = <K extends keyof StoryFigures>(key: K) => cold.map((r) => r.report?.[key]).find((v): v is number => typeof v === 'number');
  const articles = first('articles');
  const stories = first('stories');
  const largest = first('largestStory');
  const clusterMs = cold.map((r) => r.report?.clusterMs).filter((v): v is number => typeof v === 'number');
  const na = 'n/a';
  return `| ${corpus} | ${fmt(size)} | ${stories === undefined ? na : fmt(stories)} | ` +
    `${stories === undefined || !articles ? na : fmt((stories / articles) * 1000, 1)} | ${largest === undefined ? na : fmt(largest)} | ` +
    `${clusterMs.length ? `${fmt(median(clusterMs))} ms` : na} |`;
}

function report(all: SizeFigures[], linkHeavy: LinkHeavyFigures[]): string {
  const chromium = (() => {
    try {
      return execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
    } catch {
      return 'unknown';
    }
  })();
  const lines = [
    '# Benchmark results',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench${values.quick ? ' -- --quick' : ''}\` on ` +
      `${os.availableParallelism()} cores, ${fmt(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromium}. ` +
      `Index figures are medians of ${runs} runs (each a fresh process); the naive baseline (read every file, ` +
      'js-yaml, one JSON array: `bench/naive-index.ts`) runs interleaved with them on the same corpus. ' +
      'Cold builds run without the build cache, as `npm run index -- DIR --json --no-cache` does.',
    '',
    'Two synthetic corpora (`bench/synthetic-corpus.ts`): the **standard** one (front matter about 2 KB; stories of 2–8 articles ' +
      'linked through `related`, and events that 3–12 outlets cover without links, with paraphrased headlines sharing a rare name ' +
      'and a number), and a **link-heavy** one (files about 4 KB, 60 topics, 300 outlets; 35% of articles list 1–4 random earlier ' +
      'articles as related, and five hubs are each linked to by about 1.5% of all articles).',
    '',
    '## Index build, standard corpus',
    '',
    '| articles | cold build | articles/s | peak RSS | naive baseline | Heatline ÷ naive speed | rebuild, nothing changed | rebuild, 1% touched |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const f of all) {
    const cold = median(f.cold.map((r) => r.ms));
    const naive = median(f.naive.map((r) => r.ms));
    lines.push(`| ${fmt(f.size)} | ${fmt(cold)} ms | ${fmt((f.size / cold) * 1000)} | ${fmt(median(f.cold.map((r) => r.peakRssMb)))} MB | ` +
      `${fmt(naive)} ms | ${fmt(naive / cold, 2)}× | ${fmt(median(f.unchanged.map((r) => r.ms)))} ms | ${fmt(median(f.touched.map((r) => r.ms)))} ms |`);
  }
  lines.push('', '## Index build, link-heavy corpus', '', '| articles | cold build | articles/s | peak RSS | naive baseline | Heatline ÷ naive speed |', '| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const f of linkHeavy) {
    const cold = median(f.cold.map((r) => r.ms));
    const naive = median(f.naive.map((r) => r.ms));
    lines.push(`| ${fmt(f.size)} | ${fmt(cold)} ms | ${fmt((f.size / cold) * 1000)} | ${fmt(median(f.cold.map((r) => r.peakRssMb)))} MB | ${fmt(naive)} ms | ${fmt(naive / cold, 2)}× |`);
  }
  lines.push('', '## Stories', '', '| corpus | articles | stories | stories per 1,000 articles | largest story | clustering time |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const f of all) lines.push(storyRow('standard', f.size, f.cold));
  for (const f of linkHeavy) lines.push(storyRow('link-heavy', f.size, f.cold));
  lines.push('', 'From the `--json` report of the cold builds: `stories` (stories of two or more articles), `largestStory` and `clusterMs` ' +
    '(median of the runs); "n/a" when the report does not carry the field.');
  lines.push('', '## Index size', '', '| articles | list bytes/article | detail bytes/article | feed first screen | topic first screen | article first screen |', '| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const f of all) {
    const s = f.browser?.screens;
    const screen = (x?: { requests: number; gzipBytes: number }) => (x ? `${kb(x.gzipBytes)} gz (${x.requests} files)` : 'n/a');
    lines.push(`| ${fmt(f.size)} | ${fmt(f.index.listBytesPerArticle)} | ${fmt(f.index.detailBytesPerArticle)} | ${screen(s?.feed)} | ${screen(s?.topic)} | ${screen(s?.article)} |`);
  }
  lines.push('', 'First-screen figures are every `data/` file the route fetched in a fresh browser context, each gzipped (level 6).');
  lines.push('', '## The reader in Chromium', '', `First-load JavaScript (the entry script and the chunks index.html preloads, gzipped): **${kb(entryJs)}**. ` +
    '"Feed JS" below is every script the feed fetched in its first second, the lazily loaded list virtualiser included.', '',
    '| articles | feed JS | first card visible | LCP | CLS | DOM elements (top / after deep scroll) | sort switch median / p95 | topic switch median / p95 | JS heap after browsing |', '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const f of all) {
    const b = f.browser;
    if (!b) continue;
    lines.push(`| ${fmt(f.size)} | ${kb(b.firstLoadJsGzip)} gz | ${fmt(b.firstCardMs)} ms | ${fmt(b.lcpMs)} ms | ${b.cls} | ${b.domElements} / ${b.domElementsDeep} | ` +
      `${fmt(b.sortSwitchMs.median, 1)} / ${fmt(b.sortSwitchMs.p95, 1)} ms | ${fmt(b.topicSwitchMs.median, 1)} / ${fmt(b.topicSwitchMs.p95, 1)} ms | ${b.jsHeapMb} MB |`);
  }
  lines.push('', 'Times in the browser run from navigation start (first card: attached and painted; median of 5 cold loads, CLS the worst of them) ' +
    'or from the click (switches: until the new list is attached and a frame has passed, the pointer having rested on the link for 150 ms as a ' +
    "reader's does, which lets the app prefetch), on a local preview server. Switch figures are over 20 clicks each.");
  lines.push('', '## Raw runs', '', '```json', JSON.stringify({ standard: all, linkHeavy }, null, 1), '```', '');
  return lines.join('\n');
}

/** The hottest article that belongs to a story: the same kind of article page at every size. */
function storyArticle(dataDir: string): string {
  const read = <T>(name: string) => JSON.parse(readFileSync(path.join(dataDir, name), 'utf8')) as T;
  const manifest = read<Manifest>('manifest.json');
  for (const card of read<CardsShard>(manifest.feed.heads?.heat ?? manifest.feed.all!).cards) {
    const key = parseArticleSlug(card.slug)!.key;
    const { indexPath, slot } = articleLocation(manifest, key);
    const bucket = read<ArticleShard>(read<ArticleIndexShard>(indexPath).buckets[slot]!);
    if (bucket.articles[key]?.story) return card.slug;
  }
  throw new Error('no article of the feed head belongs to a story');
}

/** What index.html makes the browser load before the app runs: the entry and its preloads, gzipped. */
function entryJsGzip(dist: string): number {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(dist, f.replace(/^\//, '')))).length, 0);
}

const appDist = path.join(root, '.cache/bench/app');
await build({ root, mode: 'production', logLevel: 'warn', build: { outDir: appDist, emptyOutDir: true } });
const entryJs = entryJsGzip(appDist);
const all: SizeFigures[] = [];
for (const size of sizes) all.push(await measureSize(size, appDist));
const linkHeavy: LinkHeavyFigures[] = [];
for (const size of sizes) linkHeavy.push(await measureLinkHeavy(size));
await mkdir(path.dirname(resultsFile), { recursive: true });
await writeFile(resultsFile, report(all, linkHeavy));
process.stdout.write(`${await readFile(resultsFile, 'utf8').then((t) => t.split('## Raw runs')[0])}\nwrote ${path.relative(root, resultsFile)}\n`);
