import { rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildIndex } from '../../src/cli/build-index';
import { articleText, cleanTemps, readTree, tempDir } from './helpers';

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

  it('parses only the files whose size or time changed', async () => {
    const dir = corpus();
    const outDir = tempDir();
    const cacheDir = tempDir();
    await buildIndex({ contentDir: dir, outDir, cacheDir });
    writeFileSync(path.join(dir, 'a2.md'), articleText({ title: 'A changed headline', webUrl: 'https://cache.example/2' }));
    utimesSync(path.join(dir, 'a3.md'), new Date(2001, 1, 1), new Date(2001, 1, 1));
    const next = await buildIndex({ contentDir: dir, outDir, cacheDir });
    expect(next.filesParsed).toBe(2);
    expect(next.unchanged).toBe(false);
    // The result is what a build without the cache gives.
    const fresh = await buildIndex({ contentDir: dir, outDir: tempDir() });
    expect(next.buildId).toBe(fresh.buildId);
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
