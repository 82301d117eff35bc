import { feedPaths, paths } from '../../config/paths';
import type { SiteConfig } from '../../shared/site-config';

/**
 * Segments that start with a letter, digit, `-`, `_` or `~` (never a dot
 * segment, `%2e` included) and hold nothing the URL parser would encode.
 */
const PLAIN_PATH = /^[A-Za-z0-9_~-][A-Za-z0-9._~%-]*(?:\/[A-Za-z0-9_~-][A-Za-z0-9._~%-]*)*\/?$/;

/**
 * Addresses of the site's pages and files, made from the app's own rules
 * (config/paths.ts): `href` under the base the app is served from (what a
 * link inside the site says), `absolute` under the site's public address
 * (what a canonical link, a feed or a sitemap says).
 */
export function siteUrls(site: SiteConfig, base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const href = (path: string) => `${root}${path.replace(/^\//, '')}`;
  // Most paths (an article's, a feed's) are plain segments, which resolve
  // against the site's address by joining: that saves parsing a URL per
  // address, a hundred thousand times and more. Anything else (dots, other
  // characters, a query) goes through the URL parser.
  const joinedTo = new URL('x', site.url).href.slice(0, -1);
  const absolute = (path: string) => {
    const relative = path.replace(/^\//, '');
    return PLAIN_PATH.test(relative) ? joinedTo + relative : new URL(relative, site.url).href;
  };
  return {
    href,
    absolute,
    feedPaths,
    article: (slug: string) => paths.article.getHref(slug),
    story: (id: string) => paths.story.getHref(id),
    topic: (slug: string) => paths.topic.getHref(slug),
    source: (domain: string) => paths.source.getHref(domain),
    /**
     * A page's entry point under the output folder: `/topics/ai` →
     * `topics/ai.html`, which a server finds as `$uri.html` (nginx's
     * try_files, or a static host that serves `/about` from `about.html`).
     * One file per page and no folder: a folder per article doubles what
     * the file system creates for a hundred thousand of them.
     */
    pageFile: (page: string) => (page === '/' ? 'index.html' : `${decodeURIComponent(page.replace(/^\//, ''))}.html`),
    /** A site file path (`/topics/ai/feed.xml`) as a file under the output folder. */
    file: (filePath: string) => decodeURIComponent(filePath.replace(/^\//, '')),
  };
}
export type SiteUrls = ReturnType<typeof siteUrls>;
