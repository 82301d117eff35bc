/**
 * A `publishedDateTime` with a date and no time (`2021-08-24`) is flagged
 * `dateOnly` from the parsed record through to every card, article, story
 * and related entry, while `published` stays a full ISO time so every order
 * is as before; and a build cache filled by other indexer code never hands
 * back records without the flag.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { buildIndex } from '../../src/cli/build-index';
import { link } from '../../src/cli/link/link';
import type { Article, CardIndexShard, CardsShard, Manifest } from '../../src/shared/index-schema';
import { comparators } from '../../src/shared/sort-order';
import { accept, articleAt, articlesOf, articleText, cleanTemps, tempDir } from './helpers';

vi.setConfig({ testTimeout: 30_000 });
afterAll(cleanTemps);

const file = (overrides: Record<string, unknown>) => accept(articleText(overrides), {}, `${String(overrides.webUrl)}.md`).record;

describe('a date with no time', () => {
  it('is flagged on the record, as that day\'s midnight UTC; a time, even midnight, is not', () => {
    const dateOnly = file({ publishedDateTime: '2021-08-24' });
    expect(dateOnly).toMatchObject({ publishedMs: Date.UTC(2021, 7, 24), dateOnly: true });
    expect(file({ publishedDateTime: ' 2021-08-24 ' }).dateOnly).toBe(true);
    for (const timed of ['2021-08-24T00:00:00Z', '2021-08-24T08:58:00+02:00', '2021-08-24 08:58']) {
      expect(file({ publishedDateTime: timed }).dateOnly, timed).toBeUndefined();
    }
  });

  it('reaches the card, the article, its story, the story page and related entries; the time stays full', () => {
    const index = link([
      // One story (one event, two outlets), its newest member date-only, with a same-title copy, date-only too.
      file({ title: 'Orbital lab launches solar probe', webUrl: 'https://orbit.example/probe', publishedDateTime: '2021-08-23T09:00:00Z', heat: 90,
        related: [{ title: 'Background on the probe', webUrl: 'https://elsewhere.example/bg', publishedDateTime: '2021-08-20' },
          { title: 'Timed background', webUrl: 'https://elsewhere.example/t', publishedDateTime: '2021-08-20T10:00:00Z' }] }),
      file({ title: "Orbital lab's solar probe launch: what we know", webUrl: 'https://launch.example/probe', publishedDateTime: '2021-08-24', heat: 20 }),
      file({ title: "Orbital lab's solar probe launch: what we know", webUrl: 'https://launch.example/probe-copy', publishedDateTime: '2021-08-24', heat: 5 }),
      file({ title: 'A quiet day at the harbour', webUrl: 'https://harbour.example/quiet', publishedDateTime: '2021-08-24T00:00:00Z' }),
    ]);
    const byTitle = (title: string) => index.cards.find((c) => c.title === title)!;
    const known = byTitle("Orbital lab's solar probe launch: what we know");
    expect(known).toMatchObject({ published: '2021-08-24T00:00:00.000Z', dateOnly: true });
    expect(byTitle('A quiet day at the harbour')).not.toHaveProperty('dateOnly');
    const lead = byTitle('Orbital lab launches solar probe');
    expect(lead).not.toHaveProperty('dateOnly');
    expect(lead.story).toMatchObject({ size: 2, latest: '2021-08-24T00:00:00.000Z', latestDateOnly: true });

    // Sorting reads `published` only: a date-only value sorts as its midnight, id breaking the tie.
    const newest = [...index.cards].sort(comparators.newest).map((c) => c.published);
    expect(newest).toEqual([...newest].sort().reverse());

    const articles = articlesOf(index);
    const article = (title: string) => articles.find((a) => a.title === title)!;
    expect(article(known.title)).toMatchObject({ dateOnly: true, published: '2021-08-24T00:00:00.000Z' });
    const leadArticle = article(lead.title);
    expect(leadArticle.related).toEqual([
      expect.objectContaining({ title: 'Background on the probe', published: '2021-08-20T00:00:00.000Z', dateOnly: true }),
      expect.not.objectContaining({ dateOnly: true }),
    ]);
    expect(leadArticle.story!.articles.find((c) => c.title === known.title)).toMatchObject({ dateOnly: true });

    const page = index.storyPage(index.storyIds.indexOf(lead.story!.id));
    expect(page).toMatchObject({ first: '2021-08-23T09:00:00.000Z', last: '2021-08-24T00:00:00.000Z', lastDateOnly: true });
    expect(page).not.toHaveProperty('firstDateOnly');
    const member = page.articles.find((m) => m.title === known.title)!;
    expect(member.dateOnly).toBe(true);
    expect(page.duplicates).toBe(1);
    expect(member.duplicates).toEqual([
      expect.objectContaining({ published: '2021-08-24T00:00:00.000Z', dateOnly: true }),
    ]);
  });
});

describe('the build cache and a new field', () => {
  const globals = globalThis as { HEATLINE_CODE_VERSION?: string };
  afterEach(() => {
    delete globals.HEATLINE_CODE_VERSION;
  });

  /** The cached records as an indexer that knew nothing of the flag would have left them. */
  function forgetTheFlag(cacheDir: string): number {
    let dropped = 0;
    for (const name of readdirSync(cacheDir, { recursive: true }) as string[]) {
      if (!/records-\d+\.json$/.test(name)) continue;
      const full = path.join(cacheDir, name);
      const text = readFileSync(full, 'utf8');
      dropped += text.split('"dateOnly":true').length - 1;
      writeFileSync(full, text.replaceAll(',"dateOnly":true', ''));
    }
    return dropped;
  }

  /** The date-only articles of the build the manifest names, found as the reader finds them; their cards agree. */
  const dateOnlyArticles = (outDir: string): Article[] => {
    const read = <T>(name: string) => JSON.parse(readFileSync(path.join(outDir, name), 'utf8')) as T;
    const manifest = read<Manifest>('manifest.json');
    const cards = read<CardIndexShard>(manifest.cards).chunks.flatMap((chunk) => read<CardsShard>(chunk).cards);
    const articles = cards.map((card) => articleAt(manifest, read, card.slug)!);
    expect(cards.map((c) => !!c.dateOnly)).toEqual(articles.map((a) => !!a.dateOnly));
    return articles.filter((a) => a.dateOnly);
  };

  it('parses again when the indexer\'s code changed, so records cached before never hide the flag', async () => {
    const contentDir = tempDir();
    const outDir = tempDir();
    const cacheDir = tempDir();
    writeFileSync(path.join(contentDir, 'day.md'), articleText({ title: 'Dated only', webUrl: 'https://a.example/day', publishedDateTime: '2021-08-24' }));
    globals.HEATLINE_CODE_VERSION = 'an older indexer';
    await buildIndex({ contentDir, outDir, cacheDir, search: false, workers: 0 });
    expect(forgetTheFlag(cacheDir)).toBeGreaterThan(0);

    // Same code: the cache answers for the unchanged file (this is what a
    // cache keyed without the code would do after an upgrade).
    writeFileSync(path.join(contentDir, 'other.md'), articleText({ title: 'Another one', webUrl: 'https://a.example/other' }));
    await buildIndex({ contentDir, outDir, cacheDir, search: false, workers: 0 });
    expect(dateOnlyArticles(outDir)).toHaveLength(0);

    globals.HEATLINE_CODE_VERSION = 'this indexer';
    const report = await buildIndex({ contentDir, outDir, cacheDir, search: false, workers: 0 });
    expect(report.filesParsed).toBe(2);
    expect(dateOnlyArticles(outDir).map((a) => a.title)).toEqual(['Dated only']);
  });
});
