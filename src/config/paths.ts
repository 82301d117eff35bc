import type { Sort } from '../shared/index-schema';
import { DEFAULT_SORT } from './sort';

/**
 * Every in-app URL is built here, relative to the router's basename, so a
 * sub-path deployment (Vite `base`) never leaks into components. The default
 * sort has the clean URL, so there is one address per screen.
 */
const withSort = (path: string, sort?: Sort) => (sort && sort !== DEFAULT_SORT ? `${path}?sort=${sort}` : path);
const seg = encodeURIComponent;

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
} as const;
