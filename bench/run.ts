/**
 * npm run bench [-- --quick] [--sizes 10000,100000] [--runs N]
 * npm run bench -- --size 1000000
 * npm run bench -- --only search [--sizes 10000,100000] [--runs N] [--out FILE]
 * npm run bench -- --only site [--sizes 100000] [--runs N] [--site-dir DIR] [--out FILE]
 *
 * Generates synthetic corpora (once; see synthetic-corpus.ts). For each corpus
 * (standard and link-heavy) and size, runs interleaved: Heatline's cold build,
 * the naive script (bench/naive-index.mjs) and Hugo (bench/hugo.ts, when
 * installed) over the same files, then Heatline's rebuilds with nothing
 * changed, 100 new files and 1% of the files touched, counting the files each
 * rebuild wrote, and the cold build again with `--no-search` (what the search
 * index costs). On the standard corpus it also measures index sizes, the app
 * bundle, the reader in headless Chromium and its search (search.ts). Writes
 * bench/results.md.
 *
 * `--size N` is one size of the standard corpus only, for sizes too large to
 * repeat (1,000,000): one cold build and one naive run, the index sizes and
 * the reader in Chromium, written to bench/results-<size>.md.
 *
 * `--only search` is the search figures alone, on the standard corpus: the
 * cold build with and without `--no-search`, the search folder, and search in
 * Chromium (no naive script, Hugo, rebuilds or link-heavy corpus), written to
 * .cache/bench-search.md unless `--out` says otherwise.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statfsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build, preview } from 'vite';
import { launchBrowser, measureBrowser, percentile, type BrowserFigures } from './browser';
import {
  COLD_RUNS, COLD_TIMEOUT_MS, KEY_DELAY_MS, measureSearch, readSearchUi, timedPercentile, TYPED_QUERIES, TYPING_TIMEOUT_MS,
  type FirstQuery, type SearchBytes, type SearchFigures, type SearchUi, type Timed,
} from './search';
import type { ArticleIndexShard, ArticleShard, CardsShard, Manifest, TopicsShard } from '../src/shared/index-schema';
import { parseArticleSlug } from '../src/shared/article-slug';
import { articleLocation } from '../src/shared/shard-paths';
import { CORPUS_SHAPES, CORPUS_VERSION, generateCorpus, type CorpusShape } from './synthetic-corpus';
import { indexSizes, type IndexSizes } from './index-sizes';
import { hugoArgs, hugoVersion, writeHugoSite } from './hugo';
import { addFiles, fmt, folderTotals, hasGnuTime, judged, measure, median, NEW_FOLDER, snapshot, touchFiles, written } from './measure';
import { LIGHTHOUSE_RUNS, measureLighthouse, type LighthouseScores } from './lighthouse';
import { NGINX, startNginx } from '../test/e2e/nginx-server';
import { writeSite } from '../src/cli/site/write-site.tsx';
import { BUILD_STAGES, type BuildStage, type StageTimes } from '../src/cli/build-index';
import { loadSiteConfig } from '../src/cli/site/load-config.ts';
import { measureSiteStep, siteStepSection, type SiteStepFigures } from './site-step';

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, '.bench-corpora');
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    size: { type: 'string' },
    runs: { type: 'string' },
    out: { type: 'string' },
    only: { type: 'string' },
    'site-dir': { type: 'string' },
  },
});
const single = values.size !== undefined;
if (single && (values.quick || values.sizes !== undefined || values.runs !== undefined || values.only !== undefined)) {
  throw new Error('--size N runs one size once; it does not combine with --quick, --sizes, --runs or --only');
}
if (values.only !== undefined && values.only !== 'search' && values.only !== 'site') throw new Error(`--only takes "search" or "site" (the sections that run alone), got "${values.only}"`);
/** Only the search figures: cold builds with and without search, and search in Chromium. */
const onlySearch = values.only === 'search';
/** Only the site step, over the standard index at the largest size. */
const onlySite = values.only === 'site';
/** Where the site step's runs write (their file system is part of the figure). */
const siteDir = path.resolve(values['site-dir'] ?? path.join(root, '.cache/bench/site'));
const sizes = (values.size ?? values.sizes ?? (values.quick ? '2000' : '10000,100000')).split(',').map(Number);
if (!sizes.every((n) => Number.isInteger(n) && n > 0)) throw new Error(`sizes must be whole numbers of articles, got ${values.size ?? values.sizes}`);
const runs = single ? 1 : Number(values.runs ?? (values.quick ? 1 : 3));
const label = (n: number) => (n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}m` : n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));
const resultsFile = values.out ?? path.join(root, onlySearch ? '.cache/bench-search.md' : onlySite ? '.cache/bench-site.md' : values.quick ? '.cache/bench-quick.md' : single ? `bench/results-${label(sizes[0]!)}.md` : 'bench/results.md');

/**
 * Budgets: ratios and the cold first search at every size; memory, rebuilds
 * and the other search figures at BUDGET_SIZE (memory at 1,000,000 with --size).
 */
const BUDGET = {
  coldVsNaive: 1.5, hugoVsCold: 3, peakRssMb: 400, peakRssMbAt1m: 1536, unchangedMs: 1000, addedMs: 1500, touchedMs: 3000,
  /** A first query's data/search/ files, gzipped, at BUDGET_SIZE; and at most this much more than at 10,000. */
  searchFirstQueryKb: 150, searchGrowth: 1.25,
  /** Header box, files cached: last keystroke to the new matches painted, p95 after the debounce, at BUDGET_SIZE. */
  searchTypingP95Ms: 100,
  /** A first query, nothing cached: navigation or keystroke to the first results painted. */
  searchColdMs: 500,
  /** What the search index adds to a cold build at BUDGET_SIZE. */
  searchBuildMs: 30_000,
};
const GROWTH_BASE = 10_000;
const BUDGET_SIZE = 100_000;
const NEW_FILES = 100;
const TOUCHED_SHARE = 0.01;

const HUGO = hasGnuTime ? hugoVersion() : undefined;
const hugoNote = HUGO
  ? undefined
  : hasGnuTime || !hugoVersion()
    ? 'Hugo: not installed, so not measured (`apt-get install -y hugo` adds it).'
    : 'Hugo: installed but not measured: its peak memory needs GNU time (`apt-get install -y time`).';

type StoryFigures = { articles: number | null; stories: number | null; largestStory: number | null; clusterMs: number | null; durationMs: number | null; stagesMs?: StageTimes };
/** One measured run; `articles` as the command reported or wrote them. */
type Run = { ms: number; peakRssMb: number; articles: number };
type ColdRun = Run & { report: StoryFigures };
/**
 * `written`/`removed`: output files new or replaced / gone afterwards; `reported`: the count in the CLI's "wrote" line;
 * `search`: the manifest names a search folder afterwards.
 */
type RebuildRun = Run & { written: number; removed: number; reported: number | null; durationMs: number | null; search: boolean; stagesMs?: StageTimes };

type CorpusFigures = {
  shape: CorpusShape;
  size: number;
  cold: ColdRun[];
  /** The same cold build with `--no-search`. */
  coldNoSearch: ColdRun[];
  naive: Run[];
  hugo: Run[];
  unchanged: RebuildRun[];
  added: RebuildRun[];
  touched: RebuildRun[];
  touchedFiles: number;
  output: { bytes: number; files: number };
  /** The search folder a cold build wrote (part of `output`), and its sub-folders' share (`t`, `p`, `k`, `d`, `c`, `h`). */
  searchIndex?: { path: string; records: number; bytes: number; files: number; kinds: Record<string, { bytes: number; files: number }> };
  index?: IndexSizes;
  browser?: BrowserFigures;
  search?: SearchFigures;
};

/** A corpus under .bench-corpora, generated once per shape, version and size. */
async function corpus(size: number, shape: CorpusShape): Promise<string> {
  const dir = path.join(work, shape === 'standard' ? label(size) : `${shape}-${label(size)}`);
  const marker = path.join(dir, '.complete');
  const stamp = `${shape} v${CORPUS_VERSION[shape]} ${size}\n`;
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== stamp) {
    checkDisk(size, dir);
    process.stderr.write(`generating ${size} ${shape} articles in ${dir}\n`);
    await rm(dir, { recursive: true, force: true });
    await generateCorpus({ count: size, dir, shape });
    await writeFile(marker, stamp);
  }
  // New files an interrupted run left behind.
  await rm(path.join(dir, NEW_FOLDER), { recursive: true, force: true });
  return dir;
}

/**
 * Room for a corpus and its index before either is written: about 4 KB a file
 * for the corpus and 13 KB an article for the index, with half again as
 * margin, and 3.5 inodes an article. Both are more than two cold builds take
 * (at 100,000, in whole blocks: about 5.9 KB an article, 1.2 KB of it the
 * search folder, whose cards go 4 to a file, and 4.7 KB for the
 * `--no-search` build beside it; about 0.36 output files an article), as
 * rebuilds keep an earlier build's files for a while.
 */
function checkDisk(size: number, dir: string): void {
  const fs = statfsSync(root);
  const needBytes = size * (4096 + 13_312) * 1.5;
  const freeBytes = fs.bavail * fs.bsize;
  const needInodes = size * 3.5;
  if (freeBytes < needBytes || (fs.files > 0 && fs.ffree < needInodes)) {
    throw new Error(`not enough disk for ${size} articles in ${dir} and their index: about ${(needBytes / 2 ** 30).toFixed(1)} GiB ` +
      `and ${needInodes} inodes needed, ${(freeBytes / 2 ** 30).toFixed(1)} GiB and ${fs.ffree} inodes free`);
  }
}

const HEATLINE = [path.join(root, 'bin/heatline.mjs'), 'index'];

const searchOf = (out: string) => (JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as Manifest).search;

/** `heatline index CONTENT --out OUT --json --no-cache [extra]`: the first build of a folder. */
function heatlineCold(content: string, out: string, extra: string[] = []): ColdRun {
  const { stdout, ...run } = measure(process.execPath, [...HEATLINE, content, '--out', out, '--json', '--no-cache', ...extra]);
  const json = JSON.parse(stdout) as Record<string, unknown>;
  const num = (key: string) => (typeof json[key] === 'number' ? (json[key] as number) : null);
  const stagesMs = typeof json.stagesMs === 'object' && json.stagesMs ? (json.stagesMs as StageTimes) : undefined;
  const report = { articles: num('articles'), stories: num('stories'), largestStory: num('largestStory'), clusterMs: num('clusterMs'), durationMs: num('durationMs'), stagesMs };
  // Search is on unless asked off; a search index the build could not write is only a warning, which would make every search figure moot.
  if (!extra.includes('--no-search') && !searchOf(out)) {
    throw new Error(`the cold build of ${content} wrote no search index; its warnings: ${JSON.stringify(json.warnings)}`);
  }
  return { ...run, articles: report.articles ?? 0, report };
}

/** `heatline index CONTENT --out OUT --verbose` with the build cache (.cache/heatline); the text report names what it wrote and how long each stage took. */
async function heatlineRebuild(content: string, out: string): Promise<RebuildRun> {
  const before = await snapshot(out).catch(() => new Map<string, string>());
  const { stdout, ...run } = measure(process.execPath, [...HEATLINE, content, '--out', out, '--verbose']);
  const files = written(before, await snapshot(out));
  const wrote = /\(build [^,)]+, (\d+) files?\)\s*$/m.exec(stdout);
  const reported = wrote ? Number(wrote[1]) : /is up to date \(build/.test(stdout) ? 0 : null;
  const summary = /^(\d+) articles, .*; (\d+) ms$/m.exec(stdout);
  return {
    ...run, articles: Number(summary?.[1] ?? 0), ...files, reported, durationMs: summary ? Number(summary[2]) : null, search: !!searchOf(out),
    stagesMs: stagesOf(stdout),
  };
}

/** The text report's "time by stage: discover 412 ms, parse 16.8 s, …" line, in ms. */
function stagesOf(stdout: string): StageTimes | undefined {
  const line = /^time by stage: (.*)$/m.exec(stdout)?.[1];
  if (!line) return undefined;
  const times: StageTimes = {};
  for (const m of line.matchAll(/(\w+) ([\d.]+) (ms|s)\b/g)) {
    if ((BUILD_STAGES as readonly string[]).includes(m[1]!)) times[m[1] as BuildStage] = Math.round(Number(m[2]) * (m[3] === 's' ? 1000 : 1));
  }
  return times;
}

/** Median ms of each stage over the runs that timed it, as a table row's cells ("n/a" where none did, "–" for a stage that did not run). */
function stageCells(runs: { stagesMs?: StageTimes }[]): string[] {
  const timed = runs.map((r) => r.stagesMs).filter((t): t is StageTimes => !!t);
  return BUILD_STAGES.map((stage) => {
    if (!timed.length) return 'n/a';
    const values = timed.map((t) => t[stage]).filter((v): v is number => v !== undefined);
    return values.length ? fmt(median(values)) : '–';
  });
}

/** Where each kind of build spent its time, per corpus and size. */
function stageTable(all: CorpusFigures[]): string[] {
  const lines = [
    '## Where the time goes', '',
    `| corpus | articles | build | ${BUILD_STAGES.join(' | ')} |`, `| --- | ---: | --- | ${BUILD_STAGES.map(() => '---:').join(' | ')} |`,
  ];
  for (const f of all) {
    const rows: [string, { stagesMs?: StageTimes }[]][] = [
      ['cold', f.cold.map((r) => r.report)], ['cold, `--no-search`', f.coldNoSearch.map((r) => r.report)],
      ['nothing changed', f.unchanged], [`${NEW_FILES} new files`, f.added], [`${TOUCHED_SHARE * 100}% touched`, f.touched],
    ];
    for (const [name, runs] of rows) if (runs.length) lines.push(`| ${f.shape} | ${fmt(f.size)} | ${name} | ${stageCells(runs).join(' | ')} |`);
  }
  lines.push('', 'Median ms of each stage of the build (`stagesMs` in the `--json` report of cold builds, the `--verbose` report\'s ' +
    '"time by stage" line of rebuilds, rounded there to 0.1 s above a second): `discover` lists and stats the content files; `check` asks ' +
    'the build cache whether anything changed (a build that finds nothing stops there); `parse` reads and parses the files on the ' +
    'worker threads, or takes unchanged ones from the cache; `link` finds duplicates, topics, slugs, related links and stories; ' +
    '`layout` lays the cards out as shards and writes them; `search` writes the search folder; `commit` swaps the manifest in; ' +
    '`cache` saves the build cache. "–": the stage did not run.');
  return lines;
}

function naive(content: string, outFile: string): Run {
  const { stdout, ...run } = measure(process.execPath, [path.join(root, 'bench/naive-index.mjs'), content, outFile]);
  return { ...run, articles: Number(stdout.trim()) };
}

async function hugo(site: string, out: string): Promise<Run> {
  await rm(out, { recursive: true, force: true });
  const { stdout: _, ...run } = measure('hugo', hugoArgs(site, out));
  return { ...run, articles: (JSON.parse(await readFile(path.join(out, 'index.json'), 'utf8')) as unknown[]).length };
}

async function measureCorpus(shape: CorpusShape, size: number, appDist?: string, searchUi?: SearchUi): Promise<CorpusFigures> {
  const content = await corpus(size, shape);
  const tag = shape === 'standard' ? String(size) : `${shape}-${size}`;
  const out = path.join(root, '.cache/bench', tag, 'data');
  const outNoSearch = path.join(root, '.cache/bench', `${tag}-no-search`, 'data');
  const peers = path.join(root, '.cache/bench-peers', tag);
  const site = path.join(peers, 'hugo-site');
  // Hugo's memory grows with the corpus (about 3 GB at 100,000 articles): not run at a --size.
  const withHugo = HUGO !== undefined && !single && !onlySearch;
  if (withHugo) await writeHugoSite(site, content);
  const f: CorpusFigures = {
    shape, size, cold: [], coldNoSearch: [], naive: [], hugo: [], unchanged: [], added: [], touched: [], touchedFiles: 0, output: { bytes: 0, files: 0 },
  };
  // Interleaved, so a burst of load on this shared machine hits all of them alike.
  for (let i = 0; i < runs; i++) {
    // Fresh output and no build cache: what a first `heatline index DIR --no-cache` does.
    await rm(path.dirname(out), { recursive: true, force: true });
    await rm(path.join(root, '.cache/heatline'), { recursive: true, force: true });
    await rm(path.join(peers, 'naive.json'), { force: true });
    await mkdir(peers, { recursive: true });
    process.stderr.write(`${size} ${shape}: run ${i + 1}/${runs}\n`);
    if (!onlySearch) f.naive.push(naive(content, path.join(peers, 'naive.json')));
    f.cold.push(heatlineCold(content, out));
    // What a first build leaves (later builds keep an earlier build's files for a while).
    if (i === runs - 1) {
      f.output = await folderTotals(out);
      const search = searchOf(out)!;
      const folder = path.join(out, search.path);
      const kinds: Record<string, { bytes: number; files: number }> = {};
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        if (entry.isDirectory()) kinds[entry.name] = await folderTotals(path.join(folder, entry.name));
      }
      f.searchIndex = { ...search, ...(await folderTotals(folder)), kinds };
      if (appDist && !onlySearch) f.index = await indexSizes(out);
    }
    // What the search index costs: the same cold build without it (not at a --size).
    if (!single) {
      await rm(path.dirname(outNoSearch), { recursive: true, force: true });
      f.coldNoSearch.push(heatlineCold(content, outNoSearch, ['--no-search']));
      await rm(path.dirname(outNoSearch), { recursive: true, force: true });
    }
    if (withHugo) f.hugo.push(await hugo(site, path.join(peers, 'hugo-out')));
    // Rebuilds on every corpus, except the link-heavy one in the quick smoke run.
    if (single || onlySearch || (values.quick && shape !== 'standard')) continue;
    // Fills the build cache (not measured) for the rebuilds.
    await heatlineRebuild(content, out);
    f.unchanged.push(await heatlineRebuild(content, out));
    const remove = await addFiles(content, NEW_FILES, shape);
    try {
      f.added.push(await heatlineRebuild(content, out));
    } finally {
      await remove();
    }
    await heatlineRebuild(content, out);
    const touch = await touchFiles(content, TOUCHED_SHARE);
    f.touchedFiles = touch.count;
    try {
      f.touched.push(await heatlineRebuild(content, out));
    } finally {
      await touch.restore();
    }
    // The index the reader is measured on matches the corpus again.
    if (appDist && i === runs - 1) await heatlineRebuild(content, out);
  }
  await rm(peers, { recursive: true, force: true });
  if (!appDist) {
    await rm(path.dirname(out), { recursive: true, force: true });
    return f;
  }
  const distData = path.join(appDist, 'data');
  await rm(distData, { recursive: true, force: true });
  await symlink(out, distData);
  process.stderr.write(`${size} ${shape}: the reader in Chromium\n`);
  const server = await preview({ root, logLevel: 'silent', configLoader: 'runner', build: { outDir: appDist }, preview: { port: 0, host: '127.0.0.1' } });
  const browser = await launchBrowser();
  try {
    const biggestTopic = JSON.parse(readFileSync(path.join(out, (JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as Manifest).topics), 'utf8')) as TopicsShard;
    const base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
    if (!onlySearch) f.browser = await measureBrowser(browser, base, storyArticle(out), biggestTopic.topics[0]!.slug);
    if (!single && searchUi) {
      process.stderr.write(`${size} ${shape}: search in Chromium\n`);
      f.search = await measureSearch(browser, base, out, searchUi);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return f;
}

const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;
const mb = (bytes: number) => `${fmt(bytes / 2 ** 20, 1)} MB`;
const ms = (runs: { ms: number }[]) => median(runs.map((r) => r.ms));
const rss = (runs: { peakRssMb: number }[]) => median(runs.map((r) => r.peakRssMb));
/** The CLI's own durationMs (median), next to the wall time that includes start-up. */
const inBuild = (runs: { report?: { durationMs: number | null }; durationMs?: number | null }[]) => {
  const own = runs.map((r) => r.report?.durationMs ?? r.durationMs).filter((n): n is number => typeof n === 'number');
  return own.length ? `; build ${fmt(median(own))} ms` : '';
};

/** The parser each side uses: the js-yaml that resolves from the project, and where Heatline calls it. */
function yamlParsers(): { version: string; heatline: string } {
  const version = (JSON.parse(readFileSync(path.join(root, 'node_modules/js-yaml/package.json'), 'utf8')) as { version: string }).version;
  const users: string[] = [];
  const schemas = new Set<string>();
  const cli = path.join(root, 'src/cli');
  for (const file of readdirSync(cli, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).sort()) {
    const text = readFileSync(path.join(cli, file), 'utf8');
    if (!/from 'js-yaml'/.test(text)) continue;
    users.push(`\`src/cli/${file}\``);
    for (const m of text.matchAll(/schema:\s*(\w+)/g)) schemas.add(m[1]!);
  }
  const schema = schemas.size ? `${[...schemas].join(', ')}` : 'the default schema';
  return { version, heatline: `${users.join(', ') || 'no file in src/cli'} (${schema})` };
}

function machine(): string {
  const chromium = (() => {
    try {
      return execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
    } catch {
      return 'Chromium unknown';
    }
  })();
  return `${os.availableParallelism()} cores, ${fmt(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromium}`;
}

function methodLines(command: string): string[] {
  const yaml = yamlParsers();
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} with \`${command}\` on ${machine()}. ` +
      `Figures are medians of ${runs} run${runs === 1 ? '' : 's'}; each run is a fresh process, and the commands of a run go one after another ` +
      `(naive script, Heatline, ${single ? '' : 'Heatline with `--no-search`, '}Hugo, then the rebuilds), so a burst of load on this shared machine hits them alike.`,
    '',
    '- **Time** is wall time from spawn to exit as the benchmark sees it, process start-up included. **Peak RSS** is the process\'s ' +
      `maximum resident set as the kernel counts it (${hasGnuTime ? 'GNU time `%M`' : 'read at exit by `bench/peak-rss.mjs`, GNU time being absent'}), worker threads included.`,
    '- **Heatline cold**: `node bin/heatline.mjs index CONTENT --out OUT --json --no-cache` (what `npx heatline index` runs, without npx\'s own ' +
      'start-up), into an empty folder; it writes the search index too (the default), and the benchmark stops if a build did not. ' +
      'The command runs an esbuild bundle of the indexer, made by a first run outside the measurements. ' +
      'Rebuilds are the same with `--verbose` (its stage times) instead of `--json --no-cache`, with the build cache of the previous build.' +
      (single ? '' : ' **Heatline without search**: the same cold build with `--no-search`, into another empty folder.'),
    '- **Naive**: `node bench/naive-index.mjs CONTENT OUT.json`: one thread reads every file, parses its front matter and writes one JSON ' +
      'array of all of them, nothing else (no validation, links, stories or shards). Plain JavaScript (no TypeScript loader), the front ' +
      'matter cut out with `indexOf` and decoded alone, the array written as it grows.',
    `- **YAML parser**: js-yaml ${yaml.version} (from \`node_modules\`, as package.json resolves it) for both: Heatline in ${yaml.heatline}, ` +
      'the naive script with `CORE_SCHEMA` too.',
    HUGO
      ? `- **Hugo**: ${HUGO}. A minimal site (\`bench/hugo.ts\`) whose content folder is the corpus itself and whose one output is ` +
        '`index.json`: every page\'s title, date, url, topics and excerpt (`jsonify`, streamed page by page); pages are listed, never rendered, ' +
        'and no sections, taxonomies, feeds or sitemap are built. `hugo --quiet --ignoreCache`, into an empty folder.'
      : `- ${hugoNote}`,
  ];
}

const CORPORA_TEXT = 'Two synthetic corpora (`bench/synthetic-corpus.ts`): the **standard** one (front matter about 2 KB; stories of 2–8 articles ' +
  'linked through `related`, and events that 3–12 outlets cover without links, with paraphrased headlines sharing a rare name ' +
  'and a number), and a **link-heavy** one (files about 4 KB, 60 topics, 300 outlets; 35% of articles list 1–4 random earlier ' +
  'articles as related, and five hubs are each linked to by about 1.5% of all articles).';

function coldTable(list: CorpusFigures[]): string[] {
  const lines = [
    `| articles | Heatline cold | naive | Hugo | Heatline ÷ naive time | Hugo ÷ Heatline time | Heatline peak RSS | naive peak RSS | Hugo peak RSS | Heatline output |`,
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const f of list) {
    const cold = ms(f.cold);
    const naiveMs = ms(f.naive);
    const hugoMs = f.hugo.length ? ms(f.hugo) : undefined;
    const coldRss = rss(f.cold);
    const rssCell = f.size === BUDGET_SIZE
      ? judged(`${fmt(coldRss)} MB`, coldRss <= BUDGET.peakRssMb, `≤ ${BUDGET.peakRssMb} MB`)
      : `${fmt(coldRss)} MB`;
    lines.push(`| ${fmt(f.size)} | ${fmt(cold)} ms${inBuild(f.cold)} | ${fmt(naiveMs)} ms | ${hugoMs === undefined ? 'n/a' : `${fmt(hugoMs)} ms`} | ` +
      `${judged(`${fmt(cold / naiveMs, 2)}×`, cold / naiveMs <= BUDGET.coldVsNaive, `≤ ${BUDGET.coldVsNaive}×`)} | ` +
      `${hugoMs === undefined ? 'n/a' : judged(`${fmt(hugoMs / cold, 2)}×`, hugoMs / cold >= BUDGET.hugoVsCold, `≥ ${BUDGET.hugoVsCold}×`)} | ` +
      `${rssCell} | ${fmt(rss(f.naive))} MB | ${f.hugo.length ? `${fmt(rss(f.hugo))} MB` : 'n/a'} | ${mb(f.output.bytes)} in ${fmt(f.output.files)} files |`);
  }
  return lines;
}

function rebuildTable(list: CorpusFigures[]): string[] {
  const lines = [
    `| articles | nothing changed | files written | ${NEW_FILES} new files | files written | ${TOUCHED_SHARE * 100}% touched | files touched | files written |`,
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const cell = (f: CorpusFigures, runs: RebuildRun[], budget: number) => {
    const t = ms(runs);
    if (!runs.length) return 'n/a';
    return `${f.size === BUDGET_SIZE ? judged(`${fmt(t)} ms`, t <= budget, `≤ ${fmt(budget)} ms`) : `${fmt(t)} ms`}${inBuild(runs)}`;
  };
  // The folder comparison; the CLI's own count beside it when they differ.
  const files = (runs: RebuildRun[]) => {
    if (!runs.length) return 'n/a';
    const counted = median(runs.map((r) => r.written));
    const reported = runs.map((r) => r.reported).filter((n): n is number => n !== null);
    const removed = median(runs.map((r) => r.removed));
    return `${fmt(counted)}${removed ? `, ${fmt(removed)} removed` : ''}` +
      `${reported.length && median(reported) !== counted ? ` (report: ${fmt(median(reported))})` : ''}`;
  };
  for (const f of list) {
    lines.push(`| ${fmt(f.size)} | ${cell(f, f.unchanged, BUDGET.unchangedMs)} | ${files(f.unchanged)} | ${cell(f, f.added, BUDGET.addedMs)} | ${files(f.added)} | ` +
      `${cell(f, f.touched, BUDGET.touchedMs)} | ${fmt(f.touchedFiles)} | ${files(f.touched)} |`);
  }
  return lines;
}

/** Story figures of the cold builds: counts from the first run that has them, clustering time as a median. */
function storyRow(f: CorpusFigures): string {
  const first = <K extends keyof StoryFigures>(key: K) => f.cold.map((r) => r.report[key]).find((v): v is number => typeof v === 'number');
  const articles = first('articles');
  const stories = first('stories');
  const largest = first('largestStory');
  const clusterMs = f.cold.map((r) => r.report.clusterMs).filter((v): v is number => typeof v === 'number');
  const na = 'n/a';
  return `| ${f.shape} | ${fmt(f.size)} | ${stories === undefined ? na : fmt(stories)} | ` +
    `${stories === undefined || !articles ? na : fmt((stories / articles) * 1000, 1)} | ${largest === undefined ? na : fmt(largest)} | ` +
    `${clusterMs.length ? `${fmt(median(clusterMs))} ms` : na} |`;
}

function indexTables(standard: CorpusFigures[]): string[] {
  const lines = ['## Index size', '', '| articles | list bytes/article | detail bytes/article | feed first screen | topic first screen | article first screen |', '| ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const f of standard) {
    const s = f.browser?.screens;
    const screen = (x?: { requests: number; gzipBytes: number }) => (x ? `${kb(x.gzipBytes)} gz (${x.requests} files)` : 'n/a');
    lines.push(`| ${fmt(f.size)} | ${f.index ? fmt(f.index.listBytesPerArticle) : 'n/a'} | ${f.index ? fmt(f.index.detailBytesPerArticle) : 'n/a'} | ${screen(s?.feed)} | ${screen(s?.topic)} | ${screen(s?.article)} |`);
  }
  lines.push('', 'First-screen figures are every `data/` file the route fetched in a fresh browser context (headless Chromium driving the ' +
    'production build), each gzipped (level 6).');
  lines.push('', '## The reader in Chromium', '', `First-load JavaScript (the entry script and the chunks index.html preloads, gzipped): **${kb(entryJs)}**. ` +
    '"Feed JS" below is every script the feed fetched in its first second, the lazily loaded list virtualiser included.', '',
    '| articles | feed JS | first card visible | LCP | CLS | DOM elements (top / after deep scroll) | sort switch median / p95 | topic switch median / p95 | JS heap after browsing |', '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const f of standard) {
    const b = f.browser;
    if (!b) continue;
    lines.push(`| ${fmt(f.size)} | ${kb(b.firstLoadJsGzip)} gz | ${fmt(b.firstCardMs)} ms | ${fmt(b.lcpMs)} ms | ${b.cls} | ${b.domElements} / ${b.domElementsDeep} | ` +
      `${fmt(b.sortSwitchMs.median, 1)} / ${fmt(b.sortSwitchMs.p95, 1)} ms | ${fmt(b.topicSwitchMs.median, 1)} / ${fmt(b.topicSwitchMs.p95, 1)} ms | ${b.jsHeapMb} MB |`);
  }
  lines.push('', 'Times in the browser run from navigation start (first card: attached and painted; median of 5 cold loads, CLS the worst of them) ' +
    'or from the click (switches: until the new list is attached and a frame has passed, the pointer having rested on the link for 150 ms as a ' +
    "reader's does, which lets the app prefetch), on a local preview server. Switch figures are over 20 clicks each.");
  return lines;
}

/** One line per budget and corpus: the figure, and met or missed. */
function budgetLines(all: CorpusFigures[]): string[] {
  const lines = ['| budget | corpus | figure |', '| --- | --- | --- |'];
  const at = (f: CorpusFigures) => `${fmt(f.size)}: `;
  for (const shape of CORPUS_SHAPES) {
    const list = all.filter((f) => f.shape === shape);
    if (!list.length) continue;
    lines.push(`| cold build ≤ ${BUDGET.coldVsNaive}× the naive script's time | ${shape} | ${list.map((f) => {
      const r = ms(f.cold) / ms(f.naive);
      return `${at(f)}${fmt(r, 2)}× **${r <= BUDGET.coldVsNaive ? 'met' : 'missed'}**`;
    }).join('; ')} |`);
    lines.push(`| cold build ≥ ${BUDGET.hugoVsCold}× faster than Hugo | ${shape} | ${list.map((f) => {
      if (!f.hugo.length) return `${at(f)}not measured`;
      const r = ms(f.hugo) / ms(f.cold);
      return `${at(f)}${fmt(r, 2)}× **${r >= BUDGET.hugoVsCold ? 'met' : 'missed'}**`;
    }).join('; ')} |`);
    const big = list.find((f) => f.size === BUDGET_SIZE);
    const none = `not measured at ${fmt(BUDGET_SIZE)}`;
    const row = (name: string, value: number | undefined, budget: number, unit: string) =>
      lines.push(`| ${name} | ${shape} | ${value === undefined ? none : `${fmt(value)} ${unit} **${value <= budget ? 'met' : 'missed'}**`} |`);
    row(`cold build peak RSS ≤ ${BUDGET.peakRssMb} MB at ${fmt(BUDGET_SIZE)}`, big && rss(big.cold), BUDGET.peakRssMb, 'MB');
    row(`rebuild, nothing changed ≤ ${fmt(BUDGET.unchangedMs)} ms at ${fmt(BUDGET_SIZE)}`, big && ms(big.unchanged), BUDGET.unchangedMs, 'ms');
    row(`rebuild, ${NEW_FILES} new files ≤ ${fmt(BUDGET.addedMs)} ms at ${fmt(BUDGET_SIZE)}`, big && ms(big.added), BUDGET.addedMs, 'ms');
    row(`rebuild, ${TOUCHED_SHARE * 100}% touched ≤ ${fmt(BUDGET.touchedMs)} ms at ${fmt(BUDGET_SIZE)}`, big && ms(big.touched), BUDGET.touchedMs, 'ms');
    const extra = big && searchBuildExtraMs(big);
    lines.push(`| search index adds ≤ ${fmt(BUDGET.searchBuildMs / 1000)} s to a cold build at ${fmt(BUDGET_SIZE)} | ${shape} | ` +
      `${extra === undefined ? none : `${fmt(extra)} ms **${extra <= BUDGET.searchBuildMs ? 'met' : 'missed'}**`} |`);
    if (shape === 'standard') lines.push(...searchBudgetLines(list));
  }
  return lines;
}

/** What the search index adds to a cold build: the median with it less the median without. */
const searchBuildExtraMs = (f: CorpusFigures) => (f.coldNoSearch.length ? ms(f.cold) - ms(f.coldNoSearch) : undefined);

/** "1,234 ms", "> 10,000 ms" for a percentile that fell on a run over its limit, less `minus` (the debounce) when given. */
function timedText(t: Timed, p: number, minus = 0): string {
  const value = timedPercentile(t, p);
  if (value === undefined) return 'n/a';
  return value === Infinity ? `> ${fmt(t.limitMs - minus)} ms` : `${fmt(value - minus)} ms`;
}

/** The header box's p95 after the debounce (the figure its budget judges), and the debounce it left out. */
function typingP95(s: SearchFigures): { value: number | undefined; debounce: number } {
  const debounce = s.debounceMs ?? 0;
  const p95 = timedPercentile(s.typing.keystroke, 95);
  return { value: p95 === undefined ? undefined : p95 - debounce, debounce };
}

/** The search figures of each term, in the order the tables show them. */
const searchTerms = (s: SearchFigures) => [s.many, s.pair, s.few];
const searchKb = (b: { gzipBytes: number }) => kb(b.gzipBytes);
/** "t 0.2 · p 25.1 · d 61.0 KB": a search download by kind of file, largest first. */
const byKind = (b: SearchBytes) => {
  const kinds = Object.entries(b.kinds).filter(([, n]) => n > 0).sort(([, x], [, y]) => y - x);
  return kinds.length ? `${kinds.map(([kind, n]) => `${kind} ${fmt(n / 1024, 1)}`).join(' · ')} KB` : '–';
};

function searchBudgetLines(standard: CorpusFigures[]): string[] {
  const lines: string[] = [];
  const measured = standard.filter((f) => f.search);
  const big = measured.find((f) => f.size === BUDGET_SIZE)?.search;
  const base = measured.find((f) => f.size === GROWTH_BASE)?.search;
  const none = `not measured at ${fmt(BUDGET_SIZE)}`;
  const verdict = (ok: boolean) => `**${ok ? 'met' : 'missed'}**`;
  const limit = BUDGET.searchFirstQueryKb * 1024;

  // A first query's search files, three ways: the results page to its first page painted, the same with the filter counts, the header box.
  const ways: { name: string; bytes: (q: FirstQuery) => number | undefined; whole: (q: FirstQuery) => boolean }[] = [
    { name: 'results page, first 20 cards painted', bytes: (q) => q.pageBytes.results.search.gzipBytes, whole: (q) => q.complete },
    { name: 'results page, filter counts painted', bytes: (q) => q.pageBytes.counts.search.gzipBytes, whole: (q) => q.countsShown },
    { name: 'header box, focus to matches painted', bytes: (q) => q.boxBytes?.search.gzipBytes, whole: (q) => q.box.ms.length > 0 },
  ];
  for (const way of ways) {
    const cells = big && searchTerms(big).map((q) => {
      const n = way.bytes(q);
      return { ok: n !== undefined && way.whole(q) && n <= limit, text: `${n === undefined ? 'n/a' : kb(n)} ("${q.term}"${way.whole(q) ? '' : ', incomplete'})` };
    });
    lines.push(`| search: a first query downloads ≤ ${BUDGET.searchFirstQueryKb} KB gz of search files at ${fmt(BUDGET_SIZE)} (${way.name}) | standard | ` +
      `${cells ? `${cells.map((c) => c.text).join(', ')} ${verdict(cells.every((c) => c.ok))}` : none} |`);
  }
  for (const way of [ways[0]!, ways[2]!]) {
    const growth = big && base && searchTerms(big).map((q, i) => (way.bytes(q) ?? NaN) / (way.bytes(searchTerms(base)[i]!) ?? NaN));
    lines.push(`| search: a first query at ${fmt(BUDGET_SIZE)} downloads ≤ ${fmt(BUDGET.searchGrowth, 2)}× what it does at ${fmt(GROWTH_BASE)} (${way.name}) | standard | ` +
      `${growth ? `${growth.map((r, i) => `${fmt(r, 2)}× ("${searchTerms(big!)[i]!.term}")`).join(', ')} ${verdict(growth.every((r) => r <= BUDGET.searchGrowth))}` : `not measured at both ${fmt(GROWTH_BASE)} and ${fmt(BUDGET_SIZE)}`} |`);
  }

  const typing = big && typingP95(big);
  lines.push(`| search: header box, files cached: last keystroke to new matches painted, p95 after the debounce ≤ ${BUDGET.searchTypingP95Ms} ms at ${fmt(BUDGET_SIZE)} | standard | ` +
    `${big && typing && typing.value !== undefined
      ? `${typing.debounce
        ? `${timedText(big.typing.keystroke, 95, typing.debounce)} after the ${fmt(typing.debounce)} ms debounce (${timedText(big.typing.keystroke, 95)} with it)`
        : `${timedText(big.typing.keystroke, 95)} (${big.debounceMs === 0 ? 'no debounce' : 'the debounce could not be read: not taken off'})`} ${verdict(typing.value <= BUDGET.searchTypingP95Ms)}`
      : none} |`);

  const cold = (name: string, pick: (q: FirstQuery) => Timed) =>
    lines.push(`| search: a first query, nothing cached, ${name} ≤ ${BUDGET.searchColdMs} ms | standard | ${measured.map((f) => {
      const times = searchTerms(f.search!).map((q) => timedPercentile(pick(q), 50) ?? Infinity);
      return `${fmt(f.size)}: ${searchTerms(f.search!).map((q) => `${timedText(pick(q), 50)} ("${q.term}")`).join(', ')} ${verdict(times.every((t) => t <= BUDGET.searchColdMs))}`;
    }).join('; ') || 'not measured'} |`);
  cold('results page (navigation to the first card)', (q) => q.page);
  cold('header box (the input to its matches)', (q) => q.box);
  return lines;
}

function searchSection(all: CorpusFigures[]): string[] {
  const standard = all.filter((f) => f.shape === 'standard' && f.search);
  const rebuilds = all.flatMap((f) => [...f.unchanged, ...f.added, ...f.touched]);
  const lines = ['## Search', '',
    'The index carries its own search index, a folder `search/<id>/` named by `manifest.search` (src/shared/search.ts): `meta.json`; ' +
    'term buckets `t/` (terms by their first characters, with short postings inline); the postings `p/` of terms in more than 24 articles ' +
    'and their counts per filter value `k/`; the articles of each filter value `f/`; the cards `d/`, 4 to a file; and per block of 1,024 articles, each article\'s filter values ' +
    '`c/` and its place in the Hot order `h/`; `manifest.search` says what `meta.json` does, so opening the index reads no file. Every file is JSON. The reader loads the search code on the first focus of the header box or ' +
    'on `/search`; its engine (src/features/search/engine, plain TypeScript on the page\'s main thread) then fetches only the files a query ' +
    'reads, each once per page.', '',
    '### What the search index costs the build', '',
    '| corpus | articles | cold build | cold build `--no-search` | search adds | peak RSS with / without search | search folder | of which |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |'];
  for (const f of all) {
    const extra = searchBuildExtraMs(f);
    const extraCell = extra === undefined ? 'n/a'
      : f.size === BUDGET_SIZE ? judged(`${fmt(extra)} ms`, extra <= BUDGET.searchBuildMs, `≤ ${fmt(BUDGET.searchBuildMs)} ms`) : `${fmt(extra)} ms`;
    const parts = f.searchIndex?.kinds && Object.entries(f.searchIndex.kinds).map(([kind, t]) => `${kind}: ${fmt(t.files)} files, ${mb(t.bytes)}`).join('; ');
    lines.push(`| ${f.shape} | ${fmt(f.size)} | ${fmt(ms(f.cold))} ms${inBuild(f.cold)} | ` +
      `${f.coldNoSearch.length ? `${fmt(ms(f.coldNoSearch))} ms${inBuild(f.coldNoSearch)}` : 'n/a'} | ${extraCell} | ` +
      `${fmt(rss(f.cold))} / ${f.coldNoSearch.length ? `${fmt(rss(f.coldNoSearch))} MB` : 'n/a'} | ` +
      `${f.searchIndex ? `${mb(f.searchIndex.bytes)} in ${fmt(f.searchIndex.files)} files (${fmt(f.searchIndex.records)} records)` : 'n/a'} | ${parts || 'n/a'} |`);
  }
  lines.push('', '"search adds" is the median cold build with search less the median with `--no-search` (the same runs, interleaved); ' +
    'the folder is `search/<id>/` right after a cold build, uncompressed (its share of "Heatline output" where the full benchmark shows it). ' +
    (rebuilds.length
      ? 'The rebuilds above are with search on: the manifest named a search folder after each of them ' +
        `(${rebuilds.every((r) => r.search) ? 'checked: every rebuild kept a search index' : '**not every rebuild kept a search index**: see the raw runs, `search: false`'}).`
      : 'No rebuild was run (`--only search`).'));
  if (!standard.length) return lines;

  // Read once, from the source the app was built from: the same for every size.
  const debounce = standard[0]!.search!.debounceMs;
  const debounceIncluded = debounce === null ? ', the live search\'s debounce included (its length could not be read)'
    : debounce ? `, the ${fmt(debounce)} ms debounce included` : ' (the live search has no debounce)';
  lines.push('', '### A first query: what it downloads', '',
    '**Results page** (`/search?q=…`), search files (`data/search/`) by the first page of results painted, and by the filter counts painted:', '',
    '| articles | query | matches | search files, first 20 cards | by kind | search files, with the filter counts | by kind | other data files | app JS | the engine in Node reads (matches + cards, + counts) |',
    '| ---: | --- | ---: | ---: | --- | ---: | --- | ---: | ---: | ---: |');
  for (const f of standard) {
    for (const q of searchTerms(f.search!)) {
      const { results, counts } = q.pageBytes;
      const r = q.engine.reads;
      const withBudget = (text: string, n: number) =>
        (f.size === BUDGET_SIZE ? judged(text, n <= BUDGET.searchFirstQueryKb * 1024, `≤ ${BUDGET.searchFirstQueryKb} KB`) : text);
      const first = withBudget(`${searchKb(results.search)} gz (${fmt(results.search.requests)} files)${q.complete ? '' : ' **incomplete**: the results never rendered'}`, results.search.gzipBytes);
      const countsNote = q.engine.countsError ? ` **the counts failed**: ${q.engine.countsError}` : q.engine.chips ? '' : ' (no chip to show)';
      const second = withBudget(`${searchKb(counts.search)} gz (${fmt(counts.search.requests)} files)${q.countsShown ? '' : ' **incomplete**: the counts never showed'}${countsNote}`, counts.search.gzipBytes);
      const matches = q.matches === null ? 'n/a' : q.matches === q.engine.matches ? fmt(q.matches) : `${fmt(q.matches)} **(the engine in Node: ${fmt(q.engine.matches)})**`;
      lines.push(`| ${fmt(f.size)} | "${q.term}" | ${matches} | ${first} | ${byKind(results.search)} | ${second} | ${byKind(counts.search)} | ` +
        `${searchKb(counts.data)} gz (${counts.data.requests} files) | ${searchKb(counts.js)} gz (${counts.js.requests} files) | ` +
        `${kb(r.open.gzipBytes + r.matches.gzipBytes + r.cards.gzipBytes)}, ${kb(r.open.gzipBytes + r.matches.gzipBytes + r.cards.gzipBytes + r.counts.gzipBytes)} |`);
    }
  }
  lines.push('', '**Header box**, from its first focus on the feed to the popup\'s matches painted:', '',
    '| articles | query | search files | by kind | other data files | app JS |', '| ---: | --- | ---: | --- | ---: | ---: |');
  for (const f of standard) {
    for (const q of searchTerms(f.search!)) {
      const b = q.boxBytes;
      const cell = b && `${searchKb(b.search)} gz (${fmt(b.search.requests)} files)${q.box.ms.length ? '' : ' **incomplete**: the matches never showed'}`;
      lines.push(`| ${fmt(f.size)} | "${q.term}" | ${!b || !cell ? 'n/a' : f.size === BUDGET_SIZE ? judged(cell, b.search.gzipBytes <= BUDGET.searchFirstQueryKb * 1024, `≤ ${BUDGET.searchFirstQueryKb} KB`) : cell} | ` +
        `${b ? byKind(b.search) : 'n/a'} | ${b ? `${searchKb(b.data)} gz (${b.data.requests} files)` : 'n/a'} | ${b ? `${searchKb(b.js)} gz (${b.js.requests} files)` : 'n/a'} |`);
    }
  }
  lines.push('', 'Each figure is a fresh browser context (empty cache); every response but images is counted, its body gzipped at level 6 ' +
    '(every search file is JSON), and split by when it ended (Resource Timing, in the page\'s clock). **Results page**: `/search?q=QUERY` from ' +
    'navigation start; "first 20 cards" is what had arrived when the first page of results (the cards of the first 20 matches, one per story) ' +
    'was painted with no card still loading, less the files only the filter counts read; "with the filter counts" is everything that had ' +
    'arrived when a filter chip\'s count was painted. The counts are a second query that starts once the matches are in, alongside the ' +
    'cards\' files: a multi-word query counts from `c/values.json` and the `c/` blocks of its matches (at most 12, spread over them, the counts then scaled up and shown as approximate), a one-word query from `c/values.json` ' +
    'and its term\'s `k/` file (the files the engine in Node read for that step are the ones left out of the first figure). "Other data files" (the manifest, the topics shard that names topic filters) and "app JS" are by the counts. ' +
    '**Header box**: the feed is loaded and settled (no request in flight), the box is focused and QUERY goes in at once; what was requested ' +
    'from the focus on and had arrived when the popup\'s matches were painted. "By kind" splits the search files by folder: `meta` ' +
    '(`meta.json`), `t` term buckets, `p` postings, `d` cards, `k` per-term counts, `c` filter blocks and values. "The engine in Node reads": ' +
    'the same steps run by the reader\'s engine in Node over the files on disk, fresh, gzipped the same way (a cross-check of the page\'s figure). ' +
    `Queries: "${standard[0]!.search!.many.term}", a word of the synthetic vocabulary that about half of all excerpts carry; ` +
    `"${standard[0]!.search!.pair.term}", two such words; and the company name of the first event story in the heat-sorted feed, which only ` +
    'that event\'s few articles carry.');

  lines.push('', '### A first query, nothing cached: time to results', '',
    '| articles | query | results page: navigation to the first card | results page: navigation to the filter counts | header box: the input to its matches | the engine in Node: matches / 20 cards / counts |',
    '| ---: | --- | ---: | ---: | ---: | ---: |');
  for (const f of standard) {
    for (const q of searchTerms(f.search!)) {
      const cell = (t: Timed) => {
        const text = `${timedText(t, 50)} (${t.ms.length + t.over} run${t.ms.length + t.over === 1 ? '' : 's'})`;
        const v = timedPercentile(t, 50);
        return v === undefined ? 'n/a' : judged(text, v <= BUDGET.searchColdMs, `≤ ${BUDGET.searchColdMs} ms`);
      };
      const e = q.engine.ms;
      const counts = `${timedText(q.counts, 50)} (${q.counts.ms.length + q.counts.over} run${q.counts.ms.length + q.counts.over === 1 ? '' : 's'})`;
      lines.push(`| ${fmt(f.size)} | "${q.term}" | ${cell(q.page)} | ${counts} | ${cell(q.box)} | ${fmt(e.matches, 1)} / ${fmt(e.cards, 1)} / ${fmt(e.counts, 1)} ms |`);
    }
  }
  lines.push('', `Each run is a fresh browser context. **Results page**: from navigation start of \`/search?q=QUERY\` to the first result card ` +
    'attached and painted (a MutationObserver in the page, then a frame and a task), and in the same runs to a filter chip\'s count painted ' +
    '(no budget; with no chip to show, to the arrival of the files the counts read). **Header box**: the feed is loaded, the box is clicked ' +
    '(its first focus starts loading the search code), and QUERY goes in at once as one input, ' +
    'as a paste does; from that input to the popup showing the query\'s top matches painted (every row, the same titles in the same order as ' +
    `the reader's engine, run in Node on the same files, gives them, one per story)${debounceIncluded}. Median of up to ${COLD_RUNS} runs: one only when it took over 5 s; a run that gave up after ${fmt(COLD_TIMEOUT_MS)} ms ` +
    `shows as "> ${fmt(COLD_TIMEOUT_MS)} ms". "The engine in Node": one run of the same steps in Node (files read from disk, no network, no ` +
    'rendering), for where the time goes.');

  lines.push('', '### Typing in the header box, search files cached', '',
    `| articles | queries timed | last keystroke to new matches painted, p50 / p95 | ${debounce ? `the same after the ${fmt(debounce)} ms debounce` : debounce === 0 ? 'the same (no debounce to take off)' : 'the same (the debounce could not be read)'}, p50 / p95 | not counted | rows already shown before the last key | search file requests (bodies downloaded) | the engine in Node, p50 / p95 |`,
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const f of standard) {
    const t = f.search!.typing;
    const d = f.search!.debounceMs ?? 0;
    const p95 = typingP95(f.search!);
    const after = `${timedText(t.keystroke, 50, d)} / ${timedText(t.keystroke, 95, d)}`;
    const notCounted = t.stalled ? `${t.stalled} stalled` : '0';
    const engine = t.engineMs.length ? `${fmt(percentile(t.engineMs, 50), 1)} / ${fmt(percentile(t.engineMs, 95), 1)} ms` : 'n/a';
    lines.push(`| ${fmt(f.size)} | ${t.keystroke.ms.length + t.keystroke.over} of ${t.queries.length}${t.keystroke.over ? ` (${t.keystroke.over} over ${fmt(t.keystroke.limitMs)} ms)` : ''} | ` +
      `${timedText(t.keystroke, 50)} / ${timedText(t.keystroke, 95)} | ` +
      `${f.size === BUDGET_SIZE && p95.value !== undefined ? judged(after, p95.value <= BUDGET.searchTypingP95Ms, `p95 ≤ ${BUDGET.searchTypingP95Ms} ms`) : after} | ` +
      `${notCounted} | ${fmt(t.early)} | ${fmt(t.requests)} (${fmt(t.downloaded)}) | ${engine} |`);
  }
  const debounceText = debounce === null
    ? '**The time includes the live search\'s debounce**, whose length could not be read from src/features/search: nothing is taken off it. '
    : debounce
      ? `**The time includes the live search's debounce** (\`useDebounced(term, ${debounce})\` in src/features/search/components/live-search.tsx: ` +
        `no search starts until ${fmt(debounce)} ms after the last key); the budget judges the time after it (the same figure less ${fmt(debounce)} ms). ` +
        '"Stalled" (not counted): the page held a key back for the debounce or longer, so a search ran before the last key. '
      : 'src/features/search/components/live-search.tsx calls no `useDebounced`: the box may search texts on the way to the query, and the ' +
        'time from the last key includes waiting for any such search still running; the budget judges the time as measured. ';
  lines.push('', `The popup's rows for every query, and for every text on the way to it as typed, are computed first in Node by the reader's ` +
    'engine over the files on disk (the cards of the first matches, one per story, the first rows the popup shows); the files that engine ' +
    'read are then fetched once from a page of the app in one browser context, which puts them in its HTTP cache (the preview server ' +
    'revalidates them, `Cache-Control: no-cache`, and answers 304). A second page in that context opens the feed, focuses the header box and ' +
    `types the few-match term once, untimed, which loads the search code and opens the engine. Then ${TYPED_QUERIES} two-word queries of the ` +
    'synthetic vocabulary (the same on every run; both words in about half of all articles each; each with rows other than the query ' +
    `before's), one after another: select all in the box, type the query at ${KEY_DELAY_MS} ms a key, and time inside the page from the last ` +
    'key\'s input event to the popup showing that query\'s matches (every row, as the engine in Node gives them) with the popup no longer busy ' +
    '(`aria-busy`, which it sets while its rows are an earlier text\'s), painted (a MutationObserver, then a frame and a task); the popup ' +
    'must have changed after the last key (gone busy, or shown other rows) for its rows to count. ' + debounceText +
    '"Rows already shown before the last key": queries whose rows the popup showed, settled, for the text one key short (the last ' +
    'letter of a word often changes nothing, the word being matched as a prefix); they are timed all the same, to the popup settling again. ' +
    `A query over ${fmt(TYPING_TIMEOUT_MS)} ms counts as over (the ` +
    'percentile shows "> …" when it falls on one), and the next query gets a new page, warmed the same way; once more than half are ' +
    'over, the rest are not typed (both percentiles are then over the limit). "Search file requests" counts the requests for `data/search/` ' +
    'files while queries were timed, and in brackets those that downloaded a body rather than being answered from the cache. ' +
    '"The engine in Node": the same queries in the same order through one engine in Node (as one page\'s engine keeps what it read), ' +
    'each after the texts on the way to it (untimed), from the query to the popup\'s cards, files read from disk as the engine first needs ' +
    'them: the engine\'s own share of the time, without the network, the HTTP cache or rendering.');
  return lines;
}

function report(all: CorpusFigures[], lh?: LighthouseFigures, site?: SiteStepFigures): string {
  const standard = all.filter((f) => f.shape === 'standard');
  const lines = ['# Benchmark results', '', ...methodLines(`npm run bench${values.quick ? ' -- --quick' : ''}`), '', CORPORA_TEXT, '',
    '## Budgets', '', ...budgetLines(all), ''];
  for (const shape of CORPUS_SHAPES) {
    const list = all.filter((f) => f.shape === shape);
    if (!list.length) continue;
    lines.push(`## Cold build, ${shape} corpus: Heatline, the naive script and Hugo`, '', ...coldTable(list), '', `## Rebuilds, ${shape} corpus`, '',
      ...(list.some((f) => f.unchanged.length) ? rebuildTable(list) : ['Not run in the quick smoke run (`--quick`) on this corpus.']), '');
  }
  lines.push('"build N ms" is the CLI\'s own `durationMs` (median); the rest of the wall time is process start-up and exit (Node, the ' +
    'bundled CLI and, when it parses, its libraries).', '');
  lines.push(`Heatline output: bytes and files of the whole output folder right after a cold build. Rebuilds start from a complete build ` +
    `and its cache. ${NEW_FILES} new files: new articles in a folder of their own, with addresses no other article has; ` +
    `${TOUCHED_SHARE * 100}% touched: every ${Math.round(1 / TOUCHED_SHARE)}th file gets its heat raised by one. "Files written" counts the output ` +
    'files that are new or replaced (inode, size or modification time changed) between a listing before and after the rebuild; ' +
    '"removed" counts output files there before and gone after; "report" is the count on the CLI\'s own "wrote OUT (build X, N files)" ' +
    'line, shown where it differs.');
  lines.push('', ...stageTable(all));
  lines.push('', '## Stories', '', '| corpus | articles | stories | stories per 1,000 articles | largest story | clustering time |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const f of all) lines.push(storyRow(f));
  lines.push('', 'From the `--json` report of the cold builds: `stories` (stories of two or more articles), `largestStory` and `clusterMs` ' +
    '(median of the runs); "n/a" when the report does not carry the field.', '');
  lines.push(...indexTables(standard));
  lines.push('', ...searchSection(all));
  if (site) lines.push('', ...siteStepSection(site, `npm run bench${values.quick ? ' -- --quick' : ''}`));
  if (lh) lines.push('', ...lighthouseSection(lh));
  lines.push('', '## Raw runs', '', '```json', JSON.stringify(all, null, 1), '```', '');
  if (lh && !('skipped' in lh)) lines.push('Lighthouse, each run\'s scores:', '', '```json', JSON.stringify(lh.scores.map(({ name, runs: r }) => ({ name, runs: r }))), '```', '');
  return lines.join('\n');
}

/**
 * The site step over the standard index at the largest size measured (the
 * index the cold builds left); `--only site` builds that index when it is
 * not there yet.
 */
async function siteStepFigures(appDist: string): Promise<SiteStepFigures> {
  const size = Math.max(...sizes);
  const data = path.join(root, '.cache/bench', String(size), 'data');
  if (!existsSync(path.join(data, 'manifest.json'))) {
    const content = await corpus(size, 'standard');
    process.stderr.write(`${size} standard: index for the site step\n`);
    execFileSync(process.execPath, [...HEATLINE, content, '--out', data], { cwd: root, stdio: 'ignore' });
  }
  return measureSiteStep(size, data, path.join(appDist, 'index.html'), siteDir, runs, (line) => process.stderr.write(`${line}\n`));
}

/** `--only site`: the site step alone. */
function siteReport(f: SiteStepFigures): string {
  const command = `npm run bench -- --only site${values.sizes ? ` --sizes ${values.sizes}` : values.quick ? ' --quick' : ''}${values.runs ? ` --runs ${values.runs}` : ''}${values['site-dir'] ? ` --site-dir ${values['site-dir']}` : ''}`;
  return ['# Site step benchmark results', '', `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}; load average at the end ` +
    `${os.loadavg().map((n) => fmt(n, 2)).join(', ')} (1, 5, 15 min).`, '', ...siteStepSection(f, command), '', '## Raw runs', '', '```json', JSON.stringify(f, null, 1), '```', ''].join('\n');
}

/** `--only search`: the search figures alone. */
function searchReport(all: CorpusFigures[]): string {
  const standard = all.filter((f) => f.shape === 'standard');
  const command = `npm run bench -- --only search${values.sizes ? ` --sizes ${values.sizes}` : values.quick ? ' --quick' : ''}${values.runs ? ` --runs ${values.runs}` : ''}`;
  const extraRows = standard.map((f) => {
    const extra = searchBuildExtraMs(f);
    return `${fmt(f.size)}: ${extra === undefined ? 'n/a' : `${fmt(extra)} ms${f.size === BUDGET_SIZE ? ` **${extra <= BUDGET.searchBuildMs ? 'met' : 'missed'}**` : ''}`}`;
  });
  const lines = ['# Search benchmark results', '',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`${command}\` on ${machine()}; load average at the end ` +
      `${os.loadavg().map((n) => fmt(n, 2)).join(', ')} (1, 5, 15 min). The search figures alone, on the standard corpus: per run, ` +
      'a cold build (`node bin/heatline.mjs index CONTENT --out OUT --json --no-cache`, into an empty folder, no build cache) and the same with ' +
      `\`--no-search\`; median of ${runs} run${runs === 1 ? '' : 's'}. Then search in headless Chromium on the production build and a local ` +
      'preview server. No naive script, Hugo, rebuilds or link-heavy corpus.', '',
    CORPORA_TEXT.split(', and a **link-heavy**')[0]! + ').', '',
    '## Budgets', '', '| budget | corpus | figure |', '| --- | --- | --- |',
    `| search index adds ≤ ${fmt(BUDGET.searchBuildMs / 1000)} s to a cold build at ${fmt(BUDGET_SIZE)} | standard | ${extraRows.join('; ')} |`,
    ...searchBudgetLines(standard), '', ...searchSection(standard), '', '## Raw runs', '', '```json', JSON.stringify(all, null, 1), '```', ''];
  return lines.join('\n');
}

/** `--size N`: one cold build (and one naive run) of the standard corpus at a size too large to repeat. */
function singleReport(f: CorpusFigures): string {
  const cold = f.cold[0]!;
  const naiveRun = f.naive[0]!;
  const budget = f.size === 1_000_000 ? BUDGET.peakRssMbAt1m : undefined;
  const lines = ['# Benchmark results at one size', '', ...methodLines(`npm run bench -- --size ${f.size}`), '',
    'One run only at this size: Heatline\'s cold build and the naive script, on the standard corpus; no rebuilds, no link-heavy corpus ' +
      'and no Hugo (its memory grows with the corpus, about 3 GB at 100,000 articles).', '',
    '| articles | Heatline cold | articles/s | Heatline peak RSS | naive | Heatline ÷ naive time | naive peak RSS | Heatline output |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${fmt(f.size)} | ${fmt(cold.ms)} ms | ${fmt((f.size / cold.ms) * 1000)} | ` +
      `${budget ? judged(`${fmt(cold.peakRssMb)} MB`, cold.peakRssMb <= budget, `≤ ${fmt(budget / 1024, 1)} GB`) : `${fmt(cold.peakRssMb)} MB`} | ` +
      `${fmt(naiveRun.ms)} ms | ${fmt(cold.ms / naiveRun.ms, 2)}× | ${fmt(naiveRun.peakRssMb)} MB | ` +
      `${mb(f.output.bytes)} in ${fmt(f.output.files)} files |`,
    '', CORPORA_TEXT.split(', and a **link-heavy**')[0]! + ').', '', ...indexTables([f]), '',
    '## Stories', '', '| corpus | articles | stories | stories per 1,000 articles | largest story | clustering time |', '| --- | ---: | ---: | ---: | ---: | ---: |',
    storyRow(f), '', '## Raw runs', '', '```json', JSON.stringify(f, null, 1), '```', ''];
  return lines.join('\n');
}

/** Lighthouse's four category scores out of 100: the least each page of the production build may score. */
const LIGHTHOUSE_BUDGET = { performance: 95, accessibility: 100, bestPractices: 100, seo: 100 } as const;

type LighthouseFigures =
  | { size: number; slug: string; blocked: string[]; scores: LighthouseScores[]; ms: number }
  | { skipped: string };

/**
 * The hosts of the pictures the index names (`https://img.example.com/1-1200x675.jpg`),
 * other than the served origin: the only requests to other hosts a page makes
 * (outlets' links are followed by readers, not loaded). From the benchmark's
 * machine none of them can be reached.
 */
async function externalHosts(dataDir: string, origin: string): Promise<string[]> {
  const hosts = new Set<string>();
  for (const file of readdirSync(dataDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.json')) continue;
    for (const m of (await readFile(path.join(dataDir, file), 'utf8')).matchAll(/https?:\/\/([^/"\\?#\s]+)\/[^"\\?#\s]*\.(?:jpe?g|png|gif|webp|avif|svg)\b/gi)) hosts.add(m[1]!);
  }
  hosts.delete(new URL(origin).host);
  return [...hosts].sort();
}

/**
 * Lighthouse on the production build as deploy/nginx.conf serves it: the
 * bench's app build with the standard index at GROWTH_BASE (or the quick
 * run's one size), its site step (page entry points, feeds, sitemaps,
 * robots.txt) written over that index, precompressed, under nginx.
 */
async function lighthouseFigures(appDist: string): Promise<LighthouseFigures> {
  if (!existsSync(NGINX)) return { skipped: `nginx: not installed at ${NGINX}, so Lighthouse was not run (\`apt-get install -y nginx\` adds it).` };
  const size = sizes.includes(GROWTH_BASE) ? GROWTH_BASE : sizes[0]!;
  const data = path.join(root, '.cache/bench', String(size), 'data');
  const site = loadSiteConfig(root);
  // The base the app was built with (vite.config.ts reads the same two).
  const base = process.env.HEATLINE_BASE ?? new URL(site.url).pathname;
  const started = performance.now();
  process.stderr.write(`${size} standard: Lighthouse on the production build under nginx\n`);
  const server = await startNginx({
    dist: appDist,
    prepare: async (served) => {
      // The app folder's data/ is a link to the last index measured; the copy gets a folder of its own, which precompression then writes into.
      await rm(path.join(served, 'data'), { recursive: true, force: true });
      await cp(data, path.join(served, 'data'), { recursive: true });
      // The app was built over public/data; its pages, feeds and sitemaps are that index's. The site step redoes them for this one (and removes the others).
      writeSite({ outDir: served, site, base });
    },
  });
  try {
    const slug = storyArticle(data);
    const blocked = await externalHosts(data, server.url);
    const scores = await measureLighthouse(server.url, [{ name: 'feed', path: base }, { name: 'article', path: `${base}articles/${slug}` }], {
      blockedUrlPatterns: blocked.map((host) => `*://${host}/*`),
      onRun: (route, run) => process.stderr.write(`  Lighthouse ${route}: run ${run}/${LIGHTHOUSE_RUNS}\n`),
    });
    return { size, slug, blocked, scores, ms: Math.round(performance.now() - started) };
  } finally {
    await server.stop();
  }
}

function lighthouseSection(lh: LighthouseFigures): string[] {
  const lines = ['## Lighthouse', ''];
  if ('skipped' in lh) return [...lines, lh.skipped];
  const cell = (score: number, budget: number) => judged(String(score), score >= budget, budget === 100 ? '100' : `≥ ${budget}`);
  lines.push('| page | performance | accessibility | best practices | SEO | audits below 1 |', '| --- | ---: | ---: | ---: | ---: | --- |');
  for (const s of lh.scores) {
    const failing = s.failingDetail.map((a) => `\`${a.id}\` (${a.category}, ${a.score})`).join(', ') || 'none';
    lines.push(`| ${s.name} (\`${s.path}\`) | ${cell(s.performance, LIGHTHOUSE_BUDGET.performance)} | ${cell(s.accessibility, LIGHTHOUSE_BUDGET.accessibility)} | ` +
      `${cell(s.bestPractices, LIGHTHOUSE_BUDGET.bestPractices)} | ${cell(s.seo, LIGHTHOUSE_BUDGET.seo)} | ${failing} |`);
  }
  const errored = new Map<string, { message: string; pages: string[] }>();
  for (const s of lh.scores) {
    for (const e of s.errored) {
      const entry = errored.get(e.id) ?? { message: e.message, pages: [] };
      entry.pages.push(s.name);
      errored.set(e.id, entry);
    }
  }
  if (errored.size) {
    lines.push('', 'Audits Lighthouse could not run (no score; they count neither for nor against a category): ' +
      [...errored].map(([id, e]) => `\`${id}\` (${e.pages.join(', ')}: ${e.message.replace(/\s+/g, ' ').slice(0, 160)})`).join('; ') + '.');
  }
  const lighthouseVersion = (JSON.parse(readFileSync(path.join(root, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version;
  lines.push('', `Lighthouse ${lighthouseVersion} (its Node API, \`bench/lighthouse.ts\`), run by \`npm run bench${values.quick ? ' -- --quick' : ''}\`: ` +
    'the default config, which is the mobile preset (Moto G Power screen, simulated slow 4G and 4× CPU slowdown), categories performance, ' +
    `accessibility, best practices and SEO, in headless Chromium. Each score is the median of ${LIGHTHOUSE_RUNS} runs of the page; ` +
    '"audits below 1" are the audits of those categories that scored under 1 in most runs, with their median score. ' +
    `The page is the production build as deploy/nginx.conf serves it: the app the bench built, the standard index at ${fmt(lh.size)} articles, ` +
    'the site step (`writeSite`: page entry points, feeds, sitemaps, robots.txt) over that index, precompressed (scripts/precompress.ts), ' +
    `behind nginx on 127.0.0.1 (test/e2e/nginx-server.ts). The article is the hottest one in a story (\`${lh.slug}\`). ` +
    `Requests to other hosts are blocked (Lighthouse's \`blockedUrlPatterns\`, one \`*://HOST/*\` per host of the pictures the index names: ${fmt(lh.blocked.length)} hosts, ` +
    `e.g. ${lh.blocked.slice(0, 3).map((h) => `\`${h}\``).join(', ') || 'none'}): none can be reached from this machine, and a failed image ` +
    'load would count as a console error (`errors-in-console`), which a blocked one does not; the page is what a reader sees when those images ' +
    `do not load. ${fmt(lh.ms / 1000)} s in all, nginx's start included.`);
  return lines;
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

if (hugoNote) process.stderr.write(`${hugoNote}\n`);
const appDist = path.join(root, '.cache/bench/app');
// What the search components show, read from the source this build is made from.
const searchUi = readSearchUi();
await build({ root, mode: 'production', logLevel: 'error', configLoader: 'runner', build: { outDir: appDist, emptyOutDir: true } });
const entryJs = entryJsGzip(appDist);
// Bundles the CLI (bin/heatline.mjs keeps the bundle) once, outside any measurement.
execFileSync(process.execPath, [...HEATLINE, '--help'], { cwd: root, stdio: 'ignore' });
const all: CorpusFigures[] = [];
if (!onlySite) for (const size of sizes) all.push(await measureCorpus('standard', size, appDist, searchUi));
if (!single && !onlySearch && !onlySite) for (const size of sizes) all.push(await measureCorpus('link-heavy', size));
const siteStep = single || onlySearch ? undefined : await siteStepFigures(appDist);
// After every other figure: its Chromium runs would otherwise load the machine while they are timed.
const lh = single || onlySearch || onlySite ? undefined : await lighthouseFigures(appDist);
await mkdir(path.dirname(resultsFile), { recursive: true });
await writeFile(resultsFile, single ? singleReport(all[0]!) : onlySearch ? searchReport(all) : onlySite ? siteReport(siteStep!) : report(all, lh, siteStep));
process.stdout.write(`${await readFile(resultsFile, 'utf8').then((t) => t.split('## Raw runs')[0])}\nwrote ${path.relative(root, resultsFile)}\n`);
