import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildIndex } from '../../src/cli/build-index';
import { pruneStale } from '../../src/cli/cache/prune-stale';
import type { Manifest } from '../../src/shared/index-schema';
import { articleText, cleanTemps, reachableShards, readTree, tempDir } from './helpers';

vi.setConfig({ testTimeout: 30_000 });
afterAll(cleanTemps);

function corpus(): string {
  const dir = tempDir();
  for (let i = 1; i <= 5; i++) {
    writeFileSync(path.join(dir, `a${i}.md`), articleText({ title: `Cached headline ${i}`, webUrl: `https://cache.example/${i}` }));
  }
  return dir;
}

describe('the build cache', () => {
  it('answers an unchanged rebuild from the last report without parsing', async () => {
    const dir = corpus();
    const outDir = tempDir();
    const cacheDir = tempDir();
    const first = await buildIndex({ contentDir: dir, outDir, cacheDir });
    expect(first.filesParsed).toBe(5);
    const second = await buildIndex({ contentDir: dir, outDir, cacheDir });
    expect(second).toMatchObject({ unchanged: true, filesParsed: 0, articles: 5, buildId: first.buildId, written: 0 });
  });

  it('parses only the files whose content changed: a touched file is read again, not parsed', async () => {
    const dir = corpus();
    const outDir = tempDir();
    const cacheDir = tempDir();
    await buildIndex({ contentDir: dir, outDir, cacheDir });
    writeFileSync(path.join(dir, 'a2.md'), articleText({ title: 'A changed headline', webUrl: 'https://cache.example/2' }));
    utimesSync(path.join(dir, 'a3.md'), new Date(2001, 1, 1), new Date(2001, 1, 1));
    const next = await buildIndex({ contentDir: dir, outDir, cacheDir });
    expect(next.filesParsed).toBe(1);
    expect(next.unchanged).toBe(false);
    // The result is what a build without the cache gives.
    const fresh = await buildIndex({ contentDir: dir, outDir: tempDir() });
    expect(next.buildId).toBe(fresh.buildId);
  });

  it('sees a file rewritten in place with its size and modification time restored', async () => {
    const dir = corpus();
    const outDir = tempDir();
    const cacheDir = tempDir();
    const file = path.join(dir, 'a4.md');
    // A whole second: the time set back below is then exactly the one seen.
    const second = new Date(Date.UTC(2024, 0, 1));
    utimesSync(file, second, second);
    await buildIndex({ contentDir: dir, outDir, cacheDir });
    const before = statSync(file);
    // Same length, same mtime: only the bytes (and the ctime no tool can set) differ.
    writeFileSync(file, readFileSync(file, 'utf8').replace('Cached headline 4', 'Cached headline X'));
    utimesSync(file, second, second);
    expect(statSync(file)).toMatchObject({ size: before.size, mtimeMs: before.mtimeMs });
    const next = await buildIndex({ contentDir: dir, outDir, cacheDir });
    expect(next.filesParsed).toBe(1);
    // What the live index reaches, not the previous build's files kept beside it.
    const read = (name: string) => JSON.parse(readFileSync(path.join(outDir, name), 'utf8')) as unknown;
    const live = reachableShards(read('manifest.json') as Manifest, read);
    const titles = [...live].filter((name) => !name.endsWith('/')).map((name) => readFileSync(path.join(outDir, name), 'utf8')).join('\n');
    expect(titles).toContain('Cached headline X');
    expect(titles).not.toContain('Cached headline 4');
  });

  it('removes cache folders of other builds that went unused, and keeps the few most recent', () => {
    const root = tempDir();
    const now = Date.now();
    const folder = (name: string, daysAgo: number) => {
      mkdirSync(path.join(root, name));
      writeFileSync(path.join(root, name, 'state.json'), '{}');
      const when = new Date(now - daysAgo * 24 * 3600 * 1000);
      utimesSync(path.join(root, name, 'state.json'), when, when);
    };
    folder('current', 0);
    folder('stale', 40);
    for (let i = 0; i < 10; i++) folder(`recent-${i}`, i + 1);
    pruneStale(root, path.join(root, 'current'), now);
    expect(readdirSync(root).sort()).toEqual(['current', ...Array.from({ length: 8 }, (_, i) => `recent-${i}`)].sort());
  });

  it('parses everything again when the options change', async () => {
    const dir = corpus();
    const outDir = tempDir();
    const cacheDir = tempDir();
    await buildIndex({ contentDir: dir, outDir, cacheDir });
    const next = await buildIndex({ contentDir: dir, outDir, cacheDir, baseUrl: 'https://base.example' });
    expect(next.filesParsed).toBe(5);
  });

  it('rebuilds when the written index was damaged, and when a file is removed', async () => {
    const dir = corpus();
    const outDir = tempDir();
    const cacheDir = tempDir();
    await buildIndex({ contentDir: dir, outDir, cacheDir });
    rmSync(path.join(outDir, 'topics'), { recursive: true });
    const repaired = await buildIndex({ contentDir: dir, outDir, cacheDir });
    expect(repaired.unchanged).toBe(false);
    expect(repaired.filesParsed).toBe(0);
    rmSync(path.join(dir, 'a5.md'));
    const fewer = await buildIndex({ contentDir: dir, outDir, cacheDir });
    expect(fewer.articles).toBe(4);
  });
});

describe('parse workers', () => {
  it('give the same index as parsing in-process, and their spilled text survives the cache', async () => {
    const dir = corpus();
    const inProcess = tempDir();
    const onWorkers = tempDir();
    const cacheDir = tempDir();
    await buildIndex({ contentDir: dir, outDir: inProcess, workers: 0 });
    const first = await buildIndex({ contentDir: dir, outDir: onWorkers, workers: 2, cacheDir });
    expect(readTree(onWorkers)).toEqual(readTree(inProcess));
    // Touch one file: the rest comes from the cache, whose text the workers had spilled.
    writeFileSync(path.join(dir, 'a1.md'), articleText({ title: 'Cached headline 1, updated', webUrl: 'https://cache.example/1' }));
    const fromCache = await buildIndex({ contentDir: dir, outDir: onWorkers, workers: 2, cacheDir });
    expect(fromCache.filesParsed).toBe(1);
    const fresh = tempDir();
    await buildIndex({ contentDir: dir, outDir: fresh, workers: 0 });
    expect(readTree(onWorkers).get('manifest.json')).toBe(readTree(fresh).get('manifest.json'));
    expect(first.buildId).not.toBe(fromCache.buildId);
  });
});
