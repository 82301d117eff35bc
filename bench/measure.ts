/**
 * Helpers of the benchmark: one measured command per fresh process, medians,
 * touching and adding article files, and what a build left in its output.
 *
 * Every command (Heatline, the naive script, Hugo) is timed the same way: wall
 * time from spawn to exit as the harness sees it, start-up included, and peak
 * RSS as the kernel counts it for the process (its maximum resident set,
 * worker threads included), read by GNU time (`%M`). Without GNU time, Node
 * commands read the same counter themselves at exit (bench/peak-rss.mjs) and
 * other commands cannot be measured.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus, type CorpusShape } from './synthetic-corpus';

const root = path.resolve(import.meta.dirname, '..');
const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = existsSync(GNU_TIME);

export type Measured = { ms: number; peakRssMb: number; stdout: string };

/** Runs command once in a fresh process (cwd: the project) and measures it; throws when it fails. */
export function measure(command: string, args: string[]): Measured {
  const rssFile = path.join(os.tmpdir(), `heatline-bench-rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const isNode = command === process.execPath;
  if (!hasGnuTime && !isNode) throw new Error(`cannot measure ${command} without GNU time (${GNU_TIME}; apt-get install time)`);
  const [file, argv] = hasGnuTime
    ? [GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args]]
    : [command, ['--import', path.join(root, 'bench/peak-rss.mjs'), ...args]];
  const started = performance.now();
  const run = spawnSync(file, argv, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, HEATLINE_BENCH_RSS_FILE: rssFile },
  });
  const ms = performance.now() - started;
  if (run.error) throw run.error;
  if (run.status !== 0) {
    throw new Error(`${path.basename(command)} ${args.join(' ')} exited with ${run.status ?? run.signal}:\n${run.stderr.slice(-2000)}`);
  }
  // GNU time writes the figure (kilobytes) as the last line.
  const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
  rmSync(rssFile, { force: true });
  return { ms, peakRssMb: kb / 1024, stdout: run.stdout };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const articleFiles = async (dir: string) => (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.md')).sort();

/** Changes the heat of a share of the files; returns how many and a function that puts them back. */
export async function touchFiles(dir: string, share: number): Promise<{ count: number; restore: () => Promise<void> }> {
  const files = await articleFiles(dir);
  const step = Math.max(1, Math.round(1 / share));
  const chosen = files.filter((_, i) => i % step === 0).map((f) => path.join(dir, f));
  const originals = await Promise.all(chosen.map((f) => readFile(f, 'utf8')));
  await Promise.all(chosen.map((f, i) => writeFile(f, originals[i]!.replace(/^heat: (\d+)$/m, (_, n: string) => `heat: ${Number(n) + 1}`))));
  return {
    count: chosen.length,
    restore: async () => {
      await Promise.all(chosen.map((f, i) => writeFile(f, originals[i]!)));
    },
  };
}

export const NEW_FOLDER = 'zz-new';

/**
 * Adds `count` new articles of the corpus's shape in a folder of their own
 * (another seed, and addresses no other article has); returns a function
 * that removes them again.
 */
export async function addFiles(dir: string, count: number, shape: CorpusShape): Promise<() => Promise<void>> {
  const folder = path.join(dir, NEW_FOLDER);
  await rm(folder, { recursive: true, force: true });
  await generateCorpus({ count, dir: folder, shape, seed: 20_270 });
  for (const file of await articleFiles(folder)) {
    const full = path.join(folder, file);
    const text = await readFile(full, 'utf8');
    await writeFile(full, text.replace(/(\.example\.com\/(?:news|articles)\/)/g, '$1new-'));
  }
  return () => rm(folder, { recursive: true, force: true });
}

/** Each file under dir with what changes when it is written again (inode, size, modification time). */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  const stats = await Promise.all(names.map((n) => stat(n)));
  return new Map(names.map((n, i) => [path.relative(dir, n), `${stats[i]!.ino}:${stats[i]!.size}:${stats[i]!.mtimeMs}`]));
}

/** Files a build wrote (new or replaced) and removed between two snapshots. */
export function written(before: Map<string, string>, after: Map<string, string>): { written: number; removed: number } {
  let count = 0;
  for (const [name, sig] of after) if (before.get(name) !== sig) count++;
  let removed = 0;
  for (const name of before.keys()) if (!after.has(name)) removed++;
  return { written: count, removed };
}

/** Total bytes and files under dir. */
export async function folderTotals(dir: string): Promise<{ bytes: number; files: number }> {
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const sizes = await Promise.all(entries.map((e) => stat(path.join(e.parentPath, e.name)).then((s) => s.size)));
  return { bytes: sizes.reduce((a, b) => a + b, 0), files: entries.length };
}

/** A number as the reports write it: `12,345`, `1.5`. */
export const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
/** A figure next to its budget: "9,812 ms **met** (≤ 10,000 ms)". */
export const judged = (text: string, ok: boolean, budget: string) => `${text} **${ok ? 'met' : 'missed'}** (${budget})`;
