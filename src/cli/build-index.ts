/** `buildIndex`: the whole pipeline from a content folder to a written index. */
import { open } from 'node:fs/promises';
import path from 'node:path';
import { link } from './link';
import { MAX_FILE_BYTES, normalizeFile } from './normalize';
import type { ArticleRecord, Rejection, Warning } from './record';
import { buildShards } from './shards';
import { walk } from './walk';
import { mapLimit, writeIndex } from './write-index';

export type BuildOptions = {
  contentDir: string;
  outDir: string;
  baseUrl?: string;
  onlyPublished?: boolean;
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

/** The file's bytes, or its size when it is over the limit (never read into memory). */
async function readBounded(file: string): Promise<Uint8Array | number> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size > MAX_FILE_BYTES) return size;
    const buffer = new Uint8Array(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export async function buildIndex(options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const files = await walk(options.contentDir);
  const records: ArticleRecord[] = [];
  const rejected: Rejection[] = [];
  const warnings: Warning[] = [];
  let removed = 0;
  let unpublishedSkipped = 0;
  let done = 0;

  await mapLimit(files, 16, async (file) => {
    const rel = path.relative(options.contentDir, file).split(path.sep).join('/');
    let outcome: ReturnType<typeof normalizeFile>;
    try {
      const bytes = await readBounded(file);
      outcome = typeof bytes === 'number'
        ? { kind: 'rejected', reason: `file too large (${bytes} bytes; the limit is ${MAX_FILE_BYTES})`, warnings: [] }
        : normalizeFile(rel, bytes, options);
    } catch (error) {
      // A parser bug must not end the build: the file is reported instead.
      outcome = { kind: 'rejected', reason: `could not be read: ${(error as Error).message}`, warnings: [] };
    }
    for (const message of outcome.warnings) warnings.push({ file: rel, message });
    if (outcome.kind === 'article') records.push(outcome.record);
    else if (outcome.kind === 'removed') removed++;
    else if (outcome.kind === 'skipped-unpublished') unpublishedSkipped++;
    else rejected.push({ file: rel, reason: outcome.reason, ...(outcome.line ? { line: outcome.line } : {}) });
    options.onProgress?.(++done, files.length);
  });

  const linked = link(records);
  warnings.push(...linked.warnings);
  const shards = buildShards(linked);
  const { written, unchanged } = await writeIndex(options.outDir, shards);

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
