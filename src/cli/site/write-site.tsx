/**
 * The site around the app, from a built index: a static entry point per
 * article, topic, source and story (link previews, crawlers, readers without
 * JavaScript), RSS, Atom and JSON feeds of the whole feed and of every topic
 * and source, sitemaps and robots.txt. Reads the index a shard at a time and
 * writes a file only when its content changed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Card, CardIndexShard, CardsShard, StoryPage } from '../../shared/index-schema';
import type { SiteConfig } from '../../shared/site-config';
import { BuiltIndex } from './built-index';
import { renderFeeds } from './feeds';
import { articleShell, listShell, storyShell, topicsShell } from './pages';
import { FEED_PAGE_FILE, feedShell, feedSort, type FeedPageInput } from './feed-page';
import { listHeadCards, listHeadShard } from '../../shared/list-head';
import { LEADING_ROWS } from '../../features/list/row-estimate';
import { ShellRenderer } from './shell-markup';
import { newsSitemap, robotsTxt, SITEMAP_MAX_URLS, sitemapIndex, urlset, type SitemapUrl } from './sitemaps';
import { siteUrls } from './site-urls';
import { removeFiles } from './remove-files';
import { defaultHelpers, HelperFailed, Helpers, HELPERS_START_AFTER, NEXT_CHUNK, NEXT_LIST } from './site-threads';
import {
  hashOf, NewestCollector, readLedger, SiteWriter, writeChunk, writeList, writeStories,
  type ChunkResult, type LedgerEntries, type ListJob, type ListResult, type StoriesResult, type WriterCounts,
} from './site-writer';

export type SiteOptions = {
  /** The app's build folder: its index.html is every shell's template. */
  outDir: string;
  site: SiteConfig;
  /** The path the app is served from (Vite's `base`). */
  base: string;
  /** The index; `<outDir>/data` by default. */
  dataDir?: string;
  /**
   * Helper threads besides this one, started at once; by default one per
   * spare core (at most three) for a large index, started once there is
   * enough to write, and none for a small index.
   */
  helpers?: number;
};

export type SiteReport = { shells: number; feeds: number; sitemaps: number; written: number; unchanged: number; ms: number };

/** The files the site step wrote and their content hashes, in the output folder. */
export const SITE_LEDGER = '.heatline-site.json';

/** Marks what the site step put into index.html, so the next run starts from the app's page again. */
const SITE_HEAD = /\s*<!-- site -->[\s\S]*?<!-- \/site -->/;

export function writeSite(options: SiteOptions): SiteReport {
  const { outDir, site, base, dataDir = path.join(outDir, 'data') } = options;
  const started = performance.now();
  const index = new BuiltIndex(dataDir);
  const urls = siteUrls(site, base);

  const builtPage = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const appPage = builtPage.replace(SITE_HEAD, '');
  const [head, rest] = appPage.split('</head>') as [string, string];
  // A page entry point is written a hundred thousand times, so it keeps of
  // the app's page only what boots the app: not the comments (notes for
  // whoever reads index.html), the space between tags, the preload links of
  // the entry script's chunks (the script asks for them itself, a round trip
  // later, while the entry point already shows its page), nor the note that
  // the reader needs JavaScript (the entry point reads without it).
  const bareHead = head
    .replace(/\s*<title>[\s\S]*?<\/title>/, '')
    .replace(/\s*<meta name="description"[^>]*>/, '')
    .replace(/\s*<!--[\s\S]*?-->/g, '')
    .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
    .replace(/>\s+</g, '><');
  const rootAt = rest.indexOf('<div id="root">');
  const fromRoot = rest.slice(rootAt).replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '');

  // What the last run wrote, each file by a hash of what it was made from
  // (its own inputs, the app's page, the site config and the base): a file
  // whose inputs did not change is neither rendered, read nor written again,
  // and one the index no longer has is removed.
  const ledgerFile = path.join(outDir, SITE_LEDGER);
  const previous = readLedger(ledgerFile);
  const current: Record<string, string> = {};
  const record = (entries: LedgerEntries) => {
    for (const [file, key] of entries) current[file] = key;
  };
  // A page and a feed made from fixed inputs stand for the code that makes
  // them: when that code changes, so does every key, and everything is made again.
  const probe: Card = {
    id: 'probe', slug: 'probe-0', title: 'Probe <&>', excerpt: 'Probe.', type: 'article', published: '2000-01-01T00:00:00.000Z',
    hot: 0, provider: { domain: 'probe.example', name: 'Probe' }, topics: [{ slug: 'probe', name: 'Probe' }],
    image: { url: 'https://probe.example/p.jpg', width: 2, height: 1 },
  };
  const probeStory: StoryPage = {
    id: 'probe', title: 'Probe', lead: probe.slug, first: probe.published, last: probe.published, size: 1, outlets: 1, duplicates: 0,
    articles: [probe],
  };
  const probes = [
    articleShell(probe, urls),
    listShell({ key: 'topic:probe', title: 'Probe', count: 2, entries: 1 }, [probe, probe], site, urls),
    storyShell(probeStory, site, urls),
    topicsShell([{ slug: 'probe', name: 'Probe', count: 1 }], site, urls),
    feedShell({
      manifest: { counts: { articles: 3, topics: 1, providers: 2, stories: 1, entries: 2, unpublished: 0 }, sorts: ['hot', 'newest'], newest: { published: probe.published }, windows: true },
      rows: [probe, { ...probe, id: 'probe-2', type: 'video', story: { id: 'probe', size: 3, outlets: 2, others: ['Other'], latest: probe.published } }],
      setSize: 2,
    }, site, urls, Date.parse(probe.published)),
  ];
  const probeRenderer = new ShellRenderer(site, (path) => path);
  const code = [
    ...probes.map((page) => probeRenderer.render(page)),
    JSON.stringify(renderFeeds(site, urls, { page: '/probe', description: 'Probe', items: [probe] })),
    urlset([{ loc: 'https://probe.example/', lastmod: probe.published }]),
    newsSitemap([probe], site, () => 'https://probe.example/'),
  ];
  const setup = {
    outDir, site, base, ledgerFile,
    context: hashOf(JSON.stringify([appPage, site, base, code])),
    app: { bareHead, beforeRoot: rest.slice(0, rootAt), fromRoot },
  };
  const writer = new SiteWriter(setup, previous);

  const chunks = index.read<CardIndexShard>(index.manifest.cards).chunks;
  const helpers = new Helpers(options.helpers ?? defaultHelpers(index.manifest.counts.articles), { setup, dataDir, chunks });
  let shares: Shares | undefined;
  try {
    shares = writeShares(writer, index, chunks, helpers, options.helpers === undefined ? HELPERS_START_AFTER : 0);
  } catch (error) {
    if (!(error instanceof HelperFailed)) throw error;
  } finally {
    helpers.stop();
  }
  // A helper that failed wrote only what this thread would have written: it writes all of it again, alone.
  if (!shares) return writeSite({ ...options, helpers: 0 });
  const { articles, newest, lists, stories, counts } = shares;

  // The cards' ledger entries in the index's order, a sitemap of articles after every SITEMAP_MAX_URLS of them.
  const sitemaps: SitemapUrl[] = [];
  let articleUrls: SitemapUrl[] = [];
  const flushArticles = () => {
    if (articleUrls.length === 0) return;
    const file = `sitemaps/articles-${sitemaps.length}.xml`;
    writer.write(file, urlset(articleUrls));
    record(writer.take());
    const lastmod = articleUrls.reduce((max, u) => (u.lastmod! > max ? u.lastmod! : max), '');
    sitemaps.push({ loc: urls.absolute(file), lastmod });
    articleUrls = [];
  };
  for (const chunk of articles) {
    chunk.urls.forEach((url, n) => {
      const [file, key] = chunk.entries[n]!;
      current[file] = key;
      articleUrls.push(url);
      if (articleUrls.length === SITEMAP_MAX_URLS) flushArticles();
    });
  }
  flushArticles();

  const pages: SitemapUrl[] = [];
  const newestOf = (items: readonly Card[]) => items[0]?.published;
  const feed = newest.feed.newest;
  pages.push({ loc: urls.absolute('/'), ...(newestOf(feed) ? { lastmod: newestOf(feed)! } : {}) });
  for (const list of lists) {
    record(list.entries);
    pages.push(list.page);
  }
  record(stories.entries);
  pages.push(...stories.pages);
  const topicList = index.topics();
  const topics = topicsShell(topicList, site, urls);
  writer.shell(topics.path, topicList, () => topics);
  pages.push({ loc: topics.canonical });

  writer.writeFeeds('/', undefined, site.description, feed);
  // The site's address opens on the feed's first screen (feed-page.tsx).
  const home = feedPage(index, site);
  writer.shell('/', home, () => ({ ...feedShell(home, site, urls), feeds: writer.feedsOf('/', site.name) }), FEED_PAGE_FILE);
  record(writer.take());
  // The app's own page stays the page of every other address; it gains the
  // site's feeds and identity in its head, and no canonical link, since it
  // stands for many addresses.
  const homeFeeds = writer.feedsOf('/', site.name);
  const siteHead = renderToStaticMarkup(
    <>
      <meta property="og:site_name" content={site.name} />
      <meta property="og:type" content="website" />
      <meta property="og:title" content={site.name} />
      <meta property="og:description" content={site.description} />
      <link rel="alternate" type="application/rss+xml" title={`${site.name} (RSS)`} href={homeFeeds.rss} />
      <link rel="alternate" type="application/atom+xml" title={`${site.name} (Atom)`} href={homeFeeds.atom} />
      <link rel="alternate" type="application/feed+json" title={`${site.name} (JSON Feed)`} href={homeFeeds.json} />
    </>,
  );
  const report: SiteReport = { shells: 0, feeds: 0, sitemaps: 0, written: 0, unchanged: 0, ms: 0 };
  // Compared with the file itself, not the ledger: each app build writes index.html anew.
  const sitePage = `${head}\n    <!-- site -->${siteHead}<!-- /site -->\n  </head>${rest}`;
  if (sitePage === builtPage) report.unchanged++;
  else {
    writeFileSync(path.join(outDir, 'index.html'), sitePage);
    report.written++;
  }

  writer.write('sitemaps/pages.xml', urlset(pages));
  sitemaps.unshift({ loc: urls.absolute('sitemaps/pages.xml'), ...(newestOf(feed) ? { lastmod: newestOf(feed)! } : {}) });
  const news = newest.news.newest;
  writer.write('sitemaps/news.xml', newsSitemap(news, site, (card) => urls.absolute(urls.article(card.slug))));
  sitemaps.push({ loc: urls.absolute('sitemaps/news.xml'), ...(newestOf(news) ? { lastmod: newestOf(news)! } : {}) });
  writer.write('sitemap.xml', sitemapIndex(sitemaps));
  writer.write('robots.txt', robotsTxt(urls.absolute('sitemap.xml')));
  record(writer.take());
  // What the index no longer has.
  removeFiles(outDir, Object.keys(previous).filter((file) => !(file in current)));
  writeFileSync(ledgerFile, JSON.stringify(current));
  for (const key of ['shells', 'feeds', 'written', 'unchanged'] as const) report[key] += writer.counts[key] + counts[key];
  report.sitemaps = sitemaps.length + 1;
  report.ms = Math.round(performance.now() - started);
  return report;
}

/** The feed's first screen in the sort it opens in. */
function feedPage(index: BuiltIndex, site: SiteConfig): FeedPageInput {
  const { feed, counts, sorts, newest, feedWindows } = index.manifest;
  const sort = feedSort(index.manifest, site);
  const shard = listHeadShard(feed, sort);
  const cards = shard ? listHeadCards(feed, sort, index.read<CardsShard>(shard).cards) : [];
  return {
    manifest: { counts, sorts, ...(newest ? { newest } : {}), windows: feedWindows !== undefined },
    rows: cards.slice(0, LEADING_ROWS),
    // As card-list.tsx counts a list's entries.
    setSize: feed.all ? cards.length : Math.max(feed.entries, cards.length),
  };
}

type Shares = {
  articles: ChunkResult[];
  newest: NewestCollector;
  lists: ListResult[];
  stories: StoriesResult;
  /** What the helpers wrote and kept. */
  counts: WriterCounts;
};

/**
 * The articles' entry points, then the lists' and the stories', shared
 * between this thread and the helpers; the results in the index's order.
 */
function writeShares(writer: SiteWriter, index: BuiltIndex, chunks: readonly string[], helpers: Helpers, startAfter: number): Shares {
  const articles: ChunkResult[] = new Array<ChunkResult>(chunks.length);
  const newest = new NewestCollector(index.manifest.newest?.published);
  for (let n = helpers.claim(NEXT_CHUNK, chunks.length); n !== undefined; n = helpers.claim(NEXT_CHUNK, chunks.length)) {
    if (writer.counts.written >= startAfter) helpers.start();
    articles[n] = writeChunk(writer, index.read<CardsShard>(chunks[n]!).cards, newest);
  }
  for (let h = 0; h < helpers.count; h++) {
    const reply = helpers.receive(h, 'articles');
    for (const [n, chunk] of reply.chunks) articles[n] = chunk;
    newest.merge(reply.newest);
  }

  // Lists after the cards (a few thousand refs at most): each one's newest cards are known only once every card was seen.
  const jobs: ListJob[] = [];
  for (const ref of index.lists()) jobs.push({ ref, newest: newest.lists.get(ref.key)?.newest ?? [] });
  for (let h = 0; h < helpers.count; h++) helpers.post(h, { kind: 'lists', lists: jobs });
  const lists: ListResult[] = new Array<ListResult>(jobs.length);
  for (let n = helpers.claim(NEXT_LIST, jobs.length); n !== undefined; n = helpers.claim(NEXT_LIST, jobs.length)) {
    lists[n] = writeList(writer, index, jobs[n]!);
  }
  const stories = helpers.count > 0 ? helpers.receive(0, 'stories').stories : writeStories(writer, index.stories());
  const counts: WriterCounts = { shells: 0, feeds: 0, written: 0, unchanged: 0 };
  for (let h = 0; h < helpers.count; h++) {
    const reply = helpers.receive(h, 'lists');
    for (const [n, list] of reply.lists) lists[n] = list;
    for (const key of ['shells', 'feeds', 'written', 'unchanged'] as const) counts[key] += reply.counts[key];
  }
  return { articles, newest, lists, stories, counts };
}
