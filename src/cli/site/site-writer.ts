/**
 * Writing the site's files against the ledger of the last run, for one
 * thread: the site step may write on two at once (site-threads.ts), each with
 * its own writer, and puts their ledger entries back in the order one thread
 * would have made them.
 */
import { hash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Card, CardsShard, ListRef, StoryPage } from '../../shared/index-schema';
import type { SiteConfig } from '../../shared/site-config';
import { listKey } from '../../shared/constants';
import type { BuiltIndex } from './built-index';
import { FEED_ITEMS, renderFeeds } from './feeds';
import { NewestItems } from './newest-items';
import { articleShell, listShell, storyShell } from './pages';
import { ShellRenderer, type ShellPage } from './shell-markup';
import { NEWS_WINDOW_MS, type SitemapUrl } from './sitemaps';
import { siteUrls, type SiteUrls } from './site-urls';

/** The app's page cut where a shell's head and body go. */
export type AppPage = { bareHead: string; beforeRoot: string; fromRoot: string };

/** What every thread needs to write the same files the same way. */
export type WriterSetup = {
  outDir: string;
  site: SiteConfig;
  base: string;
  /** A hash of everything besides a file's own inputs that its content depends on. */
  context: string;
  app: AppPage;
  ledgerFile: string;
};

/** [file, key] in the order the files were made. */
export type LedgerEntries = [string, string][];

export type WriterCounts = { shells: number; feeds: number; written: number; unchanged: number };

export const hashOf = (text: string) => hash('sha1', text, 'base64url');

export function readLedger(file: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

export class SiteWriter {
  readonly urls: SiteUrls;
  private readonly renderer: ShellRenderer;
  readonly counts: WriterCounts = { shells: 0, feeds: 0, written: 0, unchanged: 0 };
  private readonly previous: Record<string, string>;
  private entries: LedgerEntries = [];
  /** Folders made by this run: most hold several files (a list's page and its three feeds). */
  private readonly folders = new Set<string>();

  constructor(
    readonly setup: WriterSetup,
    previous?: Record<string, string>,
  ) {
    this.urls = siteUrls(setup.site, setup.base);
    this.renderer = new ShellRenderer(setup.site, this.urls.href);
    this.previous = previous ?? readLedger(setup.ledgerFile);
  }

  /** The ledger entries of the files made since the last call. */
  take(): LedgerEntries {
    const taken = this.entries;
    this.entries = [];
    return taken;
  }

  keyOf(inputs: unknown): string {
    return hashOf(this.setup.context + JSON.stringify(inputs));
  }

  private put(file: string, key: string, content: string) {
    this.entries.push([file, key]);
    const target = path.join(this.setup.outDir, file);
    const folder = path.dirname(target);
    if (!this.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    writeFileSync(target, content);
    this.counts.written++;
  }

  /** True when the files were made from these inputs last time: they are kept as they are. */
  private kept(files: readonly string[], key: string) {
    if (!files.every((file) => this.previous[file] === key)) return false;
    for (const file of files) this.entries.push([file, key]);
    this.counts.unchanged += files.length;
    return true;
  }

  write(file: string, content: string) {
    const key = this.keyOf(content);
    if (!this.kept([file], key)) this.put(file, key, content);
  }

  /** A page's entry point, rendered only when `inputs` changed; in the page's own folder unless `file` says otherwise. */
  shell(pagePath: string, inputs: unknown, make: () => ShellPage, file = this.urls.pageFile(pagePath)) {
    this.counts.shells++;
    const key = this.keyOf(inputs);
    if (this.kept([file], key)) return;
    const { head, body } = this.renderer.render(make());
    const { app } = this.setup;
    this.put(file, key, `${app.bareHead}\n    ${head}\n  </head>${app.beforeRoot}${body}\n    ${app.fromRoot}`);
  }

  feedsOf(page: string, title: string) {
    const links = this.urls.feedPaths(page);
    return { title, rss: this.urls.href(links.rss), atom: this.urls.href(links.atom), json: this.urls.href(links.json) };
  }

  /** The three feeds of a page, rendered only when their inputs changed: `items`, or what stands for them (`inputs`). */
  writeFeeds(page: string, title: string | undefined, description: string, items: readonly Card[], inputs: unknown = items) {
    this.counts.feeds += 3;
    const { urls } = this;
    const links = urls.feedPaths(page);
    const files = [urls.file(links.rss), urls.file(links.atom), urls.file(links.json)] as const;
    const key = this.keyOf([page, title, description, inputs]);
    if (this.kept(files, key)) return;
    const feeds = renderFeeds(this.setup.site, urls, { page, ...(title ? { title } : {}), description, items });
    this.put(files[0], key, feeds.rss);
    this.put(files[1], key, feeds.atom);
    this.put(files[2], key, feeds.json);
  }
}

/** The newest cards of the whole feed, of each list and of the news window, as one thread saw them. */
export type NewestCards = { feed: readonly Card[]; news: readonly Card[]; lists: [string, readonly Card[]][] };

/** One chunk of cards: each card's ledger entry (one per card, in order) and its sitemap address. */
export type ChunkResult = { entries: LedgerEntries; urls: SitemapUrl[] };

/** Keeps the newest cards per list while a thread's share of the cards streams past. */
export class NewestCollector {
  readonly feed = new NewestItems(FEED_ITEMS);
  readonly news = new NewestItems(1000);
  readonly lists = new Map<string, NewestItems>();
  private readonly newsFrom: number;

  constructor(newestPublished: string | undefined) {
    this.newsFrom = (newestPublished ? Date.parse(newestPublished) : 0) - NEWS_WINDOW_MS;
  }

  offer(card: Card) {
    this.feed.offer(card);
    this.list(listKey.source(card.provider.domain)).offer(card);
    for (const topic of card.topics) this.list(listKey.topic(topic.slug)).offer(card);
    if (Date.parse(card.published) >= this.newsFrom) this.news.offer(card);
  }

  private list(key: string) {
    let items = this.lists.get(key);
    if (!items) this.lists.set(key, (items = new NewestItems(FEED_ITEMS)));
    return items;
  }

  /** Another thread's newest cards: the newest of both are the newest of all, whatever the order. */
  merge(other: NewestCards) {
    for (const card of other.feed) this.feed.offer(card);
    for (const card of other.news) this.news.offer(card);
    for (const [key, cards] of other.lists) for (const card of cards) this.list(key).offer(card);
  }

  get newest(): NewestCards {
    return { feed: this.feed.newest, news: this.news.newest, lists: [...this.lists].map(([key, items]) => [key, items.newest]) };
  }
}

/** Writes the entry point of each card of one chunk. */
export function writeChunk(writer: SiteWriter, cards: readonly Card[], newest: NewestCollector): ChunkResult {
  const { urls } = writer;
  const result: ChunkResult = { entries: [], urls: [] };
  for (const card of cards) {
    const page = urls.article(card.slug);
    writer.shell(page, card, () => articleShell(card, urls));
    newest.offer(card);
    result.urls.push({ loc: urls.absolute(page), lastmod: card.published });
  }
  result.entries = writer.take();
  return result;
}

/** A topic's or a source's list and the newest cards it has seen. */
export type ListJob = { ref: ListRef; newest: readonly Card[] };
export type ListResult = { entries: LedgerEntries; page: SitemapUrl };

/** A list's entry point and its three feeds. */
export function writeList(writer: SiteWriter, index: BuiltIndex, { ref, newest }: ListJob): ListResult {
  const { site } = writer.setup;
  let items = newest;
  // Cards leave out a topic on most articles, so its members never reached
  // it: its list's own newest cards stand in (one per story).
  if (items.length === 0 && ref.count > 0) {
    const shard = ref.all ?? ref.heads?.newest;
    if (shard) {
      const own = new NewestItems(FEED_ITEMS);
      for (const card of index.read<CardsShard>(shard).cards) own.offer(card);
      items = own.newest;
    }
  }
  const page = listShell(ref, items, site, writer.urls);
  // Fifty cards weigh tens of kilobytes of JSON: the page and its feeds are keyed by one hash of them.
  const inputs = hashOf(JSON.stringify([ref, items]));
  writer.shell(page.path, inputs, () => ({ ...page, feeds: writer.feedsOf(page.path, ref.title) }));
  writer.writeFeeds(page.path, ref.title, page.description, items, inputs);
  const lastmod = items[0]?.published;
  return { entries: writer.take(), page: { loc: page.canonical, ...(lastmod ? { lastmod } : {}) } };
}

export type StoriesResult = { entries: LedgerEntries; pages: SitemapUrl[] };

export function writeStories(writer: SiteWriter, stories: Iterable<StoryPage>, beat?: () => void): StoriesResult {
  const pages: SitemapUrl[] = [];
  for (const story of stories) {
    const page = storyShell(story, writer.setup.site, writer.urls);
    writer.shell(page.path, story, () => page);
    pages.push({ loc: page.canonical, lastmod: story.last });
    beat?.();
  }
  return { entries: writer.take(), pages };
}
