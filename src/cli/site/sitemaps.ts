/**
 * sitemap.xml (an index of sitemaps of at most 50,000 addresses each, every
 * one with its lastmod), a Google News sitemap of the last two days, and
 * robots.txt. Every value is escaped for XML by the `entities` library.
 */
import { escapeUTF8 } from 'entities';
import type { Card } from '../../shared/index-schema';
import type { SiteConfig } from '../../shared/site-config';

/** The sitemap protocol's limit per file. */
export const SITEMAP_MAX_URLS = 50_000;
/** Google News takes the articles of the last two days (here: of the index's newest two days, so a build is deterministic). */
export const NEWS_WINDOW_MS = 2 * 86_400_000;
/** Google News reads at most 1,000 articles per sitemap. */
const NEWS_MAX = 1000;

const XML = '<?xml version="1.0" encoding="UTF-8"?>\n';
const x = escapeUTF8;

export type SitemapUrl = { loc: string; lastmod?: string };

export function urlset(urls: readonly SitemapUrl[]): string {
  const rows = urls.map(
    (u) => `  <url><loc>${x(u.loc)}</loc>${u.lastmod ? `<lastmod>${x(u.lastmod)}</lastmod>` : ''}</url>`,
  );
  return `${XML}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${rows.join('\n')}\n</urlset>\n`;
}

export function sitemapIndex(sitemaps: readonly SitemapUrl[]): string {
  const rows = sitemaps.map(
    (s) => `  <sitemap><loc>${x(s.loc)}</loc>${s.lastmod ? `<lastmod>${x(s.lastmod)}</lastmod>` : ''}</sitemap>`,
  );
  return `${XML}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${rows.join('\n')}\n</sitemapindex>\n`;
}

/** The newest articles (at most NEWS_MAX of those within NEWS_WINDOW_MS of the newest), newest first. */
export function newsSitemap(cards: readonly Card[], site: SiteConfig, loc: (card: Card) => string): string {
  const rows = cards.slice(0, NEWS_MAX).map((card) =>
    [
      '  <url>',
      `    <loc>${x(loc(card))}</loc>`,
      '    <news:news>',
      `      <news:publication><news:name>${x(site.name)}</news:name><news:language>${x(site.language.split('-')[0]!.toLowerCase())}</news:language></news:publication>`,
      `      <news:publication_date>${x(card.published)}</news:publication_date>`,
      `      <news:title>${x(card.title)}</news:title>`,
      '    </news:news>',
      '  </url>',
    ].join('\n'),
  );
  return (
    `${XML}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n` +
    `${rows.join('\n')}\n</urlset>\n`
  );
}

export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\nDisallow: /search\n\nSitemap: ${sitemapUrl}\n`;
}
