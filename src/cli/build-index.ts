/** `buildIndex`: the whole pipeline from a content folder to a written index. */
import path from 'node:path';
import { link } from './link';
import { defaultWorkers, parseAll } from './parse-pool';
import type { ArticleRecord, Rejection, Warning } from './record';
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
  onProgress?: (done: number, total: number) => void;
};

export type BuildReport = {
  articles: number;
  topics: number;
  providers: number;
  stories: number;
  filesRead: number;
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
  const records: ArticleRecord[] = [];
  const rejected: Rejection[] = [];
  const warnings: Warning[] = [];
  let removed = 0;
  let unpublishedSkipped = 0;
  let done = 0;

  const tasks = files.map((file) => ({ file, rel: path.relative(options.contentDir, file).split(path.sep).join('/') }));
  await parseAll(tasks, options, options.workers ?? defaultWorkers(files.length), ({ rel }, outcome) => {
    for (const message of outcome.warnings) warnings.push({ file: rel, message });
    if (outcome.kind === 'article') records.push(outcome.record);
    else if (outcome.kind === 'removed') removed++;
    else if (outcome.kind === 'skipped-unpublished') unpublishedSkipped++;
    else rejected.push({ file: rel, reason: outcome.reason, ...(outcome.line ? { line: outcome.line } : {}) });
    options.onProgress?.(++done, files.length);
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
  return {
    articles: linked.articles.length,
    topics: linked.topics.length,
    providers: linked.providers.length,
    stories: linked.stories,
    filesRead: files.length,
    removed,
    unpublishedSkipped,
    rejected: rejected.sort(byFile),
    warnings: warnings.sort(byFile),
    written,
    unchanged,
    buildId: shards.buildId,
    durationMs: Math.round(performance.now() - started),
  };
}
