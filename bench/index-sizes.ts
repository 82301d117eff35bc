/** Bytes per article in list and detail shards of a written index. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Manifest } from '../src/shared/index-schema';
import { readFile } from 'node:fs/promises';

export type IndexSizes = { articles: number; listBytesPerArticle: number; detailBytesPerArticle: number; files: number };

async function folderBytes(dir: string): Promise<{ bytes: number; files: number }> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const sizes = await Promise.all(names.map((n) => stat(path.join(dir, n)).then((s) => s.size)));
  return { bytes: sizes.reduce((a, b) => a + b, 0), files: names.length };
}

export async function indexSizes(dataDir: string): Promise<IndexSizes> {
  const manifest = JSON.parse(await readFile(path.join(dataDir, 'manifest.json'), 'utf8')) as Manifest;
  const n = Math.max(1, manifest.counts.articles);
  const [lists, ranks, cards, articles, topics] = await Promise.all(
    ['lists', 'ranks', 'cards', 'articles', 'topics'].map((d) => folderBytes(path.join(dataDir, d))));
  return {
    articles: manifest.counts.articles,
    listBytesPerArticle: (lists!.bytes + ranks!.bytes + cards!.bytes + topics!.bytes) / n,
    detailBytesPerArticle: articles!.bytes / n,
    files: lists!.files + ranks!.files + cards!.files + articles!.files + topics!.files + 2,
  };
}
