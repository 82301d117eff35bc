/**
 * Article addresses are permanent: `/articles/<title-part>-<key>`, where the
 * key comes from the canonical URL, so correcting a headline changes only the
 * readable part and the old address still finds the article.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildIndex } from '../../src/cli/build-index';
import { link } from '../../src/cli/link/link';
import type { ArticleRecord } from '../../src/cli/record';
import { ARTICLE_KEY_LENGTH, articleKey, slugify } from '../../src/cli/link/slug';
import { canonicalUrl } from '../../src/cli/parse/urls';
import { formatArticleSlug, parseArticleSlug } from '../../src/shared/article-slug';
import { manifestSchema, type CardIndexShard, type CardsShard, type Manifest } from '../../src/shared/index-schema';
import { accept, articleAt, articlesOf, articleText, cleanTemps, readTree, shardsInMemory, tempDir } from './helpers';

vi.setConfig({ testTimeout: 30_000 });
afterAll(cleanTemps);

const URL_OF_STORY = 'https://www.grid-news.example/energy/sodium-batteries/?utm_source=feed';

/** A built index read back from disk, with the reader's way of finding an article by address. */
async function buildWithTitle(title: string) {
  const contentDir = tempDir('heatline-permalink-content-');
  mkdirSync(contentDir, { recursive: true });
  writeFileSync(path.join(contentDir, 'story.md'), articleText({ title, webUrl: URL_OF_STORY }));
  writeFileSync(path.join(contentDir, 'other.md'), articleText({ title: 'Something else entirely', webUrl: 'https://other.example/x' }));
  const outDir = tempDir('heatline-permalink-out-');
  await buildIndex({ contentDir, outDir });
  const tree = readTree(outDir);
  const json = <T>(name: string): T => JSON.parse(tree.get(name)!) as T;
  const manifest: Manifest = manifestSchema.parse(json<unknown>('manifest.json'));
  const cards = json<CardIndexShard>(manifest.cards).chunks.flatMap((chunk) => json<CardsShard>(chunk).cards);
  /** What the reader does with `/articles/<slug>`. */
  const open = (slug: string) => articleAt(manifest, json, slug);
  return { slugOf: (t: string) => cards.find((card) => card.title === t)!.slug, open };
}

describe('article addresses survive a corrected headline', () => {
  it('gives the same key to the same canonical URL, and the old address finds the corrected article', async () => {
    const typo = 'Grid operaters trial sodium bateries';
    const fixed = 'Grid operators trial sodium batteries for winter peaks';
    const before = await buildWithTitle(typo);
    const after = await buildWithTitle(fixed);
    const oldSlug = before.slugOf(typo);
    const newSlug = after.slugOf(fixed);

    expect(oldSlug).not.toBe(newSlug);
    expect(oldSlug.startsWith('grid-operaters-trial-sodium-bateries-')).toBe(true);
    expect(newSlug.startsWith('grid-operators-trial-sodium-batteries-for-winter-peaks-')).toBe(true);
    expect(parseArticleSlug(newSlug)!.key).toBe(parseArticleSlug(oldSlug)!.key);
    expect(parseArticleSlug(newSlug)!.key).toBe(articleKey(canonicalUrl(URL_OF_STORY)));

    const found = after.open(oldSlug);
    expect(found?.title).toBe(fixed);
    expect(found?.slug).toBe(newSlug);
    // Only the key matters: a mangled title part, or none at all, finds it too.
    expect(after.open(`whatever-${parseArticleSlug(oldSlug)!.key}`)?.slug).toBe(newSlug);
    expect(after.open(parseArticleSlug(oldSlug)!.key)?.slug).toBe(newSlug);
    // An address from before keys existed (the title alone) finds nothing.
    expect(after.open('grid-operators-trial-sodium-batteries-for-winter-peaks')).toBeUndefined();
  });

  it('makes short, lower-case, URL-safe keys', () => {
    const key = articleKey(canonicalUrl(URL_OF_STORY));
    expect(key).toMatch(new RegExp(`^[0-9a-z]{${ARTICLE_KEY_LENGTH}}$`));
    expect(articleKey('example.com/a')).not.toBe(articleKey('example.com/b'));
    // A longer key extends the shorter one, so lengthening never reshuffles.
    expect(articleKey('example.com/a', 12).startsWith(articleKey('example.com/a'))).toBe(true);
  });
});

let n = 0;
function rec(overrides: Record<string, unknown> = {}): ArticleRecord {
  n++;
  return accept(articleText({ webUrl: `https://site${n}.example/a/${n}`, title: `Headline ${n}`, ...overrides }), {}, `f${n}.md`).record;
}
const keysOf = (slugs: string[]) => slugs.map((slug) => parseArticleSlug(slug)!.key);

describe('key collisions', () => {
  it('with one-character keys, 60 articles still get unique keys, whatever the input order', () => {
    const records = Array.from({ length: 60 }, (_, i) =>
      rec({ publishedDateTime: new Date(Date.UTC(2024, 0, 1) + (i % 7) * 3_600_000).toISOString() }));
    const out = link(records, undefined, { keyLength: 1 });
    const articles = articlesOf(out);
    const slugs = articles.map((a) => a.slug);
    const keys = keysOf(slugs);
    expect(new Set(keys).size).toBe(60);
    // Each key is its own canonical URL's, as long as it had to be to be unique.
    const canonicalOf = new Map(records.map((r) => [r.title, r.canonical]));
    articles.forEach((article, i) => expect(keys[i]).toBe(articleKey(canonicalOf.get(article.title)!, keys[i]!.length)));
    // 60 articles in 36 one-character keys: some had to be lengthened.
    expect(keys.some((key) => key.length > 1)).toBe(true);
    const again = link([...records].reverse(), undefined, { keyLength: 1 });
    expect(articlesOf(again).map((a) => a.slug).sort()).toEqual([...slugs].sort());
  });

  it('lets the older article keep the short key and lengthens the newer one', () => {
    // Two canonical URLs whose one-character keys are the same.
    const seen = new Map<string, number>();
    let pair: [number, number] | undefined;
    for (let i = 0; !pair; i++) {
      const key = articleKey(`clash.example/${i}`, 1);
      const earlier = seen.get(key);
      if (earlier === undefined) seen.set(key, i);
      else pair = [earlier, i];
    }
    const newer = rec({ webUrl: `https://clash.example/${pair[0]}`, title: 'Newer', publishedDateTime: '2024-03-02T00:00:00Z' });
    const older = rec({ webUrl: `https://clash.example/${pair[1]}`, title: 'Older', publishedDateTime: '2024-03-01T00:00:00Z' });
    for (const records of [[newer, older], [older, newer]]) {
      const articles = articlesOf(link(records, undefined, { keyLength: 1 }));
      const keyOf = (title: string) => parseArticleSlug(articles.find((a) => a.title === title)!.slug)!.key;
      expect(keyOf('Older')).toBe(articleKey(older.canonical, 1));
      expect(keyOf('Newer')).toBe(articleKey(newer.canonical, 2));
      expect(keyOf('Newer')).not.toBe(keyOf('Older'));
    }
  });

  it('finds every article of a collision-heavy index by its key', () => {
    const index = link(Array.from({ length: 80 }, () => rec()), undefined, { keyLength: 1 });
    const shards = shardsInMemory(index);
    const json = <T>(name: string): T => JSON.parse(shards.files.get(name)!) as T;
    const manifest = manifestSchema.parse(JSON.parse(shards.manifest));
    for (const article of articlesOf(index)) {
      expect(articleAt(manifest, json, article.slug)).toEqual(article);
      expect(articleAt(manifest, json, `stale-title-${parseArticleSlug(article.slug)!.key}`)).toEqual(article);
    }
  });
});

describe('slugs', () => {
  it('are the title part and the key, or the key alone when the title has no letters or digits', () => {
    const articles = articlesOf(link([rec({ title: 'Plain words here' }), rec({ title: '🚀🚀🚀' })]));
    const [plain, emoji] = ['Plain words here', '🚀🚀🚀'].map((title) => articles.find((a) => a.title === title));
    expect(plain!.slug).toMatch(/^plain-words-here-[0-9a-z]{8}$/);
    expect(emoji!.slug).toMatch(/^[0-9a-z]{8}$/);
    expect(parseArticleSlug(emoji!.slug)).toEqual({ titlePart: '', key: emoji!.slug });
  });

  it('round-trip: a formatted slug parses back to its title part and key', () => {
    const key = fc.stringMatching(/^[0-9a-z]{1,50}$/);
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), key, (title, k) => {
      const titlePart = slugify(title);
      const slug = formatArticleSlug(titlePart, k);
      expect(parseArticleSlug(slug)).toEqual({ titlePart, key: k });
      expect(formatArticleSlug(titlePart, parseArticleSlug(slug)!.key)).toBe(slug);
      expect(slug).not.toMatch(/^-|-$|--|[\s/?#%.'"<>\\]/);
    }), { numRuns: 2000 });
  });

  it('any text before the last dash is ignored: only the key finds the article', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), fc.stringMatching(/^[0-9a-z]{1,20}$/), (junk, k) => {
      expect(parseArticleSlug(`${junk}-${k}`)?.key).toBe(k);
      expect(parseArticleSlug(`${junk}-${k.toUpperCase()}`)?.key).toBe(k);
    }), { numRuns: 1000 });
  });

  it('has no key when the last part cannot be one', () => {
    for (const slug of ['', 'title-', 'café-crème', 'a-b-c.d', 'x-日本', 'news-2024?']) expect(parseArticleSlug(slug)).toBeUndefined();
  });
});
