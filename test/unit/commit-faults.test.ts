/** What a build leaves behind when it fails, was killed before, or cannot save its cache. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { buildIndex } from '../../src/cli/build-index';
import { manifestSchema } from '../../src/shared/index-schema';
import { articleText, cleanTemps, reachableShards, readTree, tempDir } from './helpers';

/**
 * When set, writes of article shards fail with ENOSPC after this many: a disk
 * that fills up mid-build. With `halfManifest`, the write of the manifest's
 * bytes stops halfway with ENOSPC, as a full disk or a killed process leaves it.
 */
const disk = vi.hoisted(() => ({ failAfter: -1, writes: 0, halfManifest: false }));
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const writeFileSync = ((file: unknown, ...rest: unknown[]) => {
    if (disk.halfManifest && path.basename(String(file)).startsWith('manifest.json')) {
      const text = String(rest[0]);
      (fs.writeFileSync as (...args: unknown[]) => unknown)(file, text.slice(0, text.length / 2));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    }
    if (disk.failAfter >= 0 && String(file).includes(`${path.sep}articles${path.sep}`) && disk.writes++ >= disk.failAfter) {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    }
    return (fs.writeFileSync as (...args: unknown[]) => unknown)(file, ...rest);
  }) as typeof fs.writeFileSync;
  return { ...fs, writeFileSync, default: { ...fs, writeFileSync } };
});

afterEach(() => {
  disk.failAfter = -1;
  disk.writes = 0;
  disk.halfManifest = false;
});
afterAll(cleanTemps);

function corpus(n: number, offset = 0): string {
  const dir = tempDir('heatline-commit-');
  for (let i = 0; i < n; i++) {
    writeFileSync(path.join(dir, `a${i}.md`), articleText({
      title: `Headline number ${i + offset} about ${['harbours', 'orchards', 'glaciers'][i % 3]}`,
      webUrl: `https://site.example/${i + offset}`,
    }));
  }
  return dir;
}

function complete(outDir: string): boolean {
  const tree = readTree(outDir);
  const manifest = manifestSchema.parse(JSON.parse(tree.get('manifest.json')!));
  reachableShards(manifest, (name) => {
    if (!tree.has(name)) throw new Error(`missing ${name}`);
    return JSON.parse(tree.get(name)!);
  });
  return true;
}

describe('committing an index', () => {
  it('leaves the folder as it was when the disk fills up while shards are written', async () => {
    const outDir = tempDir('heatline-out-');
    await buildIndex({ contentDir: corpus(40), outDir });
    const before = readTree(outDir);
    disk.failAfter = 3;
    await expect(buildIndex({ contentDir: corpus(60, 1000), outDir })).rejects.toThrow(/ENOSPC/);
    expect(readTree(outDir)).toEqual(before);
  });

  it('keeps the previous manifest whole when writing the new one stops halfway', async () => {
    const outDir = tempDir('heatline-out-');
    await buildIndex({ contentDir: corpus(30), outDir });
    const manifest = readTree(outDir).get('manifest.json');
    disk.halfManifest = true;
    await expect(buildIndex({ contentDir: corpus(30, 500), outDir })).rejects.toThrow(/ENOSPC/);
    disk.halfManifest = false;
    // The live manifest is the old one, byte for byte, and all it reaches is there.
    expect(readTree(outDir).get('manifest.json')).toBe(manifest);
    expect(complete(outDir)).toBe(true);
  });

  it('removes temporary files that killed builds left, even when nothing else changed', async () => {
    const outDir = tempDir('heatline-out-');
    const content = corpus(10);
    await buildIndex({ contentDir: content, outDir });
    for (const litter of ['manifest.json.999999.tmp', 'files.json.999999.tmp', 'articles/0123456789abcdef.json.999999.tmp']) {
      writeFileSync(path.join(outDir, litter), '{"half": ');
    }
    const report = await buildIndex({ contentDir: content, outDir });
    expect(report.unchanged).toBe(true);
    expect([...readTree(outDir).keys()].filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(complete(outDir)).toBe(true);
  });

  it('reports a build cache it cannot save as a warning: the index is written and the build succeeds', async () => {
    const outDir = tempDir('heatline-out-');
    const cacheDir = path.join(tempDir('heatline-cache-'), 'not-a-folder');
    writeFileSync(cacheDir, 'a file where the cache folder should be');
    const report = await buildIndex({ contentDir: corpus(10), outDir, cacheDir });
    expect(report.articles).toBe(10);
    expect(report.warnings.map((w) => w.message).join('\n')).toMatch(/build cache could not be saved/);
    expect(complete(outDir)).toBe(true);
  });
});
