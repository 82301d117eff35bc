/** `buildIndex`: the whole pipeline from a content folder to a written index. */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BuildCache, fingerprint, type FileStat } from './cache/build-cache';
import { lockOutput } from './write/output-lock';
import type { Rejection, Skip, Warning } from './record';
import { buildShards, finishManifest } from './layout/shards';
import { SpillReader } from './parse/spill';
import { relativeTo, walk } from './discover/walk';
import { commitIndex, DiskSink } from './write/write-index';
import { searchStep } from './search/search-step';
import { faultPoint } from './fault-points';

export type BuildOptions = {
  contentDir: string;
  outDir: string;
  baseUrl?: string;
  /** Index `published: false` drafts (flagged) instead of leaving them out. */
  includeUnpublished?: boolean;
  /** Most days between a story's earliest and latest article (default STORY_WINDOW_DAYS). */
  storyWindowDays?: number;
  /** Most articles in one story (default STORY_MAX). */
  storyMax?: number;
  /** How long to wait for another build writing the same output folder (default 120 s). */
  lockTimeoutMs?: number;
  /** Parse worker threads; 0 parses in-process. Default: one per core for large corpora. */
  workers?: number;
  /** Time one file may take to parse (default FILE_TIME_BUDGET_MS, 2 s). */
  fileBudgetMs?: number;
  /** Folder for the build cache (`.cache/heatline` from the CLI); none when unset. */
  cacheDir?: string;
  /** Write the search index (default true); `--no-search` leaves the reader without search. */
  search?: boolean;
  onProgress?: (done: number, total: number) => void;
};


export type BuildReport = {
  articles: number;
  topics: number;
  providers: number;
  /** Stories of two or more articles, and the size of the largest. */
  stories: number;
  largestStory: number;
  /** Time spent clustering stories, in ms. */
  clusterMs: number;
  filesRead: number;
  /** Files parsed in this build; the rest came from the build cache. */
  filesParsed: number;
  removed: number;
  /** `published: false` files left out (0 with `includeUnpublished`). */
  unpublished: number;
  rejected: Rejection[];
  /** Files and folders that could not be read at all (not even parsed), with the reason. */
  skipped: Skip[];
  warnings: Warning[];
  written: number;
  /** Index files already in the output folder that were damaged, and rewritten. */
  repaired: number;
  unchanged: boolean;
  buildId: string;
  durationMs: number;
  /** Where the time went, stage by stage in the order they ran, in ms (BUILD_STAGES). */
  stagesMs: StageTimes;
};

/**
 * The stages a build runs, in order: list and stat the files; parse them (or
 * take them from the build cache); link; lay out and write the shards; write
 * the search index; swap the manifest in; save the build cache. A build that
 * finds nothing changed stops after `check`.
 */
export const BUILD_STAGES = ['discover', 'check', 'parse', 'link', 'layout', 'search', 'commit', 'cache'] as const;
export type BuildStage = (typeof BUILD_STAGES)[number];
export type StageTimes = Partial<Record<BuildStage, number>>;

/** Times stages as they end: each gets the time since the previous one ended. */
function stageClock(started: number): { end: (stage: BuildStage) => void; times: StageTimes } {
  const times: StageTimes = {};
  let last = started;
  return {
    times,
    end(stage) {
      const now = performance.now();
      times[stage] = Math.round(now - last);
      last = now;
    },
  };
}

const HEATLINE_TIMINGS = !!process.env.HEATLINE_TIMINGS;

function trace(label: string, since: number): void {
  if (!HEATLINE_TIMINGS) return;
  const mb = (n: number) => Math.round(n / 2 ** 20);
  const { rss, heapUsed } = process.memoryUsage();
  process.stderr.write(`timings: ${label} at ${Math.round(performance.now() - since)} ms (rss ${mb(rss)} MB, heap ${mb(heapUsed)} MB)\n`);
}

const LOCK_TIMEOUT_MS = 120_000;

/** Report entries in file order, so the report is the same whatever order files were parsed in. */
const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** One build at a time per output folder (output-lock.ts). */
export async function buildIndex(options: BuildOptions): Promise<BuildReport> {
  const release = await lockOutput(options.outDir, options.lockTimeoutMs ?? LOCK_TIMEOUT_MS);
  try {
    return await buildLocked(options);
  } finally {
    release();
  }
}

async function buildLocked(options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const clock = stageClock(started);
  const walked = await walk(options.contentDir);
  const files = walked.files;
  const relOf = relativeTo(options.contentDir);
  const skipped: Skip[] = walked.skipped.map((s) => ({ file: relOf(s.path), reason: s.reason }));
  const stats: FileStat[] = [];
  for (const file of files) {
    try {
      const { size, mtimeMs, ctimeMs, ino } = statSync(file);
      stats.push({ file, rel: relOf(file), size, mtimeMs, ctimeMs, ino });
    } catch (error) {
      // Listed, then gone: saved by rename, moved by a sync tool, or a name
      // that is not UTF-8 (Node cannot give such a name back to the system).
      const reason = file.includes('\uFFFD')
        ? 'file name is not valid UTF-8; rename the file'
        : `file vanished before it could be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
      skipped.push({ file: relOf(file), reason });
    }
  }
  skipped.sort(byFile);
  faultPoint('listed');
  clock.end('discover');
  const cache = options.cacheDir
    ? new BuildCache<BuildReport>(options.cacheDir, {
        contentDir: path.resolve(options.contentDir),
        outDir: path.resolve(options.outDir),
        baseUrl: options.baseUrl ?? null,
        includeUnpublished: !!options.includeUnpublished,
        storyWindowDays: options.storyWindowDays ?? null,
        storyMax: options.storyMax ?? null,
      })
    : undefined;
  const last = cache?.unchangedReport(fingerprint(stats), options.outDir);
  clock.end('check');
  if (last) {
    options.onProgress?.(stats.length, stats.length);
    return {
      ...last, skipped, filesParsed: 0, written: 0, repaired: 0, unchanged: true,
      durationMs: Math.round(performance.now() - started), stagesMs: clock.times,
    };
  }

  // Loaded only now: the parser's libraries (the HTML sanitiser above all)
  // take longer to load than a rebuild that finds nothing to do takes to run.
  const [{ parseFiles }, { link }] = await Promise.all([import('./parse/parse-files'), import('./link/link')]);

  // Parse workers spill article text here (spill.ts); removed however the build ends.
  const spillDir = mkdtempSync(path.join(os.tmpdir(), 'heatline-spill-'));
  const spill = new SpillReader(spillDir);
  try {
    const parsed = await parseFiles(stats, { ...options, spillDir }, cache);
    trace('parsed', started);
    clock.end('parse');
    const linked = link(parsed.records, spill, { storyWindowDays: options.storyWindowDays, storyMax: options.storyMax });
    trace('linked', started);
    clock.end('link');
    const searchWarnings: Warning[] = [];
    // Without the cache the build checks every existing shard byte for byte.
    const sink = new DiskSink(options.outDir, { verifyContent: !cache });
    let laidOut;
    try {
      laidOut = buildShards(linked, sink);
    } catch (error) {
      // A full disk, say: the shards written so far go, the live index stays.
      sink.discard();
      throw error;
    }
    trace('shards written', started);
    clock.end('layout');
    // After the shards: the card index's name is a hash of every card, which names the search folder.
    const search = options.search === false
      ? undefined
      : searchStep(
        { cards: linked.cards, topicSlugs: linked.topicSlugs, terms: linked.searchTerms, cardsId: laidOut.manifest.cards },
        options.outDir, sink.sizes, searchWarnings,
      );
    trace('search index written', started);
    clock.end('search');
    const shards = finishManifest(laidOut, search?.ref);
    faultPoint('shards-written');
    // A commit that fails may fail after its manifest is live: a search folder
    // it leaves unnamed is removed by the next build's clean-up instead.
    const { written, unchanged } = commitIndex(options.outDir, shards, sink);
    clock.end('commit');

    const report: BuildReport = {
      articles: linked.cards.length,
      topics: linked.topics.length,
      providers: linked.providers.length,
      stories: linked.stories,
      largestStory: linked.largestStory,
      clusterMs: linked.clusterMs,
      filesRead: files.length,
      filesParsed: parsed.parsedCount,
      removed: parsed.removed,
      unpublished: parsed.unpublished,
      rejected: parsed.rejected.sort(byFile),
      skipped: [...skipped, ...parsed.skipped].sort(byFile),
      warnings: [...parsed.warnings, ...linked.warnings, ...searchWarnings].sort(byFile),
      repaired: sink.repaired,
      written,
      unchanged,
      buildId: shards.buildId,
      durationMs: 0,
      stagesMs: clock.times,
    };
    try {
      cache?.save(stats, shards.manifest, sink.sizes, report, spill);
    } catch (error) {
      // The index is written and live by now: a cache that cannot be saved
      // only makes the next build slower, and must not be reported as failure.
      report.warnings.push({ file: options.cacheDir!, message: `the build cache could not be saved (${(error as Error).message}); the next build parses every file` });
    }
    clock.end('cache');
    trace('done', started);
    return { ...report, durationMs: Math.round(performance.now() - started) };
  } finally {
    spill.close();
    rmSync(spillDir, { recursive: true, force: true });
  }
}
