/**
 * The site around the app, from a built index: a static entry point per
 * article, topic, source and story (link previews, crawlers, readers without
 * JavaScript), RSS, Atom and JSON feeds of the whole feed and of every topic
 * and source, sitemaps and robots.txt. Reads the index a shard at a time and
 * writes a file only when its content changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { listKey } from '../../shared/constants';
import type { Card, CardsShard, ListRef, StoryPage } from '../../shared/index-schema';
import type { SiteConfig } from '../../shared/site-config';
import { BuiltIndex } from './built-index';
import { FEED_ITEMS, renderFeeds } from './feeds';
import { NewestItems } from './newest-items';
import { articleShell, listShell, storyShell, topicsShell } from './pages';
import { ShellBody, ShellHead, type ShellPage } from './shell-markup';
import { NEWS_WINDOW_MS, newsSitemap, robotsTxt, SITEMAP_MAX_URLS, sitemapIndex, urlset, type SitemapUrl } from './sitemaps';
import { siteUrls } from './site-urls';

export type SiteOptions = {
  /** The app's build folder: its index.html is every shell's template. */
  outDir: string;
  site: SiteConfig;
  /** The path the app is served from (Vite's `base`). */
  base: string;
  /** The index; `<outDir>/data` by default. */
  dataDir?: string;
};

export type SiteReport = { shells: number; feeds: number; sitemaps: number; written: number; unchanged: number; ms: number };

/** The files the site step wrote and their content hashes, in the output folder. */
export const SITE_LEDGER = '.heatline-site.json';

const hashOf = (text: string) => createHash('sha1').update(text).digest('base64url');

function readLedger(file: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

/** Marks what the site step put into index.html, so the next run starts from the app's page again. */
const SITE_HEAD = /\s*<!-- site -->[\s\S]*?<!-- \/site -->/;

export function writeSite({ outDir, site, base, dataDir = path.join(outDir, 'data') }: SiteOptions): SiteReport {
  const started = performance.now();
  const index = new BuiltIndex(dataDir);
  const urls = siteUrls(site, base);
  const report: SiteReport = { shells: 0, feeds: 0, sitemaps: 0, written: 0, unchanged: 0, ms: 0 };

  const builtPage = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const appPage = builtPage.replace(SITE_HEAD, '');
  const [head, rest] = appPage.split('</head>') as [string, string];
  // Comments go too: they are notes for whoever reads index.html, and a page entry point is written a hundred thousand times.
  const bareHead = head.replace(/\s*<title>[\s\S]*?<\/title>/, '').replace(/\s*<meta name="description"[^>]*>/, '').replace(/\s*<!--[\s\S]*?-->/g, '');
  const rootAt = rest.indexOf('<div id="root">');

  // What the last run wrote, each file by a hash of what it was made from
  // (its own inputs, the app's page, the site config and the base): a file
  // whose inputs did not change is neither rendered, read nor written again,
  // and one the index no longer has is removed.
  const ledgerFile = path.join(outDir, SITE_LEDGER);
  const previous = readLedger(ledgerFile);
  const current: Record<string, string> = {};
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
  ];
  const code = [
    ...probes.flatMap((page) => [
      renderToStaticMarkup(<ShellHead page={page} site={site} />),
      renderToStaticMarkup(<ShellBody page={page} site={site} href={(path) => path} />),
    ]),
    JSON.stringify(renderFeeds(site, urls, { page: '/probe', description: 'Probe', items: [probe] })),
    urlset([{ loc: 'https://probe.example/', lastmod: probe.published }]),
    newsSitemap([probe], site, () => 'https://probe.example/'),
  ];
  const context = hashOf(JSON.stringify([appPage, site, base, code]));
  const keyOf = (inputs: unknown) => hashOf(context + JSON.stringify(inputs));
  const put = (file: string, key: string, content: string) => {
    current[file] = key;
    const target = path.join(outDir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
    report.written++;
  };
  /** True when the files were made from these inputs last time: they are kept as they are. */
  const kept = (files: string[], key: string) => {
    if (!files.every((file) => previous[file] === key)) return false;
    for (const file of files) current[file] = key;
    report.unchanged += files.length;
    return true;
  };
  const write = (file: string, content: string) => {
    const key = keyOf(content);
    if (!kept([file], key)) put(file, key, content);
  };

  /** A page's entry point, rendered only when `inputs` changed. */
  const shell = (pagePath: string, inputs: unknown, make: () => ShellPage) => {
    report.shells++;
    const file = urls.pageFile(pagePath);
    const key = keyOf(inputs);
    if (kept([file], key)) return;
    const page = make();
    const headMarkup = renderToStaticMarkup(<ShellHead page={page} site={site} />);
    const bodyMarkup = renderToStaticMarkup(<ShellBody page={page} site={site} href={urls.href} />);
    put(file, key, `${bareHead}\n    ${headMarkup}\n  </head>${rest.slice(0, rootAt)}${bodyMarkup}\n    ${rest.slice(rootAt)}`);
  };
  const feedsOf = (page: string, title: string) => {
    const links = urls.feedPaths(page);
    return { title, rss: urls.href(links.rss), atom: urls.href(links.atom), json: urls.href(links.json) };
  };
  const writeFeeds = (page: string, title: string | undefined, description: string, items: readonly Card[]) => {
    report.feeds += 3;
    const links = urls.feedPaths(page);
    const files = [urls.file(links.rss), urls.file(links.atom), urls.file(links.json)] as const;
    const key = keyOf([page, title, description, items]);
    if (kept([...files], key)) return;
    const feeds = renderFeeds(site, urls, { page, ...(title ? { title } : {}), description, items });
    put(files[0], key, feeds.rss);
    put(files[1], key, feeds.atom);
    put(files[2], key, feeds.json);
  };

  // Lists first (a few thousand refs at most), so each card can be offered to its lists' feeds as it streams past.
  const lists = new Map<string, { ref: ListRef; newest: NewestItems }>();
  for (const ref of index.lists()) lists.set(ref.key, { ref, newest: new NewestItems(FEED_ITEMS) });
  const feed = new NewestItems(FEED_ITEMS);
  const newestMs = index.manifest.newest ? Date.parse(index.manifest.newest.published) : 0;
  const news = new NewestItems(1000);

  const sitemaps: SitemapUrl[] = [];
  let articleUrls: SitemapUrl[] = [];
  const flushArticles = () => {
    if (articleUrls.length === 0) return;
    const file = `sitemaps/articles-${sitemaps.length}.xml`;
    write(file, urlset(articleUrls));
    const lastmod = articleUrls.reduce((max, u) => (u.lastmod! > max ? u.lastmod! : max), '');
    sitemaps.push({ loc: urls.absolute(file), lastmod });
    articleUrls = [];
  };

  for (const card of index.cards()) {
    shell(urls.article(card.slug), card, () => articleShell(card, urls));
    feed.offer(card);
    lists.get(listKey.source(card.provider.domain))?.newest.offer(card);
    for (const topic of card.topics) lists.get(listKey.topic(topic.slug))?.newest.offer(card);
    if (Date.parse(card.published) >= newestMs - NEWS_WINDOW_MS) news.offer(card);
    articleUrls.push({ loc: urls.absolute(urls.article(card.slug)), lastmod: card.published });
    if (articleUrls.length === SITEMAP_MAX_URLS) flushArticles();
  }
  flushArticles();

  const pages: SitemapUrl[] = [];
  const newestOf = (items: readonly Card[]) => items[0]?.published;
  pages.push({ loc: urls.absolute('/'), ...(newestOf(feed.newest) ? { lastmod: newestOf(feed.newest)! } : {}) });
  for (const { ref, newest } of lists.values()) {
    // Cards leave out a topic on most articles, so its members never reached
    // it above: its list's own newest cards stand in (one per story).
    if (newest.newest.length === 0 && ref.count > 0) {
      const shard = ref.all ?? ref.heads?.newest;
      if (shard) for (const card of index.read<CardsShard>(shard).cards) newest.offer(card);
    }
    const page = listShell(ref, newest.newest, site, urls);
    shell(page.path, [ref, newest.newest], () => ({ ...page, feeds: feedsOf(page.path, ref.title) }));
    writeFeeds(page.path, ref.title, page.description, newest.newest);
    const lastmod = newestOf(newest.newest);
    pages.push({ loc: page.canonical, ...(lastmod ? { lastmod } : {}) });
  }
  for (const story of index.stories()) {
    const page = storyShell(story, site, urls);
    shell(page.path, story, () => page);
    pages.push({ loc: page.canonical, lastmod: story.last });
  }
  const topicList = index.topics();
  const topics = topicsShell(topicList, site, urls);
  shell(topics.path, topicList, () => topics);
  pages.push({ loc: topics.canonical });

  writeFeeds('/', undefined, site.description, feed.newest);
  // The app's own page stays the page of every other address; it gains the
  // site's feeds and identity in its head, and no canonical link, since it
  // stands for many addresses.
  const homeFeeds = feedsOf('/', site.name);
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
  // Compared with the file itself, not the ledger: each app build writes index.html anew.
  const sitePage = `${head}\n    <!-- site -->${siteHead}<!-- /site -->\n  </head>${rest}`;
  if (sitePage === builtPage) report.unchanged++;
  else {
    writeFileSync(path.join(outDir, 'index.html'), sitePage);
    report.written++;
  }

  write('sitemaps/pages.xml', urlset(pages));
  sitemaps.unshift({ loc: urls.absolute('sitemaps/pages.xml'), ...(newestOf(feed.newest) ? { lastmod: newestOf(feed.newest)! } : {}) });
  write('sitemaps/news.xml', newsSitemap(news.newest, site, (card) => urls.absolute(urls.article(card.slug))));
  sitemaps.push({ loc: urls.absolute('sitemaps/news.xml'), ...(newestOf(news.newest) ? { lastmod: newestOf(news.newest)! } : {}) });
  write('sitemap.xml', sitemapIndex(sitemaps));
  write('robots.txt', robotsTxt(urls.absolute('sitemap.xml')));
  for (const file of Object.keys(previous)) {
    if (!(file in current)) rmSync(path.join(outDir, file), { force: true });
  }
  writeFileSync(ledgerFile, JSON.stringify(current));
  report.sitemaps = sitemaps.length + 1;
  report.ms = Math.round(performance.now() - started);
  return report;
}
