import type { Sort } from '../shared/index-schema';

/**
 * Every in-app URL is built here, relative to the router's basename, so a
 * sub-path deployment (Vite `base`) never leaks into components.
 */
const withSort = (path: string, sort?: Sort) => (sort ? `${path}?sort=${sort}` : path);
const seg = encodeURIComponent;

export const paths = {
  feed: { path: '/', getHref: (sort?: Sort) => withSort('/', sort) },
  article: { path: '/articles/:slug', getHref: (slug: string) => `/articles/${seg(slug)}` },
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
