/**
 * Writes shards next to the old ones, swaps the manifest with an atomic
 * rename, then removes what neither the new nor the previous build uses. A
 * build that dies before the rename leaves the previous index whole.
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Shards } from './shards';

const FILE_LIST = 'files.json';
const SHARD_DIRS = ['articles', 'cards', 'lists', 'ranks', 'topics'];

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}

async function writeAtomic(file: string, content: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, content);
  await rename(temp, file);
}

async function readList(file: string): Promise<string[]> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** Runs `task` over `items` with at most `limit` in flight. */
export async function mapLimit<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await task(items[next++]!);
  });
  await Promise.all(workers);
}

export type WriteResult = { written: number; unchanged: boolean };

export async function writeIndex(outDir: string, shards: Shards): Promise<WriteResult> {
  const manifestFile = path.join(outDir, 'manifest.json');
  const current = await readFile(manifestFile, 'utf8').catch(() => '');
  const names = [...shards.files.keys()].sort();
  if (current === shards.manifest) {
    const missing = await Promise.all(names.map(async (n) => !(await exists(path.join(outDir, n)))));
    if (!missing.some(Boolean)) return { written: 0, unchanged: true };
  }

  await Promise.all(SHARD_DIRS.map((dir) => mkdir(path.join(outDir, dir), { recursive: true })));
  let written = 0;
  // Content-addressed: a file that exists already holds these bytes.
  await mapLimit(names, 32, async (name) => {
    const file = path.join(outDir, name);
    if (await exists(file)) return;
    await writeAtomic(file, shards.files.get(name)!);
    written++;
  });

  const previous = await readList(path.join(outDir, FILE_LIST));
  await writeAtomic(manifestFile, shards.manifest);
  await writeAtomic(path.join(outDir, FILE_LIST), `${JSON.stringify(names)}\n`);

  const keep = new Set([...names, ...previous]);
  for (const dir of SHARD_DIRS) {
    const entries = await readdir(path.join(outDir, dir)).catch(() => [] as string[]);
    await mapLimit(entries, 32, async (entry) => {
      const name = `${dir}/${entry}`;
      if (!keep.has(name)) await rm(path.join(outDir, name), { force: true });
    });
  }
  return { written: written + 2, unchanged: false };
}
