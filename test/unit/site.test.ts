// @vitest-environment jsdom
/**
 * The site around the app (src/cli/site): page entry points, feeds,
 * sitemaps and robots.txt, written from a real index of the fixture corpus
 * into a folder holding a stand-in for the app's index.html.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { generateCorpus } from '../../bench/synthetic-corpus';
import { buildIndex } from '../../src/cli/build-index';
import { articleText } from './helpers';
import { BuiltIndex } from '../../src/cli/site/built-index';
import { SITE_LEDGER, writeSite, type SiteReport } from '../../src/cli/site/write-site';
import type { Card, CardsShard, Sort } from '../../src/shared/index-schema';
import { listHeadCards, listHeadShard } from '../../src/shared/list-head';
import { LEADING_ROWS } from '../../src/features/list/row-estimate';
import { FEED_PAGE_FILE } from '../../src/cli/site/feed-page';
import { emptyOutDirKeepingSite } from '../../src/cli/site/empty-out-dir';
import { renderFeeds } from '../../src/cli/site/feeds';
import { siteUrls } from '../../src/cli/site/site-urls';
import { parseSiteConfig } from '../../src/shared/site-config';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const site = { ...parseSiteConfig(undefined), name: 'Harbour & Co News', url: 'https://news.example.org/edition/', language: 'en-GB' };
const APP_PAGE = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="app" />
    <title>Harbour &amp; Co News</title>
    <script type="module" crossorigin src="/edition/assets/index-abc.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

let outDir: string;
let cards: Card[];
let first: SiteReport;
const read = (file: string) => readFile(path.join(outDir, file), 'utf8');
/** Parsed as XML; a file that is not well-formed fails here. */
function xml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'text/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}
const html = (text: string) => new DOMParser().parseFromString(text, 'text/html');

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'heatline-site-'));
  await writeFile(path.join(outDir, 'index.html'), APP_PAGE);
  await buildIndex({ contentDir: path.resolve('test/fixtures/corpus'), outDir: path.join(outDir, 'data') });
  cards = [...new BuiltIndex(path.join(outDir, 'data')).cards()];
  first = writeSite({ outDir, site, base: '/edition/' });
});

describe('the feed’s entry point', () => {
  const firstScreen = (dataDir: string, sort: Sort) => {
    const index = new BuiltIndex(dataDir);
    const ref = index.manifest.feed;
    return listHeadCards(ref, sort, index.read<CardsShard>(listHeadShard(ref, sort)!).cards).slice(0, LEADING_ROWS);
  };

  it('opens the site’s address on the feed’s first screen, as the app draws it, with its title, canonical link and feeds', async () => {
    const doc = html(await read(FEED_PAGE_FILE));
    expect(doc.title).toBe('Harbour & Co News');
    expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe('https://news.example.org/edition/');
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe('Harbour & Co News');
    expect(doc.querySelector('link[rel=alternate][type="application/rss+xml"]')?.getAttribute('href')).toBe('/edition/feed.xml');
    expect(doc.querySelector('#shell main h1')?.textContent).toBe('Hot stories');
    expect(doc.querySelector('#shell .site-nav a[aria-current=page]')?.textContent).toBe('Feed');
    const { counts } = new BuiltIndex(path.join(outDir, 'data')).manifest;
    expect(doc.querySelector('#shell .list-page__count')?.textContent).toBe(
      `${counts.entries} stories · ${counts.articles} articles from ${counts.providers} sources`,
    );
    // The app's rows, in its order, one per story, each linking to its article and its outlet's page under the base.
    const expected = firstScreen(path.join(outDir, 'data'), 'hot');
    const rows = [...doc.querySelectorAll('#shell .card-list > li')];
    expect(rows.map((row) => row.querySelector('.card__title a')?.textContent)).toEqual(expected.map((card) => card.title));
    expect(new Set(expected.map((card) => card.story?.id ?? card.id)).size).toBe(expected.length);
    expect(rows[0]!.querySelector('.card__title a')?.getAttribute('href')).toBe(`/edition/articles/${expected[0]!.slug}`);
    expect(rows[0]!.querySelector('a.provider')?.getAttribute('href')).toBe(`/edition/sources/${expected[0]!.provider.domain}`);
    const storied = expected.findIndex((card) => (card.story?.size ?? 0) > 1);
    expect(storied).toBeGreaterThanOrEqual(0);
    expect(rows[storied]!.querySelector('.card__story a')?.textContent).toMatch(new RegExp(`^\\+${expected[storied]!.story!.size - 1} more from `));
    // Sorts and periods are links to the app's addresses; what needs the app waits for it.
    expect([...doc.querySelectorAll('#shell .sort__link')].map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('aria-current')])).toEqual([
      ['Hot', '/edition/', 'page'], ['Heat', '/edition/?sort=heat', null], ['Quality', '/edition/?sort=quality', null], ['Newest', '/edition/?sort=newest', null],
    ]);
    expect([...doc.querySelectorAll('#shell button')].every((button) => (button as HTMLButtonElement).disabled)).toBe(true);
    // No style attribute anywhere (the CSP allows none): an outlet's tint is a class.
    expect(doc.querySelector('#shell [style]')).toBeNull();
    expect(rows[0]!.querySelector('.thumb')?.className).toMatch(/thumb--tint-\d+/);
    // How long ago, as of the build, only for its room: the app writes it as of the reading.
    expect(rows[0]!.querySelector('.published-time__ago')?.textContent).toMatch(/ago|last|yesterday|now/);
  });

  it('opens in the site’s own default sort, with its day headings in Newest', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'heatline-site-newest-'));
    await writeFile(path.join(dir, 'index.html'), APP_PAGE);
    const dataDir = path.join(outDir, 'data');
    writeSite({ outDir: dir, site: { ...site, defaultSort: 'newest' }, base: '/', dataDir, helpers: 0 });
    const doc = html(await readFile(path.join(dir, FEED_PAGE_FILE), 'utf8'));
    expect(doc.querySelector('#shell main h1')?.textContent).toBe('Newest stories');
    expect(doc.querySelector('#shell .sort__link[aria-current=page]')?.getAttribute('href')).toBe('/');
    expect(doc.querySelector('#shell .sort__link[href="/?sort=hot"]')?.textContent).toBe('Hot');
    expect([...doc.querySelectorAll('#shell .card__title a')].map((a) => a.textContent)).toEqual(firstScreen(dataDir, 'newest').map((card) => card.title));
    expect(doc.querySelector('#shell .card-list > li:first-child h2.day-heading')).not.toBeNull();
    expect(doc.querySelector('#shell .card__title')?.tagName).toBe('H3');
  });
});

describe('page entry points', () => {
  it('give every article a page at its own address with its title, description, canonical link and previews', async () => {
    expect(cards.length).toBeGreaterThan(5);
    for (const card of cards) {
      const doc = html(await read(`articles/${card.slug}.html`));
      const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content');
      expect(doc.title).toBe(`${card.title} · Harbour & Co News`);
      expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(`https://news.example.org/edition/articles/${card.slug}`);
      expect(meta('meta[property="og:title"]')).toBe(card.title);
      expect(meta('meta[property="og:site_name"]')).toBe('Harbour & Co News');
      expect(meta('meta[property="og:type"]')).toBe('article');
      expect(meta('meta[property="article:published_time"]')).toBe(card.published);
      expect(meta('meta[name=description]')).toBe(card.excerpt ?? `${card.title}, from ${card.provider.name}.`);
      expect(meta('meta[property="og:image"]')).toBe(card.image?.url);
      if (card.image?.width) expect(meta('meta[property="og:image:width"]')).toBe(String(card.image.width));
      expect(meta('meta[name="twitter:card"]')).toBe(card.image ? 'summary_large_image' : 'summary');
      const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(ld).toMatchObject({ '@type': 'NewsArticle', headline: card.title.slice(0, 110), datePublished: card.published });
      expect(ld.author).toMatchObject({ '@type': 'Organization', name: card.provider.name });
      expect(ld.image).toBe(card.image?.url);
      // Readers without JavaScript get the article itself; the app's script still boots.
      expect(doc.querySelector('#shell h1')?.textContent).toBe(card.title);
      expect(doc.querySelector('#shell + #root, #shell ~ #root')).not.toBeNull();
      expect(doc.querySelector('script[src="/edition/assets/index-abc.js"]')).not.toBeNull();
      expect(doc.querySelectorAll('title')).toHaveLength(1);
      expect(doc.querySelectorAll('meta[name=description]')).toHaveLength(1);
    }
  });

  it('draw an article as the app first does: header links, picture in its box, outlet logo, story line, heat and quality', async () => {
    const withAll = cards.filter((card) => card.image && card.story && card.story.size > 1 && card.heat !== undefined);
    expect(withAll.length).toBeGreaterThan(0);
    for (const card of cards) {
      const shell = html(await read(`articles/${card.slug}.html`)).querySelector('#shell')!;
      // The header's links, under the base, so a reader without JavaScript can go on from here.
      expect([...shell.querySelectorAll('nav a')].map((a) => a.getAttribute('href'))).toEqual([
        '/edition/', '/edition/topics', '/edition/following', '/edition/saved', '/edition/settings',
      ]);
      const picture = shell.querySelector('figure.hero img');
      if (card.image && card.type !== 'video') {
        // Asked for with the page, sized so its box holds its place before it loads.
        expect(picture?.getAttribute('src')).toBe(card.image.url);
        expect(picture?.getAttribute('width')).toBe(String(card.image.width ?? 16));
      } else {
        expect(picture).toBeNull();
      }
      expect(shell.querySelector('.provider__logo')?.getAttribute('src')).toBe(card.provider.logo);
      const story = shell.querySelector('.article__story a');
      if (card.story && card.story.size > 1) expect(story?.getAttribute('href')).toBe(`/edition/stories/${card.story.id}`);
      else expect(story).toBeNull();
      expect(shell.querySelector('.stats__item--heat dd')?.textContent).toBe(card.heat === undefined ? undefined : String(card.heat));
    }
    // One request per picture: no second announcement of it as a preload link.
    const one = await read(`articles/${withAll[0]!.slug}.html`);
    expect(one.split(withAll[0]!.image!.url).length - 1).toBe(3);
  });

  it('write a hostile title as text, in the head, the body and the structured data', async () => {
    const hostile = cards.find((card) => card.title.includes('<img'))!;
    const text = await read(`articles/${hostile.slug}.html`);
    expect(text).not.toContain('<img src=x');
    const doc = html(text);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(doc.querySelector('#shell h1')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(doc.querySelector('script[type="application/ld+json"]')!.textContent).not.toContain('<');
  });

  it('give topics, sources, stories and the topics page their own, and link within the site under its base', async () => {
    const topic = cards.flatMap((card) => card.topics)[0]!;
    const topicPage = html(await read(`topics/${topic.slug}.html`));
    expect(topicPage.title).toBe(`Topic: ${topic.name} · Harbour & Co News`);
    expect(topicPage.querySelector('link[rel=alternate][type="application/rss+xml"]')?.getAttribute('href')).toBe(`/edition/topics/${topic.slug}/feed.xml`);
    expect(topicPage.querySelector('#shell li a')?.getAttribute('href')).toMatch(/^\/edition\/articles\//);
    const source = html(await read(`sources/${cards[0]!.provider.domain}.html`));
    expect(source.title).toBe(`Source: ${cards[0]!.provider.name} · Harbour & Co News`);
    expect(html(await read('topics.html')).title).toBe('Topics · Harbour & Co News');
    const stories = await readdir(path.join(outDir, 'stories'));
    expect(stories.length).toBeGreaterThan(0);
    expect(html(await read(`stories/${stories[0]}`)).querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('website');
  });

  it('list the newest headlines of a topic or a source one per story, as the lists of the app do', async () => {
    const storyOf = new Map(cards.map((card) => [card.slug, card.story?.id ?? card.id]));
    const inStories = cards.filter((card) => card.story && card.story.size > 1);
    expect(inStories.length).toBeGreaterThan(1);
    const lists = new Set(inStories.flatMap((card) => [`sources/${card.provider.domain}`, ...card.topics.map((t) => `topics/${t.slug}`)]));
    for (const list of lists) {
      const slugs = [...html(await read(`${list}.html`)).querySelectorAll('#shell li a')].map((a) => decodeURIComponent(a.getAttribute('href')!.split('/articles/')[1]!));
      const stories = slugs.map((slug) => storyOf.get(slug));
      expect(new Set(stories).size, list).toBe(stories.length);
    }
  });

  it('keep the app page the page of every other address: the site’s feeds and name in its head, no canonical link', async () => {
    const doc = html(await read('index.html'));
    expect(doc.querySelector('link[rel=canonical]')).toBeNull();
    expect([...doc.querySelectorAll('link[rel=alternate]')].map((l) => l.getAttribute('href'))).toEqual([
      '/edition/feed.xml', '/edition/feed.atom', '/edition/feed.json',
    ]);
    expect(doc.querySelector('#shell')).toBeNull();
  });
});

/**
 * The app's page as `npm run build` writes it (security policy, icon, the
 * manifest's preload, the entry script with its chunks' preloads, styles, web
 * app manifest): every article's entry point is built around it, so it counts
 * towards the entry point's budget as much as the page's own markup does.
 */
const BUILT_APP_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta
      http-equiv="Content-Security-Policy"
      content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; frame-src https://www.youtube-nocookie.com; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
    />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <meta name="description" content="Every outlet’s coverage of a story in one place, hottest first." />
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <!-- Every screen starts with the manifest: fetch it while the script loads. -->
    <link rel="preload" href="/data/manifest.json" as="fetch" crossorigin="anonymous" />
    <title>Heatline</title>
    <script type="module" crossorigin src="/assets/index-DpZn1OOr.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-sySUN5R7.js">
    <link rel="modulepreload" crossorigin href="/assets/paths-DEV8E9lc.js">
    <link rel="modulepreload" crossorigin href="/assets/format-date-ZSs6bCWu.js">
    <link rel="modulepreload" crossorigin href="/assets/QueryErrorResetBoundary-CZoKI7KR.js">
    <link rel="modulepreload" crossorigin href="/assets/useBaseQuery-DizfJUqH.js">
    <link rel="modulepreload" crossorigin href="/assets/article-link-OA50AsWq.js">
    <link rel="modulepreload" crossorigin href="/assets/useSuspenseQuery-D8neleNW.js">
    <link rel="modulepreload" crossorigin href="/assets/hooks-D9V_Mm4u.js">
    <link rel="stylesheet" crossorigin href="/assets/index-BNjrn6zM.css">
  <link rel="manifest" href="/manifest.webmanifest">
  </head>
  <body>
    <div id="root"></div>
    <noscript>Heatline needs JavaScript to show the news.</noscript>
  </body>
</html>
`;

/** An article's entry point may cost this much gzipped on average (the page budget at 100,000 articles). */
const ENTRY_POINT_BUDGET = 1536;

describe('page entry points of a benchmark-like index', () => {
  let pages: string[];

  beforeAll(async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'heatline-site-size-'));
    const content = path.join(root, 'content');
    const out = path.join(root, 'dist');
    // The benchmark's corpus: real-length titles and excerpts, pictures with their size, stories of several outlets.
    await generateCorpus({ count: 400, dir: content });
    await buildIndex({ contentDir: content, outDir: path.join(out, 'data') });
    await writeFile(path.join(out, 'index.html'), BUILT_APP_PAGE);
    writeSite({ outDir: out, site: parseSiteConfig(undefined), base: '/' });
    const files = (await readdir(path.join(out, 'articles'))).filter((name) => name.endsWith('.html'));
    pages = await Promise.all(files.map((file) => readFile(path.join(out, 'articles', file), 'utf8')));
  });

  const averageGzipped = (texts: readonly string[]) => texts.reduce((sum, text) => sum + gzipSync(text, { level: 6 }).length, 0) / texts.length;

  it('cost at most 1.5 KB gzipped each on average, and keep of the app page only what boots the app', () => {
    expect(pages.length).toBeGreaterThan(300);
    expect(averageGzipped(pages)).toBeLessThan(ENTRY_POINT_BUDGET);
    for (const page of pages.slice(0, 20)) {
      expect(page).toContain('<script type="module" crossorigin src="/assets/index-DpZn1OOr.js"></script>');
      expect(page).toContain('<link rel="stylesheet" crossorigin href="/assets/index-BNjrn6zM.css">');
      expect(page).toContain('http-equiv="Content-Security-Policy"');
      expect(page).not.toContain('modulepreload');
      expect(page).not.toContain('<noscript>');
    }
  });
});

describe('feeds', () => {
  it('offer the newest articles as RSS 2.0 with absolute links and RFC 822 dates', async () => {
    const doc = xml(await read('feed.xml'));
    expect(doc.documentElement.nodeName).toBe('rss');
    expect(doc.querySelector('channel > title')?.textContent).toBe('Harbour & Co News');
    expect(doc.querySelector('channel > language')?.textContent).toBe('en-GB');
    const items = [...doc.querySelectorAll('item')];
    expect(items).toHaveLength(Math.min(50, cards.length));
    const newest = [...cards].sort((a, b) => (a.published < b.published ? 1 : -1))[0]!;
    expect(items[0]!.querySelector('title')?.textContent).toBe(newest.title);
    expect(items[0]!.querySelector('link')?.textContent).toBe(`https://news.example.org/edition/articles/${newest.slug}`);
    const bySlug = new Map(cards.map((card) => [card.slug, card]));
    for (const item of items) {
      expect(item.querySelector('pubDate')?.textContent).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      // The outlet as the item's source, the channel it came from (its feed here): RSS's <author> is an e-mail address, which an outlet has not.
      const card = bySlug.get(item.querySelector('link')!.textContent!.split('/articles/')[1]!)!;
      expect(item.querySelector('author')).toBeNull();
      expect(item.querySelector('source')?.textContent).toBe(card.provider.name);
      expect(item.querySelector('source')?.getAttribute('url')).toBe(`https://news.example.org/edition/sources/${card.provider.domain}/feed.xml`);
    }
  });

  it('as Atom 1.0 with RFC 3339 dates and as JSON Feed 1.1, for the whole feed and each topic and source', async () => {
    const atom = xml(await read('feed.atom'));
    expect(atom.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
    for (const updated of atom.querySelectorAll('entry > updated')) expect(updated.textContent).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    // What RFC 4287 requires: an id, title and updated time of the feed and each entry, a term on each category.
    for (const element of [atom.documentElement, ...atom.querySelectorAll('entry')]) {
      for (const name of ['id', 'title', 'updated']) expect(element.querySelector(`:scope > ${name}`)?.textContent, name).toBeTruthy();
    }
    const categories = [...atom.querySelectorAll('entry > category')];
    expect(categories.length).toBeGreaterThan(0);
    const topics = new Map(cards.flatMap((card) => card.topics).map((topic) => [topic.slug, topic.name]));
    for (const category of categories) {
      expect(topics.get(category.getAttribute('term')!)).toBe(category.getAttribute('label'));
    }
    const json = JSON.parse(await read('feed.json'));
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.language).toBe('en-GB');
    expect(json.items[0].url).toMatch(/^https:\/\/news\.example\.org\/edition\/articles\//);
    expect(json.items[0].authors[0].name).toBeTruthy();
    const topic = cards.flatMap((card) => card.topics)[0]!;
    const topicFeed = xml(await read(`topics/${topic.slug}/feed.xml`));
    const titles = [...topicFeed.querySelectorAll('item > title')].map((t) => t.textContent);
    expect(titles.sort()).toEqual(cards.filter((c) => c.topics.some((t) => t.slug === topic.slug)).map((c) => c.title).sort());
    expect(xml(await read(`sources/${cards[0]!.provider.domain}/feed.atom`)).querySelectorAll('entry').length).toBeGreaterThan(0);
  });
});

describe('text in feeds', () => {
  it('stays text: plain in RSS titles and JSON, escaped where a feed reads HTML (Atom, RSS descriptions)', async () => {
    const hostile = cards.find((card) => card.title.includes('<img'))!;
    const rssItem = [...xml(await read('feed.xml')).querySelectorAll('item')].find((item) => item.querySelector('title')?.textContent === hostile.title);
    expect(rssItem).toBeDefined();
    const atomTitles = [...xml(await read('feed.atom')).querySelectorAll('entry > title')].map((t) => t.textContent);
    expect(atomTitles).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(atomTitles.join('')).not.toContain('<img');
    const json = JSON.parse(await read('feed.json')) as { items: { title: string }[] };
    expect(json.items.map((item) => item.title)).toContain(hostile.title);
  });
});

describe('names in feeds', () => {
  it('keep every feed well-formed whatever a topic or an outlet is called', () => {
    const urls = siteUrls(site, '/edition/');
    const card: Card = {
      id: 'odd', slug: 'odd-names-1', title: 'Odd names', type: 'article', published: '2026-01-01T00:00:00.000Z', hot: 0,
      provider: { domain: 'odd.example', name: 'Smith & <Sons> "Daily"' }, topics: [{ slug: 'c-templates', name: 'C++ <templates> & "traits"' }],
    };
    const feeds = renderFeeds(site, urls, { page: '/', description: 'All', items: [card] });
    const rss = xml(feeds.rss).querySelector('item')!;
    expect(rss.querySelector('category')?.textContent).toBe('C++ <templates> & "traits"');
    expect(rss.querySelector('source')?.textContent).toBe('Smith & <Sons> "Daily"');
    const entry = xml(feeds.atom).querySelector('entry')!;
    expect(entry.querySelector('author > name')?.textContent).toBe('Smith & <Sons> "Daily"');
    expect(entry.querySelector('category')?.getAttribute('term')).toBe('c-templates');
    const json = JSON.parse(feeds.json) as { items: { tags?: string[]; authors: { name: string }[] }[] };
    expect(json.items[0]!.tags).toEqual(['C++ <templates> & "traits"']);
    expect(json.items[0]!.authors[0]!.name).toBe('Smith & <Sons> "Daily"');
  });
});

describe('sitemaps and robots.txt', () => {
  it('list every article with its lastmod, under a sitemap index', async () => {
    const index = xml(await read('sitemap.xml'));
    const locs = [...index.querySelectorAll('sitemap > loc')].map((l) => l.textContent!);
    expect(locs).toContain('https://news.example.org/edition/sitemaps/pages.xml');
    expect(locs).toContain('https://news.example.org/edition/sitemaps/articles-0.xml');
    expect(locs).toContain('https://news.example.org/edition/sitemaps/news.xml');
    const articles = xml(await read('sitemaps/articles-0.xml'));
    const urls = [...articles.querySelectorAll('url')].map((u) => [u.querySelector('loc')!.textContent, u.querySelector('lastmod')!.textContent]);
    expect(urls.sort()).toEqual(cards.map((c) => [`https://news.example.org/edition/articles/${c.slug}`, c.published]).sort());
  });

  it('name only the last two days’ articles in the news sitemap, and point robots.txt at the index', async () => {
    const news = xml(await read('sitemaps/news.xml'));
    const newestMs = Math.max(...cards.map((c) => Date.parse(c.published)));
    const expected = cards.filter((c) => Date.parse(c.published) >= newestMs - 2 * 86_400_000);
    const titles = [...news.getElementsByTagName('news:title')].map((t) => t.textContent);
    expect(titles.sort()).toEqual(expected.map((c) => c.title).sort());
    expect(news.getElementsByTagName('news:name')[0]?.textContent).toBe('Harbour & Co News');
    expect(await read('robots.txt')).toContain('Sitemap: https://news.example.org/edition/sitemap.xml');
  });
});

describe('a second run', () => {
  it('writes nothing when nothing changed, and only what changed when an article did', async () => {
    const one = cards[0]!;
    const shell = path.join(outDir, `articles/${one.slug}.html`);
    const before = (await stat(shell)).mtimeMs;
    const again = writeSite({ outDir, site, base: '/edition/' });
    expect(again.written).toBe(0);
    expect(again.unchanged).toBe(first.written);
    expect((await stat(shell)).mtimeMs).toBe(before);
    // A site renamed rewrites what carries the name, which is every page.
    const renamed = writeSite({ outDir, site: { ...site, name: 'Quay News' }, base: '/edition/' });
    expect(renamed.written).toBeGreaterThan(cards.length);
  });

  it('removes what the index no longer has, and the folders that leaves empty', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'heatline-gone-'));
    await writeFile(path.join(out, 'index.html'), APP_PAGE);
    writeSite({ outDir: out, site, base: '/edition/', dataDir: path.join(outDir, 'data') });
    // Files of an earlier run: a topic gone from the index (its page and feeds), an article's page in a folder of its own.
    const ledgerFile = path.join(out, SITE_LEDGER);
    const ledger = JSON.parse(await readFile(ledgerFile, 'utf8')) as Record<string, string>;
    const gone = ['topics/gone.html', 'topics/gone/feed.xml', 'topics/gone/feed.json', 'articles/old-layout/index.html'];
    for (const file of gone) {
      await mkdir(path.dirname(path.join(out, file)), { recursive: true });
      await writeFile(path.join(out, file), 'old');
      ledger[file] = 'old';
    }
    // A file the site step did not write keeps its folder.
    await writeFile(path.join(out, 'topics/gone/notes.txt'), 'not the site step’s');
    await writeFile(ledgerFile, JSON.stringify(ledger));
    writeSite({ outDir: out, site, base: '/edition/', dataDir: path.join(outDir, 'data') });
    for (const file of [...gone, 'articles/old-layout']) await expect(stat(path.join(out, file)), file).rejects.toThrow();
    expect(await readFile(path.join(out, 'topics/gone/notes.txt'), 'utf8')).toBe('not the site step’s');
    await rm(path.join(out, 'topics/gone/notes.txt'));
    ledger['topics/gone/feed.xml'] = 'old';
    await writeFile(path.join(out, 'topics/gone/feed.xml'), 'old');
    await writeFile(ledgerFile, JSON.stringify(ledger));
    writeSite({ outDir: out, site, base: '/edition/', dataDir: path.join(outDir, 'data') });
    await expect(stat(path.join(out, 'topics/gone'))).rejects.toThrow();
    expect((await stat(path.join(out, 'topics'))).isDirectory()).toBe(true);
    expect(JSON.parse(await readFile(ledgerFile, 'utf8'))).not.toHaveProperty(['topics/gone.html']);
  });
});

describe('the next build', () => {
  it('empties the build folder but for the site step’s files, which the step then finds unchanged', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'heatline-rebuild-'));
    await writeFile(path.join(out, 'index.html'), APP_PAGE);
    writeSite({ outDir: out, site, base: '/edition/', dataDir: path.join(outDir, 'data') });
    const page = path.join(out, `articles/${cards[0]!.slug}.html`);
    const before = await stat(page);
    // What an earlier build of the app left: bundles, the index's copy, a page's precompressed twin, a folder of old pages.
    const stale = ['assets/index-old.js', 'data/cards/old.json', `articles/${cards[0]!.slug}.html.gz`, 'old-pages/x.html'];
    for (const file of stale) {
      await mkdir(path.dirname(path.join(out, file)), { recursive: true });
      await writeFile(path.join(out, file), 'old');
    }
    const { kept } = emptyOutDirKeepingSite(out);
    // Every file of the ledger, and the ledger.
    expect(kept).toBe(Object.keys(JSON.parse(await readFile(path.join(out, SITE_LEDGER), 'utf8'))).length + 1);
    for (const file of [...stale, 'index.html', 'assets', 'data', 'old-pages']) await expect(stat(path.join(out, file)), file).rejects.toThrow();
    expect((await stat(page)).ino).toBe(before.ino);
    await writeFile(path.join(out, 'index.html'), APP_PAGE);
    const again = writeSite({ outDir: out, site, base: '/edition/', dataDir: path.join(outDir, 'data') });
    expect(again.written).toBe(1);
    expect((await stat(page)).mtimeMs).toBe(before.mtimeMs);
  });
});

describe('the site config', () => {
  it('fills in every key it is not given, and ends the address with a slash', () => {
    expect(parseSiteConfig('{"name":"Quay News","url":"https://quay.example/news"}')).toMatchObject({
      name: 'Quay News', url: 'https://quay.example/news/', language: 'en', defaultSort: 'hot', outDir: 'public/data',
    });
    expect(parseSiteConfig(undefined).name).toBe('Heatline');
  });

  it('names the file and the path of every bad key', () => {
    expect(() => parseSiteConfig('{"url":"quay.example","language":"English","defaultSort":"loud"}', 'site.json')).toThrow(
      /^site\.json: url: must be an absolute http\(s\) URL.*; language: must be a language tag.*; defaultSort: /,
    );
    expect(() => parseSiteConfig('{"nmae":"typo"}')).toThrow(/heatline\.config\.json: .*nmae/);
    expect(() => parseSiteConfig('{"name":')).toThrow(/^heatline\.config\.json: not valid JSON/);
  });

  it('stops `heatline index` with that message, exit 2, before anything is written', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'heatline-config-'));
    await writeFile(path.join(dir, 'bad.json'), '{"url":"ftp://quay.example/"}');
    const run = spawnSync(process.execPath, ['bin/heatline.mjs', 'index', 'test/fixtures/corpus', '--config', path.join(dir, 'bad.json'), '--out', path.join(dir, 'out')], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/bad\.json: url: must be an absolute http\(s\) URL/);
    await expect(stat(path.join(dir, 'out'))).rejects.toThrow();
  });
});

describe('a topic on most articles', () => {
  it('has a feed of its newest articles too, though cards leave it out', async () => {
    const content = await mkdtemp(path.join(tmpdir(), 'heatline-generic-'));
    const words = ['amber', 'basalt', 'cobalt', 'dune', 'ember', 'fjord', 'garnet', 'heron', 'iris', 'jade', 'kelp'];
    for (let i = 0; i < 22; i++) {
      await writeFile(path.join(content, `a${i}.md`), articleText({
        title: `${words[i % 11]} ${words[(i * 3 + 1) % 11]} report ${i}`,
        webUrl: `https://outlet.example/${i}`,
        publishedDateTime: new Date(Date.UTC(2025, 0, 1 + i)).toISOString(),
        topics: ['News', `Desk ${i % 2}`],
        provider: { name: 'Outlet', domain: 'outlet.example' },
      }));
    }
    const out = await mkdtemp(path.join(tmpdir(), 'heatline-generic-out-'));
    await writeFile(path.join(out, 'index.html'), APP_PAGE);
    await buildIndex({ contentDir: content, outDir: path.join(out, 'data') });
    writeSite({ outDir: out, site, base: '/edition/' });
    const items = xml(await readFile(path.join(out, 'topics/news/feed.xml'), 'utf8')).querySelectorAll('item');
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]!.querySelector('title')?.textContent).toMatch(/report 21$/);
  });
});

describe('helper threads', () => {
  /** Every file under `dir`, by its path, with its bytes. */
  async function files(dir: string): Promise<Map<string, Buffer>> {
    const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    const all = new Map<string, Buffer>();
    for (const entry of names) {
      const file = path.join(entry.parentPath, entry.name);
      all.set(path.relative(dir, file), await readFile(file));
    }
    return all;
  }

  it('write the same files, byte for byte and ledger included, as one thread does, and keep them all on a second run', async () => {
    const content = await mkdtemp(path.join(tmpdir(), 'heatline-threads-'));
    await generateCorpus({ count: 2000, dir: content });
    const data = path.join(content, '..', `${path.basename(content)}-data`);
    await buildIndex({ contentDir: content, outDir: data, workers: 0 });
    const outs: string[] = [];
    const reports: SiteReport[] = [];
    for (const helpers of [0, 1]) {
      const out = await mkdtemp(path.join(tmpdir(), `heatline-threads-${helpers}-`));
      await writeFile(path.join(out, 'index.html'), APP_PAGE);
      reports.push(writeSite({ outDir: out, site, base: '/edition/', dataDir: data, helpers }));
      outs.push(out);
    }
    const [alone, shared] = [await files(outs[0]!), await files(outs[1]!)];
    expect(alone.size).toBeGreaterThan(2000);
    expect([...shared.keys()].sort()).toEqual([...alone.keys()].sort());
    for (const [file, bytes] of alone) expect(shared.get(file)!.equals(bytes), file).toBe(true);
    expect({ ...reports[1], ms: 0 }).toEqual({ ...reports[0], ms: 0 });

    const again = writeSite({ outDir: outs[1]!, site, base: '/edition/', dataDir: data, helpers: 1 });
    expect(again.written).toBe(0);
    expect(again.unchanged).toBe(reports[0]!.written);
  });
});
