/**
 * The parse stage as the build runs it: files the build cache knows are
 * taken from it, the rest are parsed (on workers for large folders), and
 * every outcome is sorted into records and the per-file report.
 */
import type { BuildCache, FileStat } from '../cache/build-cache';
import type { CompactRecord, FileOutcome, Rejection, Skip, Warning } from '../record';
import type { NormalizeOptions } from './normalize';
import { defaultWorkers, parseAll } from './parse-pool';
import { SharedStrings } from './shared-strings';

export type ParseOptions = NormalizeOptions & {
  /** Where parse workers spill article text (spill.ts). */
  spillDir: string;
  workers?: number;
  fileBudgetMs?: number;
  onProgress?: (done: number, total: number) => void;
};

/** What parsing every file gave: the records and the per-file report. */
export type Parsed = {
  records: CompactRecord[];
  rejected: Rejection[];
  /** Listed files that could not be read when their turn came. */
  skipped: Skip[];
  warnings: Warning[];
  removed: number;
  unpublished: number;
  parsedCount: number;
};

/** Files in the cache are taken from it; the rest are parsed, on workers for large folders. */
export async function parseFiles(
  stats: FileStat[],
  options: ParseOptions,
  cache: BuildCache<unknown> | undefined,
): Promise<Parsed> {
  const parsed: Parsed = { records: [], rejected: [], skipped: [], warnings: [], removed: 0, unpublished: 0, parsedCount: 0 };
  let done = 0;
  const strings = new SharedStrings();
  const take = (rel: string, outcome: FileOutcome<CompactRecord>) => {
    for (const message of outcome.warnings) parsed.warnings.push({ file: rel, message });
    if (outcome.kind === 'article') parsed.records.push(strings.share(outcome.record));
    else if (outcome.kind === 'removed') parsed.removed++;
    else if (outcome.kind === 'skipped-unpublished') parsed.unpublished++;
    else if (outcome.kind === 'unreadable') parsed.skipped.push({ file: rel, reason: outcome.reason });
    else {
      const { reason, line, column } = outcome;
      parsed.rejected.push({ file: rel, reason, ...(line ? { line } : {}), ...(line && column ? { column } : {}) });
    }
    options.onProgress?.(++done, stats.length);
  };
  const toParse: FileStat[] = [];
  for (const stat of stats) {
    const cached = cache?.lookup(stat);
    if (cached) take(stat.rel, cached);
    else toParse.push(stat);
  }
  parsed.parsedCount = toParse.length;
  const workers = options.workers ?? defaultWorkers(toParse.length);
  await parseAll(toParse, options, { workers, budgetMs: options.fileBudgetMs }, (stat, outcome) => {
    const transient = outcome.kind === 'unreadable' || (outcome.kind === 'rejected' && outcome.transient);
    if (!transient) cache?.store(stat as FileStat, outcome);
    take(stat.rel, outcome);
  });
  return parsed;
}

