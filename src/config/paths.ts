import type { Sort } from '../shared/index-schema';
import { DEFAULT_SORT } from './sort';

/**
 * Every in-app URL is built here, relative to the router's basename, so a
 * sub-path deployment (Vite `base`) never leaks into components. The default
 * sort has the clean URL, so there is one address per screen.
 */
const withSort = (path: string, sort?: Sort) => (sort && sort !== DEFAULT_SORT ? `${path}?sort=${sort}` : path);
const seg = encodeURIComponent;

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
  feed: { path: '/', getHref: (sort?: Sort) => withSort('/', sort) },
  article: { path: '/articles/:slug', getHref: (slug: string) => `/articles/${seg(slug)}` },
  story: { path: '/stories/:id', getHref: (id: string) => `/stories/${seg(id)}` },
  topics: { path: '/topics', getHref: () => '/topics' },
  topic: {
    path: '/topics/:slug',
    getHref: (slug: string, sort?: Sort) => withSort(`/topics/${seg(slug)}`, sort),
  },
  source: {
    path: '/sources/:domain',
    getHref: (domain: string, sort?: Sort) => withSort(`/sources/${seg(domain)}`, sort),
  },
  search: { path: '/search', getHref: searchHref },
  saved: { path: '/saved', getHref: () => '/saved' },
  following: { path: '/following', getHref: (sort?: Sort) => withSort('/following', sort) },
  settings: { path: '/settings', getHref: () => '/settings' },
} as const;
