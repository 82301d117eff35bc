import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildIndex } from '../../src/cli/build-index';
import { manifestSchema, type Card, type CardIndexShard, type CardsShard, type Manifest } from '../../src/shared/index-schema';
import { cardOfSearchRecord, searchRecordOf } from '../../src/shared/search';
import { articleText, cleanTemps, tempDir } from './helpers';

// Real files and Pagefind's own process: generous limits for a loaded CI machine.
vi.setConfig({ testTimeout: 60_000 });
afterAll(cleanTemps);

function corpus(count: number, title = (i: number) => `Harbour cranes resume work number ${i}`): string {
  const dir = tempDir('heatline-search-content-');
  for (let i = 0; i < count; i++) {
    writeFileSync(path.join(dir, `a${i}.md`), articleText({
      title: title(i),
      webUrl: `https://outlet${i % 3}.example/news/${i}`,
      publishedDateTime: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
      heat: i * 7,
      topics: [i % 2 ? 'Ports' : 'Shipping'],
      provider: { name: `Outlet ${i % 3}`, domain: `outlet${i % 3}.example` },
      ...(i % 4 ? { excerpt: `Dock workers in city ${i} went back after the strike.` } : {}),
      ...(i % 5 === 0 ? { images: [{ url: `https://img.example/${i}.jpg`, width: 640, height: 360 }] } : {}),
    }));
  }
  return dir;
}

const manifestOf = (outDir: string): Manifest =>
  manifestSchema.parse(JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')));

function cards(outDir: string, manifest: Manifest): Card[] {
  const read = <T>(name: string) => JSON.parse(readFileSync(path.join(outDir, name), 'utf8')) as T;
  return read<CardIndexShard>(manifest.cards).chunks.flatMap((chunk) => read<CardsShard>(chunk).cards);
}

describe('the search index', () => {
  it('is written beside the shards, named in the manifest and the file list, without Pagefind’s own interfaces', async () => {
    const outDir = tempDir('heatline-search-out-');
    const report = await buildIndex({ contentDir: corpus(30), outDir });
    const manifest = manifestOf(outDir);
    expect(manifest.search).toEqual({ path: expect.stringMatching(/^search\/[0-9a-f]{16}\/$/) as string, records: 30 });
    const folder = path.join(outDir, manifest.search!.path);
    const files = readdirSync(folder);
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'index', 'fragment', 'filter']));
    expect(files.filter((name) => /-ui\.|highlight/.test(name))).toEqual([]);
    expect(JSON.parse(readFileSync(path.join(outDir, 'files.json'), 'utf8'))).toContain(manifest.search!.path);
    expect(report.warnings).toEqual([]);
  });

  it('keeps every card in its record: a result renders as the feed’s card', async () => {
    const outDir = tempDir('heatline-search-out-');
    await buildIndex({ contentDir: corpus(12), outDir, search: false });
    const all = cards(outDir, manifestOf(outDir));
    expect(all.some((card) => card.excerpt === undefined) && all.some((card) => card.image)).toBe(true);
    for (const card of all) {
      const record = searchRecordOf(card);
      // Only the title and the excerpt are searched: the rest of the card is never indexed.
      expect(record.meta).toEqual({ title: card.title });
      expect(record.content).toBe(card.excerpt ?? '');
      expect(cardOfSearchRecord(record)).toEqual(card);
    }
  });

  it('is reused while its records are the same, and replaced when one changes', async () => {
    const contentDir = corpus(20);
    const outDir = tempDir('heatline-search-out-');
    await buildIndex({ contentDir, outDir });
    const first = manifestOf(outDir).search!.path;
    const entry = path.join(outDir, first, 'pagefind-entry.json');
    const writtenAt = statSync(entry).mtimeMs;
    // A body is not searched: the records stay the same, and so does the folder.
    writeFileSync(path.join(contentDir, 'a3.md'), `${readFileSync(path.join(contentDir, 'a3.md'), 'utf8')}\nA new paragraph.\n`);
    await buildIndex({ contentDir, outDir });
    expect(manifestOf(outDir).search!.path).toBe(first);
    expect(statSync(entry).mtimeMs).toBe(writtenAt);

    writeFileSync(path.join(contentDir, 'a3.md'), articleText({ title: 'Cranes stop again', webUrl: 'https://outlet0.example/news/3', publishedDateTime: '2026-01-01T03:00:00Z' }));
    await buildIndex({ contentDir, outDir });
    const second = manifestOf(outDir).search!.path;
    expect(second).not.toBe(first);
    // The previous build's folder stays for readers still on it, for one build.
    expect(existsSync(path.join(outDir, first))).toBe(true);
    writeFileSync(path.join(contentDir, 'a4.md'), articleText({ title: 'Cranes start again', webUrl: 'https://outlet0.example/news/4', publishedDateTime: '2026-01-01T04:00:00Z' }));
    await buildIndex({ contentDir, outDir });
    expect(existsSync(path.join(outDir, first))).toBe(false);
    expect(existsSync(path.join(outDir, second))).toBe(true);
  });

  it('is left out with search: false (--no-search)', async () => {
    const outDir = tempDir('heatline-search-out-');
    await buildIndex({ contentDir: corpus(5), outDir, search: false });
    expect(manifestOf(outDir).search).toBeUndefined();
    expect(existsSync(path.join(outDir, 'search'))).toBe(false);
  });

  it('that cannot be written costs a warning, never the index', async () => {
    const outDir = tempDir('heatline-search-out-');
    mkdirSync(outDir, { recursive: true });
    // A file where the search folders go: nothing can be written under it.
    writeFileSync(path.join(outDir, 'search'), 'in the way');
    const report = await buildIndex({ contentDir: corpus(5), outDir });
    expect(manifestOf(outDir).counts.articles).toBe(5);
    expect(manifestOf(outDir).search).toBeUndefined();
    expect(report.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^the search index was not written \(.+\); the reader offers no search/)]);
  });
});
