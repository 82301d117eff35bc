/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 of one list's newest articles, written
 * by the `feed` library (escaping and date formats are its business). Items
 * link to the article's page here, which shows every outlet's coverage.
 */
import { escapeText } from 'entities';
import { Feed } from 'feed';
import type { Card } from '../../shared/index-schema';
import type { SiteConfig } from '../../shared/site-config';
import type { SiteUrls } from './site-urls';

/** Articles per feed. */
export const FEED_ITEMS = 50;

export type FeedSpec = {
  /** The page the feed follows (`/`, `/topics/ai`). */
  page: string;
  /** "AI" for a topic's feed; the site's name alone for the whole feed. */
  title?: string;
  description: string;
  items: readonly Card[];
};

export type FeedFiles = { rss: string; atom: string; json: string };

/**
 * Titles and excerpts are plain text. JSON Feed says so (`title`,
 * `summary`); RSS reads an item's description as HTML and Atom's titles and
 * summaries are written as HTML (`type="html"`): there they are escaped
 * first, so a title such as `<img src=x onerror=…>` reaches a feed reader as
 * the words it is, never as markup.
 */
type TextStyle = { title: 'text' | 'html'; description: 'text' | 'html'; categoryName: 'text' | 'attribute'; outlet: 'author' | 'source' };
const JSON_STYLE: TextStyle = { title: 'text', description: 'text', categoryName: 'text', outlet: 'author' };
/**
 * RSS's `<author>` is an e-mail address, which an outlet has not: the outlet
 * is the item's `<source>`, the channel it came from, whose `url` is the
 * outlet's own feed here (as Google News's feeds name their outlets).
 */
const RSS_STYLE: TextStyle = { title: 'text', description: 'html', categoryName: 'text', outlet: 'source' };
/**
 * Atom writes a category's name as its `label` attribute, where the library
 * escapes `&` and quotes but not `<`, which would break the whole file: a
 * name with a `<` goes without its label (the term still names the topic).
 */
const ATOM_STYLE: TextStyle = { title: 'html', description: 'html', categoryName: 'attribute', outlet: 'author' };

export function renderFeeds(site: SiteConfig, urls: SiteUrls, spec: FeedSpec): FeedFiles {
  return {
    rss: feedOf(site, urls, spec, RSS_STYLE).rss2(),
    atom: feedOf(site, urls, spec, ATOM_STYLE).atom1(),
    json: jsonFeed11(feedOf(site, urls, spec, JSON_STYLE).json1(), site),
  };
}

function feedOf(site: SiteConfig, urls: SiteUrls, spec: FeedSpec, style: TextStyle): Feed {
  const as = (kind: 'text' | 'html', text: string) => (kind === 'html' ? escapeText(text) : text);
  const links = urls.feedPaths(spec.page);
  const newest = spec.items[0];
  const feed = new Feed({
    id: urls.absolute(spec.page),
    link: urls.absolute(spec.page),
    title: spec.title ? `${spec.title} · ${site.name}` : site.name,
    description: spec.description,
    language: site.language,
    // The newest article's time, not the clock: the same index gives the same files.
    updated: newest ? new Date(newest.published) : new Date(0),
    generator: site.name,
    copyright: `${site.name}; each article belongs to its outlet`,
    favicon: /^https?:/.test(site.logo) ? site.logo : urls.absolute(site.logo),
    feedLinks: { rss: urls.absolute(links.rss), atom: urls.absolute(links.atom), json: urls.absolute(links.json) },
  });
  for (const card of spec.items) {
    const link = urls.absolute(urls.article(card.slug));
    feed.addItem({
      title: as(style.title, card.title),
      id: link,
      link,
      date: new Date(card.published),
      published: new Date(card.published),
      ...(card.excerpt ? { description: as(style.description, card.excerpt) } : {}),
      ...(style.outlet === 'author'
        ? { author: [{ name: card.provider.name, link: `https://${card.provider.domain}/` }] }
        : { extensions: [{ name: 'source', objects: { _text: card.provider.name, _attributes: { url: urls.absolute(urls.feedPaths(urls.source(card.provider.domain)).rss) } } }] }),
      // RSS names a category by its text and domain; Atom requires a term (the topic's slug), with the name as label. No scheme: it is optional, and the library parses it as a URL for every category of every entry.
      category: card.topics.map((topic) => ({
        // The same shape for every category (a spread of two shapes cost the library's writer a sixth of its time).
        name: style.categoryName === 'text' || !topic.name.includes('<') ? topic.name : undefined,
        domain: urls.absolute(urls.topic(topic.slug)),
        term: topic.slug,
      })),
      ...(card.image ? { image: card.image.url } : {}),
    });
  }
  return feed;
}

/**
 * The library writes JSON Feed 1.0; 1.1 renames `author` to `authors` (a
 * list) and adds `language`. Everything else is the same.
 */
function jsonFeed11(json: string, site: SiteConfig): string {
  type Item = Record<string, unknown> & { author?: unknown };
  const feed = JSON.parse(json) as Record<string, unknown> & { items?: Item[]; author?: unknown };
  const upgrade = <T extends { author?: unknown }>(value: T) => {
    const { author, ...rest } = value;
    return author ? { ...rest, authors: [author] } : rest;
  };
  const items = (feed.items ?? []).map(upgrade);
  return `${JSON.stringify({ ...upgrade(feed), version: 'https://jsonfeed.org/version/1.1', language: site.language, items }, null, 2)}\n`;
}
