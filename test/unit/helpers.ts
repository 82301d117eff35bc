/** Shared helpers for the unit tests of the index CLI (not a test file itself). */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import type { FaultPoint } from '../../src/cli/fault-points';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { normalizeFile, type NormalizeOptions } from '../../src/cli/parse/normalize';
import type { ArticleRecord, FileOutcome } from '../../src/cli/record';
import { parseArticleSlug } from '../../src/shared/article-slug';
import type { Article, ArticleIndexShard, ArticleShard, ListRef, Manifest, Sort, TopicsShard } from '../../src/shared/index-schema';
import { articleLocation, shardName } from '../../src/shared/shard-paths';
import { buildShards, finishManifest, type Shards } from '../../src/cli/layout/shards';
import { SEARCH_DIR } from '../../src/shared/search';
import type { LinkedIndex } from '../../src/cli/link/link';

export const ROOT = path.resolve(__dirname, '../..');

/** Shards laid out in memory, by name: the build writes each to disk as it is made. */
export type ShardFiles = Shards & { files: Map<string, string> };

export function shardsInMemory(index: LinkedIndex): ShardFiles {
  const files = new Map<string, string>();
  return { ...finishManifest(buildShards(index, { put: (name, json) => void files.set(name, json) })), files };
}

/** A valid front-matter object; `fields` override or add (undefined removes). */
export function fields(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const base: Record<string, unknown> = {
    title: 'A perfectly ordinary headline',
    webUrl: 'https://example.com/news/ordinary',
    publishedDateTime: '2024-03-01T10:00:00Z',
  };
  const out = { ...base, ...overrides };
  for (const [key, value] of Object.entries(out)) if (value === undefined) delete out[key];
  return out;
}

/** The text of an article file made of front matter (YAML) and an optional body. */
export function articleText(overrides: Record<string, unknown> = {}, body = ''): string {
  return `---\n${stringify(fields(overrides))}---\n${body}`;
}

const encoder = new TextEncoder();
export const bytes = (text: string): Uint8Array => encoder.encode(text);

export function normalizeText(text: string, options: NormalizeOptions = {}, file = 'a.md'): FileOutcome {
  return normalizeFile(file, bytes(text), options);
}

/** Normalises and insists the file was accepted. */
export function accept(text: string, options: NormalizeOptions = {}, file = 'a.md'): { record: ArticleRecord; warnings: string[] } {
  const outcome = normalizeText(text, options, file);
  if (outcome.kind !== 'article') throw new Error(`expected an article, got ${JSON.stringify(outcome)}`);
  return outcome;
}

export function reject(text: string, options: NormalizeOptions = {}): { reason: string; line?: number } {
  const outcome = normalizeText(text, options);
  if (outcome.kind !== 'rejected') throw new Error(`expected a rejection, got ${outcome.kind}`);
  return outcome;
}

const temps: string[] = [];
export function tempDir(prefix = 'heatline-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}
export function cleanTemps(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Every file below `dir` (relative path → content), sorted. */
/** Every file of an output folder by path, with its text; a search folder is one entry (`search/<id>/`). */
export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (sub: string) => {
    for (const name of readdirSync(path.join(dir, sub)).sort()) {
      const rel = sub ? `${sub}/${name}` : name;
      // A search folder is thousands of small files written whole: one entry, the JSON list of its files.
      if (sub === SEARCH_DIR) out.set(`${rel}/`, JSON.stringify({ files: readdirSync(path.join(dir, rel), { recursive: true }).sort() }));
      else if (statSync(path.join(dir, rel)).isDirectory()) visit(rel);
      else out.set(rel, readFileSync(path.join(dir, rel), 'utf8'));
    }
  };
  visit('');
  return out;
}

/** Every string anywhere inside a JSON value, with the key it sits under. */
function* strings(value: unknown, key = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [key, value];
  else if (Array.isArray(value)) for (const item of value) yield* strings(item, key);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      yield ['#key', k];
      yield* strings(v, k);
    }
  }
}

/**
 * The URL rule of the index: every `url`/`logo` value and every `href`/`src`
 * inside HTML is absolute http(s), and no string anywhere carries an unsafe
 * scheme or a protocol-relative link. Returns the offending strings.
 */
export function unsafeUrls(json: unknown): string[] {
  const bad: string[] = [];
  for (const [key, value] of strings(json)) {
    if ((key === 'url' || key === 'logo') && !/^https?:\/\/[^/\s]/.test(value)) bad.push(`${key}: ${value}`);
    if (/^\s*(javascript|data|vbscript|file):/i.test(value) || value.startsWith('//')) bad.push(`${key}: ${value}`);
    if (/^[a-z][\w+.-]*:\/\//i.test(value) && !/^https?:\/\//.test(value)) bad.push(`${key}: ${value}`);
    for (const m of value.matchAll(/\s(href|src)\s*=\s*"([^"]*)"/gi)) {
      if (!/^https?:\/\//.test(m[2]!)) bad.push(`${m[1]}=${m[2]}`);
    }
  }
  return bad;
}

/**
 * Every shard the reader can reach from a manifest: names given as strings,
 * and the numbered groups (list directory, article index, rank pages) whose
 * names src/shared/shard-paths.ts computes.
 */
export function reachableShards(manifest: Manifest, read: (name: string) => unknown): Set<string> {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (/^(articles|cards|lists|ranks|stories|topics)\/[^/]+\.json$/.test(value) && !found.has(value)) {
        found.add(value);
        visit(read(value));
      }
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const ref = value as Partial<ListRef>;
      if (ref.ranks && ref.heads && typeof ref.key === 'string') {
        for (const sort of Object.keys(ref.heads) as Sort[]) {
          for (let n = 0; n < ref.ranks.pages; n++) visit(shardName.ranksPage(ref.ranks.id, sort, n));
        }
      }
      const { headlines } = value as Partial<TopicsShard>;
      if (headlines && Array.isArray((value as Partial<TopicsShard>).topics)) {
        for (let n = 0; n < headlines.pages; n++) visit(shardName.topicHeadlines(headlines.id, n));
      }
      Object.values(value).forEach(visit);
    }
  };
  for (let n = 0; n < manifest.lists.count; n++) visit(shardName.listDirectory(manifest.lists.id, n));
  for (let n = 0; n < manifest.articles.pages; n++) visit(shardName.articleIndex(manifest.articles.id, n));
  for (let n = 0; n < manifest.stories.pages; n++) visit(shardName.storyIndex(manifest.stories.id, n));
  visit({ ...manifest, lists: undefined, articles: undefined, stories: undefined });
  // The search folder is written and replaced whole: it counts as one entry, read by whoever checks it.
  if (manifest.search) found.add(manifest.search.path);
  return found;
}

/**
 * The article at `/articles/<slug>`, found as the reader finds it: by the key
 * at the end of the slug, through the bucket math of docs/index-format.md.
 */
export function articleAt(manifest: Manifest, read: <T>(name: string) => T, slug: string): Article | undefined {
  const key = parseArticleSlug(slug)?.key;
  if (key === undefined) return undefined;
  const { indexPath, slot } = articleLocation(manifest, key);
  const bucket = read<ArticleIndexShard>(indexPath).buckets[slot];
  return bucket === undefined ? undefined : read<ArticleShard>(bucket).articles[key];
}

/** Every article of a linked index in rank order, parsed from the JSON the shards carry. */
export function articlesOf(index: { cards: unknown[]; articleJson: (rank: number) => string }): Article[] {
  return index.cards.map((_, rank) => JSON.parse(index.articleJson(rank)) as Article);
}

export type CliRun = { code: number | null; stdout: string; stderr: string };

/** A build cache folder for the tests: never the project's own `.cache/heatline`. */
export const testCacheDir = (): string => tempDir('heatline-cache-');

export type Started = { child: ChildProcess; done: Promise<CliRun> };

/**
 * The installed command (`heatline index`) as a child process, started from
 * `cwd` (the project folder unless given: its build cache lives there). With
 * `stopAt` it freezes itself at that point of the build.
 */
export function startCli(args: string[], options: { stopAt?: FaultPoint; cwd?: string; withoutRootOverride?: boolean; spawn?: SpawnOptions } = {}): Started {
  // Tests started from the project folder get a cache of their own, not the project's.
  const cache = options.cwd || args.some((a) => a === '--no-cache' || a.startsWith('--cache-dir')) ? [] : ['--cache-dir', testCacheDir()];
  let command = [process.execPath, path.join(ROOT, 'bin/heatline.mjs'), 'index', ...args, ...cache];
  // Root reads every file whatever its mode: without the two capabilities
  // that let it, a permission error is real (util-linux setpriv).
  if (options.withoutRootOverride && process.getuid?.() === 0) {
    command = ['setpriv', '--bounding-set=-dac_override,-dac_read_search', '--', ...command];
  }
  const child = spawn(command[0]!, command.slice(1), {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', ...(options.stopAt ? { HEATLINE_STOP_AT: options.stopAt } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options.spawn,
  });
  const done = new Promise<CliRun>((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? -1 : null), stdout, stderr }));
  });
  return { child, done };
}

/** Runs the CLI to its end (see `startCli`); `onSpawn` gets the process, to signal it. */
export function runCli(args: string[], onSpawn?: (child: ChildProcess) => void): Promise<CliRun> {
  const started = startCli(args);
  onSpawn?.(started.child);
  return started.done;
}
