import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildIndex } from '../../src/cli/build-index';
import { openSearchEngine } from '../../src/features/search/engine/engine';
import { manifestSchema, type Card, type CardIndexShard, type CardsShard, type Manifest } from '../../src/shared/index-schema';
import { SEARCH_FORMAT, searchFiles } from '../../src/shared/search';
import { comparators } from '../../src/shared/sort-order';
import { articleText, cleanTemps, tempDir } from './helpers';
import { diskFolder } from './search-helpers';

// Real files and whole builds: generous limits for a loaded CI machine.
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

function feedCards(outDir: string, manifest: Manifest): Card[] {
  const read = <T>(name: string) => JSON.parse(readFileSync(path.join(outDir, name), 'utf8')) as T;
  return read<CardIndexShard>(manifest.cards).chunks.flatMap((chunk) => read<CardsShard>(chunk).cards);
}

/** Every file of a folder, with the time it was last written. */
const writtenAt = (dir: string) =>
  new Map(readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(path.join(dir, name)).isFile()).map((name) => [name, statSync(path.join(dir, name)).mtimeMs]));

describe('the search index', () => {
  it('is written beside the shards in a folder of its own, named in the manifest and the file list', async () => {
    const contentDir = corpus(30);
    writeFileSync(path.join(contentDir, 'de.md'), articleText({
      title: 'Die Hafenarbeiter streiken wieder',
      excerpt: 'Die Kräne stehen still, und die Schiffe warten vor dem Hafen.',
      webUrl: 'https://outlet0.example/news/de',
      publishedDateTime: '2026-01-03T12:30:00Z',
    }));
    const outDir = tempDir('heatline-search-out-');
    const report = await buildIndex({ contentDir, outDir });
    expect(report.warnings).toEqual([]);
    const manifest = manifestOf(outDir);
    // The manifest says what meta.json says: the reader's first query reads no file to open the index.
    expect(manifest.search).toEqual({ path: expect.stringMatching(/^search\/[0-9a-f]{16}\/$/) as string, records: 31, format: 1, languages: ['de', 'en'] });
    expect(readdirSync(path.join(outDir, 'search'))).toEqual([manifest.search!.path.split('/')[1]]);
    expect(JSON.parse(readFileSync(path.join(outDir, 'files.json'), 'utf8'))).toContain(manifest.search!.path);

    const folder = path.join(outDir, manifest.search!.path);
    expect(JSON.parse(readFileSync(path.join(folder, searchFiles.meta), 'utf8'))).toEqual({ format: SEARCH_FORMAT, docs: 31, languages: ['de', 'en'] });
    expect(readdirSync(folder).sort()).toEqual(['c', 'd', 'f', 'h', 'meta.json', 'p', 't', 'k'].sort());

    const engine = await openSearchEngine(diskFolder(folder));
    expect((await engine.search('cranes', { filters: {}, sort: 'relevance' })).unfiltered).toBe(30);
    const { hits } = await engine.search('hafenarbeiter', { filters: {}, sort: 'relevance' });
    expect(await Promise.all(hits.map(({ doc }) => engine.card(doc).then((card) => card.title)))).toEqual(['Die Hafenarbeiter streiken wieder']);
    expect(await engine.search('zeppelin', { filters: {}, sort: 'relevance' })).toEqual({ hits: [], unfiltered: 0 });
  });

  it('holds the feed’s own cards, newest first: a result renders as the feed’s card', async () => {
    const outDir = tempDir('heatline-search-out-');
    await buildIndex({ contentDir: corpus(40), outDir });
    const manifest = manifestOf(outDir);
    const cards = feedCards(outDir, manifest);
    expect(cards.some((card) => card.excerpt === undefined) && cards.some((card) => card.image)).toBe(true);
    const engine = await openSearchEngine(diskFolder(path.join(outDir, manifest.search!.path)));
    expect(engine.documents).toBe(40);
    const held = await Promise.all(cards.map((_, doc) => engine.card(doc)));
    expect(held).toEqual([...cards].sort(comparators.newest));
    await expect(engine.card(40)).rejects.toThrow();
  });

  it('is reused while its cards are the same, and replaced when one changes', async () => {
    const contentDir = corpus(20);
    const outDir = tempDir('heatline-search-out-');
    await buildIndex({ contentDir, outDir });
    const first = manifestOf(outDir).search!.path;
    const before = writtenAt(path.join(outDir, first));
    expect(before.size).toBeGreaterThan(5);
    // A body is not searched: the cards stay the same, and so does the folder, file for file.
    writeFileSync(path.join(contentDir, 'a3.md'), `${readFileSync(path.join(contentDir, 'a3.md'), 'utf8')}\nA new paragraph about zeppelins.\n`);
    await buildIndex({ contentDir, outDir });
    expect(manifestOf(outDir).search!.path).toBe(first);
    expect(writtenAt(path.join(outDir, first))).toEqual(before);

    writeFileSync(path.join(contentDir, 'a3.md'), articleText({ title: 'Cranes stop again', webUrl: 'https://outlet0.example/news/3', publishedDateTime: '2026-01-01T03:00:00Z' }));
    await buildIndex({ contentDir, outDir });
    const second = manifestOf(outDir).search!.path;
    expect(second).not.toBe(first);
    const engine = await openSearchEngine(diskFolder(path.join(outDir, second)));
    expect((await engine.search('stop', { filters: {}, sort: 'relevance' })).unfiltered).toBe(1);
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
    expect(JSON.parse(readFileSync(path.join(outDir, 'files.json'), 'utf8'))).not.toContainEqual(expect.stringMatching(/^search\//));
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
