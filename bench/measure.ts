/** Helpers of the benchmark: one measured build per child process, medians, touching files. */
import { execFileSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** `report`: story figures from the indexer's `--json` report (null when the report lacks them). */
export type StoryFigures = { articles: number | null; stories: number | null; largestStory: number | null; clusterMs: number | null };
export type ChildResult = { ms: number; articles: number; unchanged: boolean; peakRssMb: number; report?: StoryFigures };

const root = path.resolve(import.meta.dirname, '..');

export function runChild(args: string[]): ChildResult {
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'bench/child.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as ChildResult;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Changes the heat of a share of the files; returns a function that puts them back. */
export async function touchFiles(dir: string, share: number): Promise<() => Promise<void>> {
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.md')).sort();
  const step = Math.max(1, Math.round(1 / share));
  const chosen = files.filter((_, i) => i % step === 0).map((f) => path.join(dir, f));
  const originals = await Promise.all(chosen.map((f) => readFile(f, 'utf8')));
  await Promise.all(chosen.map((f, i) => writeFile(f, originals[i]!.replace(/^heat: (\d+)$/m, (_, n: string) => `heat: ${Number(n) + 1}`))));
  return async () => {
    await Promise.all(chosen.map((f, i) => writeFile(f, originals[i]!)));
  };
}
