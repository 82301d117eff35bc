/** `buildIndex`: the whole pipeline from a content folder to a written index. */
import { statSync } from 'node:fs';
import path from 'node:path';
import { BuildCache, fingerprint, type FileStat } from './build-cache';
import { link } from './link';
import { defaultWorkers, parseAll } from './parse-pool';
import type { CompactRecord } from './compact-record';
import type { FileOutcome, Rejection, Warning } from './record';
import { buildShards } from './shards';
import { walk } from './walk';
import { commitIndex, DiskSink } from './write-index';

export type BuildOptions = {
  contentDir: string;
  outDir: string;
  baseUrl?: string;
  onlyPublished?: boolean;
  /** Parse worker threads; 0 parses in-process. Default: one per core for large corpora. */
  workers?: number;
  /** Folder for the build cache (`.cache/heatline` from the CLI); none when unset. */
  cacheDir?: string;
  onProgress?: (done: number, total: number) => void;
};

export type BuildReport = {
  articles: number;
  topics: number;
  providers: number;
  stories: number;
  filesRead: number;
  /** Files parsed in this build; the rest came from the build cache. */
  filesParsed: number;
  removed: number;
  unpublishedSkipped: number;
  rejected: Rejection[];
  warnings: Warning[];
  written: number;
  unchanged: boolean;
  buildId: string;
  durationMs: number;
};

export async function buildIndex(options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const files = await walk(options.contentDir);
  const stats: FileStat[] = files.map((file) => {
    const { size, mtimeMs } = statSync(file);
    return { file, rel: path.relative(options.contentDir, file).split(path.sep).join('/'), size, mtimeMs };
  });
  const cache = options.cacheDir
    ? new BuildCache<BuildReport>(options.cacheDir, {
        contentDir: path.resolve(options.contentDir),
        outDir: path.resolve(options.outDir),
        baseUrl: options.baseUrl ?? null,
        onlyPublished: !!options.onlyPublished,
      })
    : undefined;
  const last = cache?.unchangedReport(fingerprint(stats), options.outDir);
  if (last) {
    options.onProgress?.(stats.length, stats.length);
    return { ...last, filesParsed: 0, written: 0, unchanged: true, durationMs: Math.round(performance.now() - started) };
  }

  const records: CompactRecord[] = [];
  const rejected: Rejection[] = [];
  const warnings: Warning[] = [];
  let removed = 0;
  let unpublishedSkipped = 0;
  let done = 0;
  const take = (rel: string, outcome: FileOutcome<CompactRecord>) => {
    for (const message of outcome.warnings) warnings.push({ file: rel, message });
    if (outcome.kind === 'article') records.push(outcome.record);
    else if (outcome.kind === 'removed') removed++;
    else if (outcome.kind === 'skipped-unpublished') unpublishedSkipped++;
    else rejected.push({ file: rel, reason: outcome.reason, ...(outcome.line ? { line: outcome.line } : {}) });
    options.onProgress?.(++done, files.length);
  };

  const toParse: FileStat[] = [];
  for (const stat of stats) {
    const cached = cache?.lookup(stat);
    if (cached) take(stat.rel, cached);
    else toParse.push(stat);
  }
  await parseAll(toParse, options, options.workers ?? defaultWorkers(toParse.length), (stat, outcome) => {
    cache?.store(stat as FileStat, outcome);
    take(stat.rel, outcome);
  });

  const parsed = performance.now();
  const linked = link(records);
  warnings.push(...linked.warnings);
  const linkedAt = performance.now();
  const sink = new DiskSink(options.outDir);
  const shards = buildShards(linked, sink);
  const shardedAt = performance.now();
  const { written, unchanged } = commitIndex(options.outDir, shards, sink);
  if (process.env.HEATLINE_TIMINGS) {
    const ms = (a: number, b: number) => Math.round(b - a);
    process.stderr.write(`timings: parse ${ms(started, parsed)} ms, link ${ms(parsed, linkedAt)} ms, ` +
      `shards+write ${ms(linkedAt, shardedAt)} ms, commit ${ms(shardedAt, performance.now())} ms\n`);
  }

  const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const report: BuildReport = {
    articles: linked.cards.length,
    topics: linked.topics.length,
    providers: linked.providers.length,
    stories: linked.stories,
    filesRead: files.length,
    filesParsed: toParse.length,
    removed,
    unpublishedSkipped,
    rejected: rejected.sort(byFile),
    warnings: warnings.sort(byFile),
    written,
    unchanged,
    buildId: shards.buildId,
    durationMs: 0,
  };
  cache?.save(stats, shards.manifest, report);
  if (process.env.HEATLINE_TIMINGS) process.stderr.write(`timings: total ${Math.round(performance.now() - started)} ms\n`);
  return { ...report, durationMs: Math.round(performance.now() - started) };
}
