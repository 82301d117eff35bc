import type { Sort } from '../shared/index-schema';
import { listKey } from '../shared/constants';
import { DEFAULT_SORT } from './sort';
import { DEFAULT_TIME, type TimeFilter } from './time-filter';

/**
 * Every in-app URL is built here, relative to the router's basename, so a
 * sub-path deployment (Vite `base`) never leaks into components. The default
 * sort and time filter have the clean URL, so there is one address per screen;
 * a list's sort and time filter travel together, so changing one keeps the other.
 * The site tools in Node, which run outside the app's build, pass the site's default sort.
 */
export function withSort(path: string, sort?: Sort, time?: TimeFilter, defaultSort: Sort = DEFAULT_SORT): string {
  const query = new URLSearchParams();
  if (sort && sort !== defaultSort) query.set('sort', sort);
  if (time && time !== DEFAULT_TIME) query.set('time', time);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
const seg = encodeURIComponent;

/** "Hide read" (`?read=hide`) is part of a list's view too: sort and time links keep it. */
export const HIDE_READ = { param: 'read', value: 'hide' } as const;
export function withHideRead(href: string, on: boolean): string {
  if (!on) return href;
  return `${href}${href.includes('?') ? '&' : '?'}${HIDE_READ.param}=${HIDE_READ.value}`;
}

/** A search's address holds all of it: terms, filters and sort (Relevance, the default, is left out). */
export type SearchHrefParams = { q?: string; topic?: string; source?: string; type?: string; sort?: string };

function searchHref(params: SearchHrefParams = {}): string {
  const query = new URLSearchParams();
  for (const name of ['q', 'topic', 'source', 'type', 'sort'] as const) {
    const value = params[name]?.trim();
    if (value && !(name === 'sort' && value === 'relevance')) query.set(name, value);
  }
  const text = query.toString();
  return text ? `/search?${text}` : '/search';
}

export const paths = {
  feed: { path: '/', getHref: (sort?: Sort, time?: TimeFilter) => withSort('/', sort, time) },
  article: { path: '/articles/:slug', getHref: (slug: string) => `/articles/${seg(slug)}` },
  story: { path: '/stories/:id', getHref: (id: string) => `/stories/${seg(id)}` },
  topics: { path: '/topics', getHref: () => '/topics' },
  topic: {
    path: '/topics/:slug',
    getHref: (slug: string, sort?: Sort, time?: TimeFilter) => withSort(`/topics/${seg(slug)}`, sort, time),
  },
  source: {
    path: '/sources/:domain',
    getHref: (domain: string, sort?: Sort, time?: TimeFilter) => withSort(`/sources/${seg(domain)}`, sort, time),
  },
  search: { path: '/search', getHref: searchHref },
  saved: { path: '/saved', getHref: () => '/saved' },
  following: { path: '/following', getHref: (sort?: Sort) => withSort('/following', sort) },
  settings: { path: '/settings', getHref: () => '/settings' },
} as const;

/** The page of a topic's or source's list key (`listKey` in shared/constants), if it has one. */
export function listPageHref(key: string): string | undefined {
  const list = listKey.parse(key);
  if (!list) return undefined;
  return list.kind === 'topic' ? paths.topic.getHref(list.value) : paths.source.getHref(list.value);
}

export type FeedFormat = 'rss' | 'atom' | 'json';

/**
 * A page's feeds: files beside it (`/feed.xml`, `/topics/ai/feed.atom`), RSS,
 * Atom and JSON Feed, written by the site step (src/cli/site). Paths under the
 * app's base, like every href here; being files, they are fetched, not routed.
 */
export function feedPaths(page: string): Record<FeedFormat, string> {
  const dir = page === '/' ? '/' : `${page.replace(/\/$/, '')}/`;
  return { rss: `${dir}feed.xml`, atom: `${dir}feed.atom`, json: `${dir}feed.json` };
}
